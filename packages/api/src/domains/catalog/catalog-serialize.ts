/**
 * Turtle and JSON-LD written straight as text while the catalogue is described, node by node:
 * no triple objects, no grouping pass, no second walk. A platform page holds ~60,000 triples;
 * building them as objects (then grouping them by subject, then writing them) spent most of
 * the page's CPU time in allocation and garbage collection. The describer (catalog-rdf.ts)
 * calls one writer for the whole page; blank nodes are written inline (`[ … ]` in Turtle, an
 * embedded node object in JSON-LD), so no label is ever needed. Both outputs are read back by
 * real parsers in the tests (n3 for Turtle, jsonld.js for JSON-LD) and checked against the
 * harvester's rules.
 */

/** A vocabulary term: its IRI and how each syntax writes it. */
export interface Vocab {
  iri: string;
  /** Turtle: `prefix:local`, or `a` for rdf:type. */
  ttl: string;
  /** JSON-LD: the compact IRI as a JSON string (`"dct:title"`), a key or a type. */
  json: string;
  /** JSON-LD: the term as an object (`{"@id":"dct:title"}`). */
  id: string;
}

const SAFE_LOCAL = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** The terms of one namespace, written `prefix:local` in both syntaxes. */
export function vocabulary(prefix: string, ns: string) {
  const terms = new Map<string, Vocab>();
  return (local: string): Vocab => {
    let term = terms.get(local);
    if (!term) {
      if (!SAFE_LOCAL.test(local)) {
        throw new Error(`not a prefixed name: ${prefix}:${local}`);
      }
      term = {
        iri: ns + local,
        ttl: `${prefix}:${local}`,
        json: JSON.stringify(`${prefix}:${local}`),
        id: `{"@id":${JSON.stringify(`${prefix}:${local}`)}}`,
      };
      terms.set(local, term);
    }
    return term;
  };
}

/**
 * Receives a graph node by node: `node` opens a subject, each property follows, `close` ends
 * it; `begin`/`end` wrap an inline blank node as the object of a property. The same property
 * must not come back after another one within a node (JSON-LD keys would repeat): the
 * describer writes every value of a property in a row.
 */
export interface GraphWriter {
  node(iri: string): void;
  /** rdf:type. */
  a(type: Vocab): void;
  /** An IRI object from data (escaped as needed). */
  ref(p: Vocab, iri: string): void;
  /** An IRI object of the vocabulary (compact) or a fixed IRI (escaped once). */
  term(p: Vocab, o: Vocab): void;
  /** A plain string literal, or a French one when `fr`. */
  text(p: Vocab, value: string, fr?: boolean): void;
  /** A typed literal whose lexical form has nothing to escape (a number, a date). */
  typed(p: Vocab, value: string, datatype: Vocab): void;
  begin(p: Vocab): void;
  end(): void;
  close(): void;
  /** Whatever is still buffered, then nothing more. */
  finish(): void;
}

/** Text is handed over in pieces of about this size (one Buffer each on the way out). */
const CHUNK = 64 * 1024;

abstract class TextWriter {
  protected buf = '';
  constructor(private readonly emit: (chunk: string) => void) {}

  protected flushIfFull() {
    if (this.buf.length >= CHUNK) {
      this.emit(this.buf);
      this.buf = '';
    }
  }

  protected flushAll() {
    if (this.buf) {
      this.emit(this.buf);
      this.buf = '';
    }
  }
}

// Turtle escapes (RDF 1.1 Turtle §6.4): ECHAR in strings; a character no IRI may hold
// (space, <, >, ", {, }, |, ^, `, \) is percent-encoded (Turtle's UCHAR may not stand for one).
const STRING_SPECIALS = /["\\\u0000-\u001f\u007f]/g;
const STRING_SPECIAL = /["\\\u0000-\u001f\u007f]/;
const IRI_SPECIALS = /[\u0000-\u0020<>"{}|^`\\]/g;
const IRI_SPECIAL = /[\u0000-\u0020<>"{}|^`\\]/;
const ECHAR: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};
const uchar = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`;
const echar = (c: string) => ECHAR[c] ?? uchar(c);
const percent = (c: string) => `%${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`;

/** A string literal's Turtle text, quotes included. */
export const turtleString = (v: string) =>
  STRING_SPECIAL.test(v) ? `"${v.replace(STRING_SPECIALS, echar)}"` : `"${v}"`;
/** An IRI's Turtle text, brackets included. */
export const turtleIri = (v: string) =>
  IRI_SPECIAL.test(v) ? `<${v.replace(IRI_SPECIALS, percent)}>` : `<${v}>`;

const fixed = new Map<string, Vocab>();
/**
 * A fixed IRI outside the prefixes (a licence, an EU authority code, a media type, a schema),
 * escaped once for each syntax: the same few recur on every distribution of a page.
 */
export function fixedIri(iri: string): Vocab {
  let term = fixed.get(iri);
  if (!term) {
    const json = JSON.stringify(iri);
    term = { iri, ttl: turtleIri(iri), json, id: `{"@id":${json}}` };
    if (fixed.size < 1000) {
      fixed.set(iri, term);
    }
  }
  return term;
}

/** Turtle: prefixes, then one block per node (`;` between properties, `,` between values). */
export class TurtleWriter extends TextWriter implements GraphWriter {
  /** The last property written, per open node (inline blank nodes nest). */
  private last: string[] = [];

  constructor(prefixes: Record<string, string>, emit: (chunk: string) => void) {
    super(emit);
    for (const [p, ns] of Object.entries(prefixes)) {
      this.buf += `@prefix ${p}: ${turtleIri(ns)}.\n`;
    }
  }

  /** The subject of the open node, written with its first property (a node with none is no triple). */
  private subject = '';

  private prop(p: string, o: string) {
    const depth = this.last.length - 1;
    const last = this.last[depth];
    if (p === last) {
      this.buf += `, ${o}`;
    } else {
      this.buf +=
        depth > 0
          ? `${last ? '; ' : ' '}${p} ${o}`
          : last
            ? `;\n    ${p} ${o}`
            : `${this.subject}\n    ${p} ${o}`;
      this.last[depth] = p;
    }
  }

  node(iri: string) {
    this.subject = `\n${turtleIri(iri)}`;
    this.last = [''];
  }
  a(type: Vocab) {
    this.prop('a', type.ttl);
  }
  ref(p: Vocab, iri: string) {
    this.prop(p.ttl, turtleIri(iri));
  }
  term(p: Vocab, o: Vocab) {
    this.prop(p.ttl, o.ttl);
  }
  text(p: Vocab, value: string, fr = false) {
    this.prop(p.ttl, fr ? `${turtleString(value)}@fr` : turtleString(value));
  }
  typed(p: Vocab, value: string, datatype: Vocab) {
    this.prop(p.ttl, `"${value}"^^${datatype.ttl}`);
  }
  begin(p: Vocab) {
    this.prop(p.ttl, '[');
    this.last.push('');
  }
  end() {
    this.last.pop();
    this.buf += ' ]';
  }
  close() {
    if (this.last[0]) {
      this.buf += '.\n';
    }
    this.flushIfFull();
  }
  finish() {
    this.flushAll();
  }
}

/**
 * JSON-LD with the context inline (harvesters must not fetch a remote context): a `@graph` of
 * one node object per subject; properties, types and datatypes as compact IRIs of the
 * context's prefixes, every IRI-valued object as `{"@id": …}` (no term coercion to guess).
 */
export class JsonLdWriter extends TextWriter implements GraphWriter {
  private last: string[] = [];
  private nodes = 0;

  constructor(context: Record<string, string>, emit: (chunk: string) => void) {
    super(emit);
    this.buf = `{"@context":${JSON.stringify(context)},"@graph":[`;
  }

  /** The last key written, per open node object: '' after `@id`, `{` in a fresh inline node. */
  private sep(key: string): string {
    const depth = this.last.length - 1;
    const last = this.last[depth]!;
    this.last[depth] = key;
    return key === last ? ',' : last === '{' ? `${key}:[` : last ? `],${key}:[` : `,${key}:[`;
  }

  private prop(key: string, value: string) {
    this.buf += this.sep(key) + value;
  }

  node(iri: string) {
    this.buf += `${this.nodes++ ? ',\n' : '\n'}{"@id":${JSON.stringify(iri)}`;
    this.last = [''];
  }
  a(type: Vocab) {
    this.prop('"@type"', type.json);
  }
  ref(p: Vocab, iri: string) {
    this.prop(p.json, `{"@id":${JSON.stringify(iri)}}`);
  }
  term(p: Vocab, o: Vocab) {
    this.prop(p.json, o.id);
  }
  text(p: Vocab, value: string, fr = false) {
    this.prop(
      p.json,
      fr
        ? `{"@value":${JSON.stringify(value)},"@language":"fr"}`
        : `{"@value":${JSON.stringify(value)}}`,
    );
  }
  typed(p: Vocab, value: string, datatype: Vocab) {
    this.prop(p.json, `{"@value":"${value}","@type":${datatype.json}}`);
  }
  begin(p: Vocab) {
    // An embedded node object with no @id is a blank node.
    this.buf += `${this.sep(p.json)}{`;
    this.last.push('{');
  }
  end() {
    this.buf += this.last.pop() === '{' ? '}' : ']}';
  }
  close() {
    this.buf += this.last[0] ? ']}' : '}';
    this.flushIfFull();
  }
  finish() {
    this.buf += '\n]}';
    this.flushAll();
  }
}
