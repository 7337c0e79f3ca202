import { SaxesParser } from 'saxes';
import { DecpFileError } from './procurement.errors.js';
import { LEGACY, type RawRecord } from './decp-json-stream.js';
import type { DecpKind } from './decp-record.js';
import type { SchemaNode } from './decp-schema-walk.js';
import { xmlRecordToJson, type XmlNodeData } from './decp-xml.js';
import { xmlAttrEscape, xmlEscape } from '../../infra/xml/xml-escape.js';

/** One record of an XML DECP file: its JSON shape, and its element alone for the XSD. */
export interface XmlRawRecord extends RawRecord {
  /** The record's element as a document of its own (local names, same text content). */
  xml: string;
  /** Schema findings about the file's structure given to this record (elements after it). */
  structure: string[];
}

const MAX_DEPTH = 64;
const RECORDS = new Set(['marche', 'contrat-concession']);
const localName = (name: string) => name.slice(name.indexOf(':') + 1);

interface Building {
  kind: DecpKind;
  index: number;
  line: number;
  stack: XmlNodeData[];
  /** Raw text per open element (trimmed into `text` when a leaf closes). */
  texts: string[];
  xml: string[];
}

/**
 * Reads an XML DECP 2.0 file piece by piece (saxes, a conforming non-validating parser): text
 * goes in by chunks, each `<marche>` and `<contrat-concession>` under `<marches>` comes out
 * when its closing tag is read, as the JSON shape of format 2.0 (decp-xml.ts) plus the element
 * written again on its own (local names, same text, prefixed attributes dropped) so that it can
 * be checked against the XSD by itself: `marche` and `contrat-concession` are global elements of
 * the XSD and `<marches>` is any sequence of them, so checking each record alone is checking
 * the file. Nothing else of the file is kept.
 *
 * Safe on hostile input: a DOCTYPE (the only place an entity can be declared) is refused as
 * soon as it is read (no entity is ever expanded, no DTD or external entity fetched), an
 * undefined entity is malformed XML, and nesting is bounded. Errors that refuse the whole file
 * (DecpFileError) are thrown when met, possibly after records were given out.
 */
export class DecpXmlRecords {
  private readonly parser = new SaxesParser({ position: true });
  private depth = 0;
  private sawRoot = false;
  private readonly counters: Record<string, number> = {};
  private current: Building | null = null;
  /** The last record read, given out when the next element of `<marches>` starts (or at the end). */
  private held: XmlRawRecord | null = null;
  private out: XmlRawRecord[] = [];
  /** An element of `<marches>` that is not a record, being skipped. */
  private other: string | null = null;

  constructor(private readonly root: SchemaNode) {
    const p = this.parser;
    p.on('doctype', () => {
      throw new DecpFileError(
        'procurement/xml_doctype',
        `Fichier XML refusé : il contient une déclaration DOCTYPE ou ENTITY (ligne ${p.line}), interdite ici pour éviter l’expansion d’entités. Retirez-la.`,
      );
    });
    p.on('error', (err) => {
      const message = err.message.replace(/^(undefined:)?\d+:\d+: /, '');
      throw new DecpFileError(
        'procurement/invalid_xml',
        `Le fichier n’est pas un XML bien formé (ligne ${p.line}) : ${message}`,
      );
    });
    p.on('opentag', (node) => this.open(localName(node.name), node.attributes));
    p.on('closetag', (node) => this.close(localName(node.name)));
    p.on('text', (t) => this.text(t));
    p.on('cdata', (t) => this.text(t));
  }

  /** Feeds a piece of text; returns the records completed by it. */
  push(text: string): XmlRawRecord[] {
    this.parser.write(text);
    return this.take();
  }

  /** The end of the file: checks it was complete; returns the last record. */
  end(): XmlRawRecord[] {
    if (this.depth > 0) {
      throw new DecpFileError(
        'procurement/invalid_xml',
        `Le fichier n’est pas un XML bien formé (ligne ${this.parser.line}) : le fichier s’arrête avant la fin (élément non refermé), fichier tronqué.`,
      );
    }
    this.parser.close();
    if (this.held) {
      this.out.push(this.held);
      this.held = null;
    }
    return this.take();
  }

  private take(): XmlRawRecord[] {
    const out = this.out;
    this.out = [];
    return out;
  }

  private open(name: string, attributes: Record<string, unknown>) {
    this.depth++;
    if (this.depth > MAX_DEPTH) {
      throw new DecpFileError(
        'procurement/invalid_xml',
        `Le fichier n’est pas un XML bien formé (ligne ${this.parser.line}) : imbrication trop profonde (plus de ${MAX_DEPTH} niveaux).`,
      );
    }
    if (this.depth === 1) {
      this.sawRoot = true;
      if (name !== 'marches') {
        throw new DecpFileError(
          'procurement/wrong_shape',
          `Structure inattendue : l’élément racine doit être <marches>, pas <${name}>.`,
        );
      }
      return;
    }
    if (this.depth === 2) {
      if (this.held) {
        this.out.push(this.held);
        this.held = null;
      }
      if (!RECORDS.has(name)) {
        this.other = name;
        return;
      }
      const kind = name as DecpKind;
      const index = this.counters[kind] ?? 0;
      this.counters[kind] = index + 1;
      this.current = { kind, index, line: this.parser.line, stack: [], texts: [], xml: [] };
    }
    const b = this.current;
    if (!b) {
      return; // inside an element of <marches> that is not a record
    }
    const node: XmlNodeData = { name, line: this.parser.line, text: '', children: [] };
    b.stack[b.stack.length - 1]?.children.push(node);
    b.stack.push(node);
    b.texts.push('');
    let tag = `<${name}`;
    for (const [k, v] of Object.entries(attributes)) {
      if (!k.includes(':') && k !== 'xmlns') {
        tag += ` ${k}="${xmlAttrEscape(String(v))}"`;
      }
    }
    b.xml.push(`${tag}>`);
  }

  private text(t: string) {
    const b = this.current;
    if (b && b.texts.length > 0) {
      b.texts[b.texts.length - 1] += t;
      b.xml.push(xmlEscape(t));
    }
  }

  private close(name: string) {
    this.depth--;
    const b = this.current;
    if (this.depth === 1 && this.other !== null) {
      // The XSD would report it; it was always given to the record before it.
      const message = `Element '${this.other}': This element is not expected. Expected is one of ( marche, contrat-concession ).`;
      this.held?.structure.push(message);
      this.other = null;
      return;
    }
    if (!b) {
      return;
    }
    const node = b.stack.pop()!;
    const raw = b.texts.pop()!;
    node.text = node.children.length ? '' : raw.trim();
    b.xml.push(`</${name}>`);
    if (b.stack.length > 0) {
      return;
    }
    this.current = null;
    if (node.children.some((c) => c.name === 'uid' || c.name === '_type')) {
      throw new DecpFileError('procurement/legacy_format', LEGACY);
    }
    this.held = {
      index: b.index,
      kind: b.kind,
      record: xmlRecordToJson(this.root, b.kind, node),
      base: `/marches/${b.kind}[${b.index + 1}]`,
      line: b.line,
      xml: b.xml.join(''),
      structure: [],
    };
  }

  /** Whether a root element was read (an empty text has none). */
  get started(): boolean {
    return this.sawRoot;
  }
}
