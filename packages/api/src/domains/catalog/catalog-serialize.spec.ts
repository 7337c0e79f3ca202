import jsonld from 'jsonld';
import { Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { RdfTerms, toJsonLd, toTurtle, type Term, type Triple } from './catalog-serialize.js';

const { namedNode, literal, blankNode, quad } = RdfTerms;
const PREFIXES = {
  dct: 'http://purl.org/dc/terms/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
};
const dct = (l: string) => namedNode(`${PREFIXES.dct}${l}`);

/** A triple as N-Triples-like text, blank nodes renamed in order of appearance. */
function canonical(triples: { subject: Term; predicate: Term; object: Term }[]): string[] {
  const names = new Map<string, string>();
  const t = (
    x:
      | Term
      | { termType: string; value: string; language?: string; datatype?: { value: string } | null },
  ) => {
    if (x.termType === 'BlankNode') {
      if (!names.has(x.value)) {
        names.set(x.value, `_:b${names.size}`);
      }
      return names.get(x.value)!;
    }
    if (x.termType === 'Literal') {
      const l = x as { value: string; language?: string; datatype?: { value: string } | null };
      const dt = l.datatype?.value ?? '';
      return `${JSON.stringify(l.value)}@${l.language ?? ''}^^${l.language ? '' : dt.endsWith('#string') || dt.endsWith('#langString') ? '' : dt}`;
    }
    return `<${x.value}>`;
  };
  return triples.map((q) => `${t(q.subject)} ${t(q.predicate)} ${t(q.object)}`).sort();
}

describe('catalogue serialisers (Turtle and JSON-LD read back by real parsers)', () => {
  const s = namedNode('https://donnees.example.org/donnees/213502388#deliberations');
  const period = blankNode();
  const nasty = 'Guillemets " et \\ barre, retour\nà la ligne\r, tab\t, contrôle \u0001, é 😀';
  const triples: Triple[] = [
    quad(s, namedNode(`${PREFIXES.rdf}type`), namedNode('http://www.w3.org/ns/dcat#Dataset')),
    quad(s, dct('title'), literal(nasty, 'fr')),
    quad(s, dct('title'), literal('Deuxième titre', 'fr')),
    quad(s, dct('identifier'), literal('213502388-deliberations')),
    quad(
      s,
      dct('modified'),
      literal('2025-02-01T10:00:00.000Z', namedNode(`${PREFIXES.xsd}dateTime`)),
    ),
    quad(s, dct('temporal'), period),
    quad(period, dct('start'), literal('2024-01-01', namedNode(`${PREFIXES.xsd}date`))),
    quad(s, dct('source'), namedNode('https://example.org/a b?c=1&d=<2>#x')),
    quad(
      s,
      dct('format'),
      namedNode('http://publications.europa.eu/resource/authority/file-type/CSV'),
    ),
  ];

  it('writes Turtle that n3 parses back to the same triples', () => {
    const text = toTurtle(triples, PREFIXES);
    const parsed = new Parser({ format: 'text/turtle' }).parse(text);
    // An IRI no IRI may be (a space, <, >) is percent-encoded, every other term kept as is.
    const encoded = triples.map((t) =>
      t.object.value.startsWith('https://example.org/')
        ? quad(t.subject, t.predicate, namedNode('https://example.org/a%20b?c=1&d=%3C2%3E#x'))
        : t,
    );
    expect(canonical(parsed as never)).toEqual(canonical(encoded));
  });

  it('writes JSON-LD (inline context, no remote fetch) that jsonld.js reads back to the same triples', async () => {
    const text = toJsonLd(triples, PREFIXES);
    const nquads = (await jsonld.toRDF(JSON.parse(text), {
      format: 'application/n-quads',
      documentLoader: async (url: string) => {
        throw new Error(`remote context fetched: ${url}`);
      },
    })) as unknown as string;
    // jsonld.js drops IRIs it cannot parse as such: the one with a space is left to Turtle.
    const parsed = new Parser({ format: 'N-Quads' }).parse(nquads);
    expect(canonical(parsed as never)).toEqual(
      canonical(
        triples.filter((t) => t.object.termType !== 'NamedNode' || !t.object.value.includes(' ')),
      ),
    );
  });
});
