import { ALL_SCOPE } from './catalog-build.js';
import type { CatalogDataset, CatalogDistribution } from './catalog.types.js';
import {
  RdfTerms,
  toJsonLd as writeJsonLd,
  toTurtle as writeTurtle,
  type BlankNode,
  type NamedNode,
  type Term,
  type Triple,
} from './catalog-serialize.js';
import {
  EU_FILE_TYPE,
  EU_FREQUENCY,
  FREQUENCIES,
  IANA_MEDIA_TYPES,
  KIND_DEFAULTS,
  type FrequencyId,
} from './catalog-vocabulary.js';

const { namedNode, literal, blankNode, quad } = RdfTerms;
type Quad = Triple;
type Quad_Object = Term;
type Quad_Subject = NamedNode | BlankNode;

export const PREFIXES = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  hydra: 'http://www.w3.org/ns/hydra/core#',
  spdx: 'http://spdx.org/rdf/terms#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
} as const;

const vocabulary = new Map<string, NamedNode>();
/** A vocabulary term (one node per term, shared by every triple). */
function iri(prefix: keyof typeof PREFIXES, local: string): NamedNode {
  const value = PREFIXES[prefix] + local;
  let node = vocabulary.get(value);
  if (!node) {
    node = namedNode(value);
    vocabulary.set(value, node);
  }
  return node;
}
const A = iri('rdf', 'type');
const fr = (text: string) => literal(text, 'fr');
const XSD_DATE = iri('xsd', 'date');
const XSD_DATETIME = iri('xsd', 'dateTime');
const EU_LANGUAGE_FRA = namedNode('http://publications.europa.eu/resource/authority/language/FRA');

const FILE_TYPES: Record<CatalogDistribution['format'], string> = {
  csv: 'CSV',
  xlsx: 'XLSX',
  json: 'JSON',
  xml: 'XML',
};

/** One page of a catalogue: its datasets, where it lives and how it is paged. */
export interface CatalogPageInput {
  /** The catalogue's URL as harvesters are given it (`…/catalog.ttl`). */
  url: string;
  title: string;
  description: string;
  homepage: string;
  /** The organisation publishing a per-organisation catalogue; none for the platform's. */
  publisher: { iri: string; name: string } | null;
  datasets: CatalogDataset[];
  total: number;
  page: number;
  pageCount: number;
  /** "Now": a modification date is never later (harvesters drop future dates). */
  now: Date;
}

/** A date as xsd:dateTime, never in the future. */
function dateTime(d: Date, now: Date) {
  return literal((d > now ? now : d).toISOString(), XSD_DATETIME);
}

function dateOnly(d: Date) {
  return literal(d.toISOString().slice(0, 10), XSD_DATE);
}

/** The `/donnees/…` path at the end of a homepage (never a host named `donnees.…`). */
const HOMEPAGE_PATH = /\/donnees(\/[^/]*)?$/;

/** The IRI of the platform, publisher of the files of every organisation. */
export function platformIri(homepage: string) {
  return `${homepage.replace(HOMEPAGE_PATH, '')}/donnees/#plateforme`;
}

/** The IRI of the publisher of an organisation's datasets. */
export function organizationIri(homepage: string, siren: string) {
  return `${homepage.replace(HOMEPAGE_PATH, '')}/donnees/${siren}#organisation`;
}

function push(out: Quad[], s: Quad_Subject, p: NamedNode, o: Quad_Object) {
  out.push(quad(s, p, o));
}

function distributionQuads(
  out: Quad[],
  ds: CatalogDataset,
  d: CatalogDistribution,
  base: string,
  now: Date,
): Quad_Subject {
  const s = namedNode(`${base}#${d.id}`);
  push(out, s, A, iri('dcat', 'Distribution'));
  push(out, s, iri('dct', 'identifier'), literal(d.id));
  push(out, s, iri('dct', 'title'), literal(d.title));
  const schemaText = d.schema ? ` (schéma ${d.schema.name} ${d.schema.version})` : '';
  push(
    out,
    s,
    iri('dct', 'description'),
    fr(`${ds.title}, année ${d.year}, format ${d.format.toUpperCase()}${schemaText}.`),
  );
  push(out, s, iri('dcat', 'downloadURL'), namedNode(d.downloadUrl));
  push(out, s, iri('dcat', 'accessURL'), namedNode(d.downloadUrl));
  push(out, s, iri('dct', 'format'), namedNode(EU_FILE_TYPE + FILE_TYPES[d.format]));
  push(
    out,
    s,
    iri('dcat', 'mediaType'),
    namedNode(IANA_MEDIA_TYPES + d.mediaType.split(';')[0]!.trim()),
  );
  if (d.size > 0) {
    push(
      out,
      s,
      iri('dcat', 'byteSize'),
      literal(String(d.size), iri('xsd', 'nonNegativeInteger')),
    );
  }
  if (d.schema) {
    push(out, s, iri('dct', 'conformsTo'), namedNode(d.schema.url));
  }
  push(out, s, iri('dct', 'license'), namedNode(ds.license.url));
  if (d.modifiedAt) {
    push(out, s, iri('dct', 'modified'), dateTime(d.modifiedAt, now));
  }
  if (d.sha256) {
    const c = blankNode();
    push(out, s, iri('spdx', 'checksum'), c);
    out.push(quad(c, A, iri('spdx', 'Checksum')));
    out.push(quad(c, iri('spdx', 'algorithm'), iri('spdx', 'checksumAlgorithm_sha256')));
    out.push(quad(c, iri('spdx', 'checksumValue'), literal(d.sha256)));
  }
  return s;
}

function datasetQuads(out: Quad[], ds: CatalogDataset, homepage: string, now: Date) {
  const base = ds.landingPage.split('#')[0]!;
  const s = namedNode(`${base}#${KIND_DEFAULTS[ds.kind].slug}`);
  push(out, s, A, iri('dcat', 'Dataset'));
  push(out, s, iri('dct', 'identifier'), literal(ds.id));
  push(out, s, iri('dct', 'title'), fr(ds.title));
  push(out, s, iri('dct', 'description'), fr(ds.description));
  for (const k of ds.keywords) {
    push(out, s, iri('dcat', 'keyword'), fr(k));
  }
  push(out, s, iri('dct', 'license'), namedNode(ds.license.url));
  push(out, s, iri('dct', 'language'), EU_LANGUAGE_FRA);
  const freq = FREQUENCIES[ds.frequency as FrequencyId] ?? FREQUENCIES.unknown;
  push(out, s, iri('dct', 'accrualPeriodicity'), namedNode(EU_FREQUENCY + freq));
  if (ds.temporal) {
    const t = blankNode();
    push(out, s, iri('dct', 'temporal'), t);
    out.push(quad(t, A, iri('dct', 'PeriodOfTime')));
    out.push(quad(t, iri('dcat', 'startDate'), dateOnly(ds.temporal.start)));
    out.push(quad(t, iri('dcat', 'endDate'), dateOnly(ds.temporal.end)));
  }
  if (ds.spatialInsee) {
    const l = blankNode();
    push(out, s, iri('dct', 'spatial'), l);
    out.push(quad(l, A, iri('dct', 'Location')));
    out.push(quad(l, iri('dct', 'identifier'), literal(`COG:${ds.spatialInsee}`)));
  }
  if (ds.modifiedAt) {
    push(out, s, iri('dct', 'modified'), dateTime(ds.modifiedAt, now));
  }
  push(out, s, iri('dcat', 'landingPage'), namedNode(ds.landingPage));
  const publisher = namedNode(
    ds.siren === ALL_SCOPE ? platformIri(homepage) : organizationIri(homepage, ds.siren),
  );
  push(out, s, iri('dct', 'publisher'), publisher);
  out.push(quad(publisher, A, iri('foaf', 'Organization')));
  out.push(quad(publisher, iri('foaf', 'name'), literal(ds.organizationName)));
  if (ds.siren !== ALL_SCOPE) {
    out.push(quad(publisher, iri('dct', 'identifier'), literal(ds.siren)));
  }
  const contact = blankNode();
  push(out, s, iri('dcat', 'contactPoint'), contact);
  out.push(quad(contact, A, iri('vcard', 'Kind')));
  out.push(quad(contact, iri('vcard', 'fn'), literal(ds.organizationName)));
  out.push(quad(contact, iri('vcard', 'hasURL'), namedNode(ds.landingPage)));
  const schemas = new Set(ds.distributions.flatMap((d) => (d.schema ? [d.schema.url] : [])));
  if (schemas.size === 1) {
    push(out, s, iri('dct', 'conformsTo'), namedNode([...schemas][0]!));
  }
  for (const d of ds.distributions) {
    push(out, s, iri('dcat', 'distribution'), distributionQuads(out, ds, d, base, now));
  }
  return s;
}

/** The triples of one catalogue page (DCAT-AP, Hydra paging as udata's harvester follows it). */
export function catalogQuads(input: CatalogPageInput): Quad[] {
  const out: Quad[] = [];
  const cat = namedNode(input.url);
  const add = (p: ReturnType<typeof iri>, o: Quad_Object) => out.push(quad(cat, p, o));
  add(A, iri('dcat', 'Catalog'));
  add(A, iri('hydra', 'Collection'));
  add(iri('dct', 'title'), fr(input.title));
  add(iri('dct', 'description'), fr(input.description));
  add(iri('dct', 'language'), EU_LANGUAGE_FRA);
  add(iri('foaf', 'homepage'), namedNode(input.homepage));
  if (input.publisher) {
    const p = namedNode(input.publisher.iri);
    add(iri('dct', 'publisher'), p);
    out.push(quad(p, A, iri('foaf', 'Organization')));
    out.push(quad(p, iri('foaf', 'name'), literal(input.publisher.name)));
  }
  add(iri('hydra', 'totalItems'), literal(String(input.total), iri('xsd', 'integer')));
  const pageUrl = (n: number) => `${input.url}?page=${n}`;
  const view = namedNode(pageUrl(input.page));
  add(iri('hydra', 'view'), view);
  out.push(quad(view, A, iri('hydra', 'PartialCollectionView')));
  out.push(quad(view, iri('hydra', 'first'), namedNode(pageUrl(1))));
  out.push(quad(view, iri('hydra', 'last'), namedNode(pageUrl(input.pageCount))));
  if (input.page < input.pageCount) {
    out.push(quad(view, iri('hydra', 'next'), namedNode(pageUrl(input.page + 1))));
  }
  if (input.page > 1) {
    out.push(quad(view, iri('hydra', 'previous'), namedNode(pageUrl(input.page - 1))));
  }
  for (const ds of input.datasets) {
    add(iri('dcat', 'dataset'), datasetQuads(out, ds, input.homepage, input.now));
  }
  return out;
}

/** The page in Turtle (prefixed names where a prefix applies). */
export function toTurtle(quads: Quad[]): string {
  return writeTurtle(quads, { ...PREFIXES });
}

/** The page in JSON-LD, context inline (harvesters must not fetch a remote context). */
export function toJsonLd(quads: Quad[]): string {
  const { rdf: _rdf, ...context } = PREFIXES;
  return writeJsonLd(quads, context);
}
