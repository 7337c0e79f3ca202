/**
 * Triples of a catalogue page and their Turtle and JSON-LD, written straight as text, subject
 * by subject. A platform page holds ~60,000 triples: a general-purpose RDF library's terms
 * (strings parsed back on each access) and writers spent most of the page's time and memory.
 * Both outputs are read back by real parsers in the e2e tests (n3 for Turtle, jsonld.js for
 * JSON-LD) and checked against the harvester's rules.
 */

export interface NamedNode {
  termType: 'NamedNode';
  value: string;
}
export interface BlankNode {
  termType: 'BlankNode';
  value: string;
}
export interface Literal {
  termType: 'Literal';
  value: string;
  /** Language tag, or '' (then `datatype`, or a plain string when null). */
  language: string;
  datatype: NamedNode | null;
}
export type Term = NamedNode | BlankNode | Literal;
export interface Triple {
  subject: NamedNode | BlankNode;
  predicate: NamedNode;
  object: Term;
}

let blankCount = 0;

/** Terms and triples (the subset of the RDF/JS data factory the catalogue uses). */
export const RdfTerms = {
  namedNode: (value: string): NamedNode => ({ termType: 'NamedNode', value }),
  blankNode: (): BlankNode => ({ termType: 'BlankNode', value: `b${(blankCount++).toString(36)}` }),
  /** A literal with a language tag (a string) or a datatype (a named node). */
  literal: (value: string, tagOrType?: string | NamedNode): Literal => ({
    termType: 'Literal',
    value,
    language: typeof tagOrType === 'string' ? tagOrType : '',
    datatype: typeof tagOrType === 'object' ? tagOrType : null,
  }),
  quad: (subject: NamedNode | BlankNode, predicate: NamedNode, object: Term): Triple => ({
    subject,
    predicate,
    object,
  }),
};

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

/** Triples grouped by subject, in the order their subjects first appear. */
function bySubject(triples: readonly Triple[]): Triple[][] {
  const groups = new Map<string, Triple[]>();
  for (const t of triples) {
    const key = t.subject.termType === 'BlankNode' ? `_:${t.subject.value}` : t.subject.value;
    const g = groups.get(key);
    if (g) {
      g.push(t);
    } else {
      groups.set(key, [t]);
    }
  }
  return [...groups.values()];
}

const SAFE_LOCAL = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** `prefix:local` for an IRI under one of the prefixes (memoised: few distinct IRIs repeat). */
function compactor(prefixes: Record<string, string>) {
  const entries = Object.entries(prefixes);
  const memo = new Map<string, string | null>();
  return (value: string): string | null => {
    let hit = memo.get(value);
    if (hit === undefined) {
      hit = null;
      for (const [p, ns] of entries) {
        if (value.startsWith(ns) && SAFE_LOCAL.test(value.slice(ns.length))) {
          hit = `${p}:${value.slice(ns.length)}`;
          break;
        }
      }
      if (memo.size < 10_000) {
        memo.set(value, hit);
      }
    }
    return hit;
  };
}

// Turtle escapes (RDF 1.1 Turtle §6.4): ECHAR in strings; a character no IRI may hold
// (space, <, >, ", {, }, |, ^, `, \) is percent-encoded (Turtle's UCHAR may not stand for one).
const STRING_SPECIALS = /["\\\u0000-\u001f\u007f]/g;
const IRI_SPECIALS = /[\u0000-\u0020<>"{}|^`\\]/g;
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

/** Turtle: prefixes, then one block per subject (`;` between predicates, `,` between objects). */
export function toTurtle(triples: readonly Triple[], prefixes: Record<string, string>): string {
  const compact = compactor(prefixes);
  const iri = (v: string) => compact(v) ?? `<${v.replace(IRI_SPECIALS, percent)}>`;
  const term = (t: Term): string => {
    if (t.termType === 'NamedNode') {
      return iri(t.value);
    }
    if (t.termType === 'BlankNode') {
      return `_:${t.value}`;
    }
    const text = `"${t.value.replace(STRING_SPECIALS, echar)}"`;
    return t.language
      ? `${text}@${t.language}`
      : t.datatype
        ? `${text}^^${iri(t.datatype.value)}`
        : text;
  };
  const out: string[] = Object.entries(prefixes).map(([p, ns]) => `@prefix ${p}: <${ns}>.\n`);
  for (const group of bySubject(triples)) {
    let text = `\n${term(group[0]!.subject)}`;
    let last = '';
    for (const t of group) {
      const p = t.predicate.value === RDF_TYPE ? 'a' : iri(t.predicate.value);
      text += p === last ? `, ${term(t.object)}` : `${last ? ';' : ''}\n    ${p} ${term(t.object)}`;
      last = p;
    }
    out.push(`${text}.\n`);
  }
  return out.join('');
}

/**
 * JSON-LD with the context inline (harvesters must not fetch a remote context): a `@graph` of
 * one node per subject; predicates, types and datatypes as compact IRIs of the context's
 * prefixes, every IRI-valued object as `{"@id": …}` (no term coercion to guess).
 */
export function toJsonLd(triples: readonly Triple[], prefixes: Record<string, string>): string {
  const compact = compactor(prefixes);
  const str = JSON.stringify;
  const id = (t: NamedNode | BlankNode) => (t.termType === 'BlankNode' ? `_:${t.value}` : t.value);
  const value = (t: Term): string => {
    if (t.termType !== 'Literal') {
      return `{"@id":${str(id(t))}}`;
    }
    if (t.language) {
      return `{"@value":${str(t.value)},"@language":${str(t.language)}}`;
    }
    return t.datatype
      ? `{"@value":${str(t.value)},"@type":${str(compact(t.datatype.value) ?? t.datatype.value)}}`
      : `{"@value":${str(t.value)}}`;
  };
  const nodes = bySubject(triples).map((group) => {
    const props = new Map<string, string[]>();
    for (const t of group) {
      const isType = t.predicate.value === RDF_TYPE && t.object.termType === 'NamedNode';
      const key = isType ? '@type' : (compact(t.predicate.value) ?? t.predicate.value);
      const v = isType ? str(compact(t.object.value) ?? t.object.value) : value(t.object);
      const list = props.get(key);
      if (list) {
        list.push(v);
      } else {
        props.set(key, [v]);
      }
    }
    let text = `{"@id":${str(id(group[0]!.subject))}`;
    for (const [k, vs] of props) {
      text += `,${str(k)}:[${vs.join(',')}]`;
    }
    return `${text}}`;
  });
  return `{"@context":${str(prefixes)},"@graph":[\n${nodes.join(',\n')}\n]}`;
}
