import jsonld from 'jsonld';
import { Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { datasetOf, distributionsOf } from './catalog-build.js';
import { catalogText, type CatalogPageInput } from './catalog-rdf.js';
import { JsonLdWriter, TurtleWriter, vocabulary, type GraphWriter } from './catalog-serialize.js';
import { DatasetKind } from '../datasets/dataset.entity.js';

const PREFIXES = {
  dct: 'http://purl.org/dc/terms/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
};
const dct = vocabulary('dct', PREFIXES.dct);
const xsd = vocabulary('xsd', PREFIXES.xsd);

interface ParsedTerm {
  termType: string;
  value: string;
  language?: string;
  datatype?: { value: string } | null;
}
interface ParsedTriple {
  subject: ParsedTerm;
  predicate: ParsedTerm;
  object: ParsedTerm;
}

/**
 * A graph as sorted N-Triples-like lines; a blank node (always a leaf here: written inline) is
 * replaced by the sorted text of its own properties, so graphs compare whatever the labels.
 */
function canonical(triples: ParsedTriple[]): string[] {
  const lit = (x: ParsedTerm) => {
    const dt = x.datatype?.value ?? '';
    const plain = x.language || dt.endsWith('#string') || dt.endsWith('#langString');
    return `${JSON.stringify(x.value)}@${x.language ?? ''}^^${plain ? '' : dt}`;
  };
  const blank = new Map<string, string[]>();
  for (const t of triples) {
    if (t.subject.termType === 'BlankNode') {
      const props = blank.get(t.subject.value) ?? [];
      props.push(
        `${t.predicate.value}=${t.object.termType === 'Literal' ? lit(t.object) : t.object.value}`,
      );
      blank.set(t.subject.value, props);
    }
  }
  const term = (x: ParsedTerm) =>
    x.termType === 'BlankNode'
      ? `[${(blank.get(x.value) ?? []).sort().join(' ')}]`
      : x.termType === 'Literal'
        ? lit(x)
        : `<${x.value}>`;
  return triples
    .filter((t) => t.subject.termType !== 'BlankNode')
    .map((t) => `${term(t.subject)} ${term(t.predicate)} ${term(t.object)}`)
    .sort();
}

async function jsonLdTriples(text: string): Promise<ParsedTriple[]> {
  const nquads = (await jsonld.toRDF(JSON.parse(text), {
    format: 'application/n-quads',
    documentLoader: async (url: string) => {
      throw new Error(`remote context fetched: ${url}`);
    },
  })) as unknown as string;
  return new Parser({ format: 'N-Quads' }).parse(nquads) as never;
}

const turtleTriples = (text: string): ParsedTriple[] =>
  new Parser({ format: 'text/turtle' }).parse(text) as never;

/** Runs a description through a writer, as text. */
function write(
  make: (emit: (c: string) => void) => GraphWriter,
  describe: (w: GraphWriter) => void,
) {
  const chunks: string[] = [];
  const w = make((c) => chunks.push(c));
  describe(w);
  w.finish();
  return chunks.join('');
}

describe('catalogue writers (Turtle and JSON-LD read back by real parsers)', () => {
  const s = 'https://donnees.example.org/donnees/213502388#deliberations';
  const nasty = 'Guillemets " et \\ barre, retour\nà la ligne\r, tab\t, contrôle \u0001, é 😀';
  const describe = (w: GraphWriter) => {
    w.node(s);
    w.a(dct('Dataset'));
    w.a(dct('Other'));
    w.text(dct('title'), nasty, true);
    w.text(dct('title'), 'Deuxième titre', true);
    w.text(dct('identifier'), '213502388-deliberations');
    w.typed(dct('modified'), '2025-02-01T10:00:00.000Z', xsd('dateTime'));
    w.begin(dct('temporal'));
    w.a(dct('PeriodOfTime'));
    w.typed(dct('start'), '2024-01-01', xsd('date'));
    w.end();
    w.begin(dct('temporal'));
    w.a(dct('PeriodOfTime'));
    w.text(dct('identifier'), 'second');
    w.end();
    w.ref(dct('format'), 'http://publications.europa.eu/resource/authority/file-type/CSV');
    w.term(dct('relation'), dct('Agent'));
    w.close();
    w.node('https://example.org/a');
    w.close();
    w.node('https://example.org/b');
    w.ref(dct('source'), 'https://example.org/a b?c=1&d=<2>#x');
    w.close();
  };
  const expected = [
    `<${s}> <${PREFIXES.rdf}type> <${PREFIXES.dct}Dataset>`,
    `<${s}> <${PREFIXES.rdf}type> <${PREFIXES.dct}Other>`,
    `<${s}> <${PREFIXES.dct}title> ${JSON.stringify(nasty)}@fr^^`,
    `<${s}> <${PREFIXES.dct}title> "Deuxième titre"@fr^^`,
    `<${s}> <${PREFIXES.dct}identifier> "213502388-deliberations"@^^`,
    `<${s}> <${PREFIXES.dct}modified> "2025-02-01T10:00:00.000Z"@^^${PREFIXES.xsd}dateTime`,
    `<${s}> <${PREFIXES.dct}temporal> [${PREFIXES.dct}start="2024-01-01"@^^${PREFIXES.xsd}date ${PREFIXES.rdf}type=${PREFIXES.dct}PeriodOfTime]`,
    `<${s}> <${PREFIXES.dct}temporal> [${PREFIXES.dct}identifier="second"@^^ ${PREFIXES.rdf}type=${PREFIXES.dct}PeriodOfTime]`,
    `<${s}> <${PREFIXES.dct}format> <http://publications.europa.eu/resource/authority/file-type/CSV>`,
    `<${s}> <${PREFIXES.dct}relation> <${PREFIXES.dct}Agent>`,
  ];

  it('writes Turtle that n3 parses back to the same triples', () => {
    const text = write((emit) => new TurtleWriter(PREFIXES, emit), describe);
    // An IRI no IRI may be (a space, <, >) is percent-encoded, every other term kept as is.
    expect(canonical(turtleTriples(text))).toEqual(
      [
        ...expected,
        `<https://example.org/b> <${PREFIXES.dct}source> <https://example.org/a%20b?c=1&d=%3C2%3E#x>`,
      ].sort(),
    );
  });

  it('writes JSON-LD (inline context, no remote fetch) that jsonld.js reads back to the same triples', async () => {
    const { rdf: _rdf, ...context } = PREFIXES;
    const text = write((emit) => new JsonLdWriter(context, emit), describe);
    // jsonld.js drops IRIs it cannot parse as such: the one with a space is left to Turtle.
    expect(canonical(await jsonLdTriples(text))).toEqual([...expected].sort());
  });

  it('hands long text over in pieces that join to the whole', () => {
    const chunks: string[] = [];
    const w = new TurtleWriter(PREFIXES, (c) => chunks.push(c));
    for (let i = 0; i < 5000; i++) {
      w.node(`https://example.org/${i}`);
      w.text(dct('title'), `Titre ${i}`.repeat(5));
      w.close();
    }
    w.finish();
    expect(chunks.length).toBeGreaterThan(1);
    expect(turtleTriples(chunks.join(''))).toHaveLength(5000);
  });
});

describe('a catalogue page in both serialisations', () => {
  const ctx = { publicUrl: 'https://donnees.example.org', dataDir: '/nonexistent' };
  const org = {
    siren: '213502388',
    name: 'Commune de « Crach » "la belle" \\',
    inseeCode: '56046',
  };
  const file = (kind: DatasetKind, year: number, sha256: string | null = 'a'.repeat(64)) => ({
    kind,
    scope: org.siren,
    year,
    valid: true,
    rowCount: 3,
    publishedFileAt: new Date('2025-02-01T10:00:00Z'),
    sha256,
    size: 1234,
    xlsxSize: 2345,
  });
  const input = (url: string): CatalogPageInput => ({
    url,
    title: 'Catalogue',
    description: 'Description',
    homepage: 'https://donnees.example.org/donnees/',
    publisher: {
      iri: `https://donnees.example.org/donnees/${org.siren}#organisation`,
      name: org.name,
      siren: org.siren,
    },
    datasets: [
      datasetOf(
        ctx,
        org,
        'DELIBERATIONS',
        [2024, 2023].flatMap((y) => distributionsOf(ctx, file(DatasetKind.DELIBERATIONS, y))),
        {
          title: null,
          description: null,
          license: null,
          frequency: null,
          keywords: ['un', 'deux'],
        },
      ),
      datasetOf(
        ctx,
        org,
        'PROCUREMENT',
        [
          ...distributionsOf(ctx, file(DatasetKind.DECP_JSON, 2024)),
          ...distributionsOf(ctx, file(DatasetKind.DECP_XML, 2024, null)),
        ],
        undefined,
      ),
    ],
    total: 2,
    page: 1,
    pageCount: 1,
    now: new Date(),
  });

  it('gives the same graph in Turtle and in JSON-LD (no property written twice in a node)', async () => {
    const url = 'https://donnees.example.org/opendata/213502388/catalog';
    const ttl = canonical(turtleTriples(catalogText(input(`${url}.ttl`), 'ttl')));
    const json = canonical(await jsonLdTriples(catalogText(input(`${url}.jsonld`), 'jsonld')));
    expect(json).toEqual(ttl.map((line) => line.replaceAll(`${url}.ttl`, `${url}.jsonld`)));
    // The publisher is described once, with its SIREN, however many datasets point to it.
    expect(ttl.filter((l) => l.includes('/0.1/name>'))).toEqual([
      `<https://donnees.example.org/donnees/${org.siren}#organisation> <http://xmlns.com/foaf/0.1/name> ${JSON.stringify(org.name)}@^^`,
    ]);
    expect(
      ttl.filter((l) => l.includes('#organisation> <http://purl.org/dc/terms/identifier>')),
    ).toHaveLength(1);
    expect(ttl.filter((l) => l.includes('dcat#keyword'))).toHaveLength(2 + 4);
  });
});
