import { Assembler } from 'stream-json/core/assembler.js';
import { jsonParser, type Token } from 'stream-json/core/parser.js';
import { DecpFileError } from './procurement.errors.js';
import { DECP_KINDS, type DecpKind, type DecpRecord } from './decp-record.js';

/** One record of a DECP file as read, before any check. */
export interface RawRecord {
  index: number;
  kind: DecpKind;
  record: DecpRecord;
  /** `/marches/marche/3` (JSON) or `/marches/marche[4]` (XML). */
  base: string;
  line?: number;
}

export const LEGACY =
  'Fichier au format DECP 1.x (racine « marches » en liste, champ « _type ») : ce format n’est plus accepté. Les marchés notifiés depuis le 1er janvier 2024 se publient au format 2.0 (« marches » contenant « marche » et « contrat-concession »).';

const legacy = () => new DecpFileError('procurement/legacy_format', LEGACY);
const wrongShape = (message: string) => new DecpFileError('procurement/wrong_shape', message);
const NO_MARCHES =
  'Structure inattendue : un objet « marches » contenant les listes « marche » et/ou « contrat-concession » est attendu.';

type Ctx = { at: 'root' } | { at: 'marches' } | { at: 'list'; kind: DecpKind; next: number };

const START = new Set(['startObject', 'startArray']);
const END = new Set(['endObject', 'endArray']);

/**
 * Reads a DECP 2.0 JSON file piece by piece (stream-json's tokenizer): text goes in by chunks,
 * each record of `marches.marche` and `marches.contrat-concession` comes out as soon as its
 * closing brace is read, and nothing else of the file is kept (other keys are skipped token by
 * token). The shape errors are those of a whole-file read: a 1.x root (a list, or `marches` as a
 * list), `marches` missing or not an object, a list that is not one; invalid JSON anywhere is a
 * `procurement/invalid_json` error, thrown when it is met (the records before it were already
 * given out: the caller decides what they become).
 */
export class DecpJsonRecords {
  private readonly parse = jsonParser({ packValues: true, streamValues: false });
  private readonly stack: Ctx[] = [];
  private started = false;
  private key: string | null = null;
  private skip = 0;
  private asm: Assembler<DecpRecord> | null = null;
  private sawMarches = false;
  private readonly lists = new Set<DecpKind>();
  private out: RawRecord[] = [];
  private pending: { kind: DecpKind; index: number } | null = null;
  /** Records given out so far. */
  count = 0;

  /** Feeds a piece of text; returns the records completed by it. */
  push(text: string): RawRecord[] {
    this.run(text);
    return this.take();
  }

  /** The end of the file: checks the shape; returns the last records. */
  end(): RawRecord[] {
    this.run(null);
    if (!this.sawMarches) {
      throw wrongShape(NO_MARCHES);
    }
    if (this.lists.size === 0) {
      throw wrongShape(
        'Structure inattendue : « marches » ne contient ni « marche » ni « contrat-concession ».',
      );
    }
    return this.take();
  }

  private take(): RawRecord[] {
    const out = this.out;
    this.out = [];
    return out;
  }

  private run(text: string | null) {
    let res: unknown;
    try {
      res = this.parse(text === null ? (NONE as unknown as string) : text);
    } catch (err) {
      throw new DecpFileError(
        'procurement/invalid_json',
        `Le fichier n’est pas un JSON valide (erreur de syntaxe après au moins ${this.count} enregistrement(s) lu(s)) : ${(err as Error).message}. Aucun enregistrement du fichier n’a été importé.`,
      );
    }
    const many = res as { values?: Token[] } | symbol;
    if (typeof many === 'object' && many.values) {
      for (const t of many.values) {
        this.token(t);
      }
    }
  }

  private token(t: Token) {
    if (this.asm) {
      this.asm.consume(t);
      if (this.asm.done) {
        this.emit(this.asm.current as DecpRecord);
        this.asm = null;
      }
      return;
    }
    if (this.skip > 0) {
      this.skip += START.has(t.name) ? 1 : END.has(t.name) ? -1 : 0;
      return;
    }
    if (t.name === 'keyValue') {
      this.key = t.value;
      return;
    }
    if (END.has(t.name)) {
      this.stack.pop();
      return;
    }
    this.value(t);
  }

  /** A value starts (a container or a scalar) in the current context. */
  private value(t: Token) {
    const top = this.stack[this.stack.length - 1];
    const isObject = t.name === 'startObject';
    const isArray = t.name === 'startArray';
    if (!top) {
      if (this.started) {
        return;
      }
      this.started = true;
      if (isArray) {
        throw legacy();
      }
      if (!isObject) {
        throw wrongShape(NO_MARCHES);
      }
      this.stack.push({ at: 'root' });
      return;
    }
    if (top.at === 'list') {
      this.pending = { kind: top.kind, index: top.next++ };
      if (isObject || isArray) {
        this.asm = new Assembler<DecpRecord>();
        this.asm.consume(t);
      } else {
        this.emit((t as { value?: unknown }).value as DecpRecord);
      }
      return;
    }
    const key = this.key;
    this.key = null;
    if (top.at === 'root' && key === 'marches') {
      if (isArray) {
        throw legacy();
      }
      if (!isObject) {
        throw wrongShape(NO_MARCHES);
      }
      this.sawMarches = true;
      this.stack.push({ at: 'marches' });
      return;
    }
    if (top.at === 'marches' && (DECP_KINDS as readonly string[]).includes(key ?? '')) {
      const kind = key as DecpKind;
      if (!isArray) {
        throw wrongShape(`Structure inattendue : « marches.${kind} » doit être une liste.`);
      }
      this.lists.add(kind);
      this.stack.push({ at: 'list', kind, next: 0 });
      return;
    }
    if (isObject || isArray) {
      this.skip = 1; // another key: its value is not kept
    }
  }

  private emit(record: DecpRecord) {
    const { kind, index } = this.pending!;
    this.pending = null;
    this.count++;
    this.out.push({ index, kind, record, base: `/marches/${kind}/${index}` });
  }
}

const NONE = Symbol.for('object-stream.none');
