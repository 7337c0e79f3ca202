import { ALL_SCOPE } from './catalog-build.js';
import type { CatalogDataset, CatalogDistribution } from './catalog.types.js';
import {
  JsonLdWriter,
  TurtleWriter,
  fixedIri,
  type GraphWriter,
  type Vocab,
} from './catalog-serialize.js';
import {
  EU_FREQUENCY,
  FREQUENCIES,
  KIND_DEFAULTS,
  type FrequencyId,
} from './catalog-vocabulary.js';
import {
  dcat,
  dct,
  EU_LANGUAGE_FRA,
  FILE_TYPE_IRIS,
  FILE_TYPES,
  foaf,
  hydra,
  mediaTypeIri,
  organizationIri,
  platformIri,
  PREFIXES,
  spdx,
  vcard,
  xsd,
  XSD_DATE,
  XSD_DATETIME,
} from './catalog-terms.js';

/** One page of a catalogue: its datasets, where it lives and how it is paged. */
export interface CatalogPageInput {
  /** The catalogue's URL as harvesters are given it (`…/catalog.ttl`). */
  url: string;
  title: string;
  description: string;
  homepage: string;
  /** The organisation publishing a per-organisation catalogue; none for the platform's. */
  publisher: { iri: string; name: string; siren: string } | null;
  datasets: CatalogDataset[];
  total: number;
  page: number;
  pageCount: number;
  /** "Now": a modification date is never later (harvesters drop future dates). */
  now: Date;
}

/** ISO texts of the dates of one page (most files of a page share a few instants). */
class Dates {
  private readonly iso = new Map<number, string>();
  constructor(private readonly now: Date) {}

  /** A date as xsd:dateTime text, never in the future (harvesters drop future dates). */
  dateTime(d: Date): string {
    const t = Math.min(d.getTime(), this.now.getTime());
    let text = this.iso.get(t);
    if (text === undefined) {
      text = new Date(t).toISOString();
      if (this.iso.size < 10_000) {
        this.iso.set(t, text);
      }
    }
    return text;
  }
}

const dateOnly = (d: Date) => d.toISOString().slice(0, 10);

/** The IRI of a dataset and the base of its distributions' IRIs. */
function datasetIris(ds: CatalogDataset) {
  const base = ds.landingPage.split('#')[0]!;
  return { base, iri: `${base}#${KIND_DEFAULTS[ds.kind].slug}` };
}

function writeDistribution(
  w: GraphWriter,
  ds: CatalogDataset,
  license: Vocab,
  d: CatalogDistribution,
  iri: string,
  dates: Dates,
) {
  w.node(iri);
  w.a(dcat('Distribution'));
  w.text(dct('identifier'), d.id);
  w.text(dct('title'), d.title);
  const schemaText = d.schema ? ` (schéma ${d.schema.name} ${d.schema.version})` : '';
  w.text(
    dct('description'),
    `${ds.title}, année ${d.year}, format ${FILE_TYPES[d.format]}${schemaText}.`,
    true,
  );
  w.ref(dcat('downloadURL'), d.downloadUrl);
  w.ref(dcat('accessURL'), d.downloadUrl);
  w.term(dct('format'), FILE_TYPE_IRIS[d.format]);
  w.term(dcat('mediaType'), mediaTypeIri(d.mediaType));
  if (d.size > 0) {
    w.typed(dcat('byteSize'), String(d.size), xsd('nonNegativeInteger'));
  }
  if (d.schema) {
    w.term(dct('conformsTo'), fixedIri(d.schema.url));
  }
  w.term(dct('license'), license);
  if (d.modifiedAt) {
    w.typed(dct('modified'), dates.dateTime(d.modifiedAt), XSD_DATETIME);
  }
  if (d.sha256) {
    w.begin(spdx('checksum'));
    w.a(spdx('Checksum'));
    w.term(spdx('algorithm'), spdx('checksumAlgorithm_sha256'));
    w.text(spdx('checksumValue'), d.sha256);
    w.end();
  }
  w.close();
}

/** A publisher: an organisation, or the platform for the files of every organisation. */
function writePublisher(w: GraphWriter, iri: string, name: string, siren: string | null) {
  w.node(iri);
  w.a(foaf('Organization'));
  w.text(foaf('name'), name);
  if (siren) {
    w.text(dct('identifier'), siren);
  }
  w.close();
}

function writeDataset(
  w: GraphWriter,
  ds: CatalogDataset,
  homepage: string,
  dates: Dates,
  publishers: Set<string>,
) {
  const { base, iri } = datasetIris(ds);
  w.node(iri);
  w.a(dcat('Dataset'));
  w.text(dct('identifier'), ds.id);
  w.text(dct('title'), ds.title, true);
  w.text(dct('description'), ds.description, true);
  for (const k of ds.keywords) {
    w.text(dcat('keyword'), k, true);
  }
  const license = fixedIri(ds.license.url);
  w.term(dct('license'), license);
  w.term(dct('language'), EU_LANGUAGE_FRA);
  const freq = FREQUENCIES[ds.frequency as FrequencyId] ?? FREQUENCIES.unknown;
  w.term(dct('accrualPeriodicity'), fixedIri(EU_FREQUENCY + freq));
  if (ds.temporal) {
    w.begin(dct('temporal'));
    w.a(dct('PeriodOfTime'));
    w.typed(dcat('startDate'), dateOnly(ds.temporal.start), XSD_DATE);
    w.typed(dcat('endDate'), dateOnly(ds.temporal.end), XSD_DATE);
    w.end();
  }
  if (ds.spatialInsee) {
    w.begin(dct('spatial'));
    w.a(dct('Location'));
    w.text(dct('identifier'), `COG:${ds.spatialInsee}`);
    w.end();
  }
  if (ds.modifiedAt) {
    w.typed(dct('modified'), dates.dateTime(ds.modifiedAt), XSD_DATETIME);
  }
  w.ref(dcat('landingPage'), ds.landingPage);
  const platform = ds.siren === ALL_SCOPE;
  const publisher = platform ? platformIri(homepage) : organizationIri(homepage, ds.siren);
  w.ref(dct('publisher'), publisher);
  w.begin(dcat('contactPoint'));
  w.a(vcard('Kind'));
  w.text(vcard('fn'), ds.organizationName);
  w.ref(vcard('hasURL'), ds.landingPage);
  w.end();
  // The dataset's schema when its files follow one (a spreadsheet beside a CSV follows none).
  let schema: string | null | undefined;
  for (const d of ds.distributions) {
    if (d.schema && schema !== d.schema.url) {
      schema = schema === undefined ? d.schema.url : null;
    }
  }
  if (schema) {
    w.term(dct('conformsTo'), fixedIri(schema));
  }
  const iris = ds.distributions.map((d) => `${base}#${d.id}`);
  for (const d of iris) {
    w.ref(dcat('distribution'), d);
  }
  w.close();
  // One description of each publisher per page (its datasets all point to it).
  if (!publishers.has(publisher)) {
    publishers.add(publisher);
    writePublisher(w, publisher, ds.organizationName, platform ? null : ds.siren);
  }
  ds.distributions.forEach((d, i) => writeDistribution(w, ds, license, d, iris[i]!, dates));
}

/** One catalogue page (DCAT-AP, Hydra paging as udata's harvester follows it), node by node. */
export function writeCatalog(input: CatalogPageInput, w: GraphWriter): void {
  const { url, page, pageCount } = input;
  w.node(url);
  w.a(dcat('Catalog'));
  w.a(hydra('Collection'));
  w.text(dct('title'), input.title, true);
  w.text(dct('description'), input.description, true);
  w.term(dct('language'), EU_LANGUAGE_FRA);
  w.ref(foaf('homepage'), input.homepage);
  if (input.publisher) {
    w.ref(dct('publisher'), input.publisher.iri);
  }
  w.typed(hydra('totalItems'), String(input.total), xsd('integer'));
  const pageUrl = (n: number) => `${url}?page=${n}`;
  w.ref(hydra('view'), pageUrl(page));
  for (const ds of input.datasets) {
    w.ref(dcat('dataset'), datasetIris(ds).iri);
  }
  w.close();
  w.node(pageUrl(page));
  w.a(hydra('PartialCollectionView'));
  w.ref(hydra('first'), pageUrl(1));
  w.ref(hydra('last'), pageUrl(pageCount));
  if (page < pageCount) {
    w.ref(hydra('next'), pageUrl(page + 1));
  }
  if (page > 1) {
    w.ref(hydra('previous'), pageUrl(page - 1));
  }
  w.close();
  const publishers = new Set<string>();
  if (input.publisher) {
    publishers.add(input.publisher.iri);
    writePublisher(w, input.publisher.iri, input.publisher.name, input.publisher.siren);
  }
  const dates = new Dates(input.now);
  for (const ds of input.datasets) {
    writeDataset(w, ds, input.homepage, dates, publishers);
  }
  w.finish();
}

/** The serialisations a catalogue is served in. */
export type CatalogFormat = 'ttl' | 'jsonld';

/** A writer of one format handing its text over in pieces. */
export function catalogWriter(format: CatalogFormat, emit: (chunk: string) => void): GraphWriter {
  if (format === 'ttl') {
    return new TurtleWriter({ ...PREFIXES }, emit);
  }
  // The context inline (harvesters must not fetch a remote context); rdf:type is `@type`.
  const { rdf: _rdf, ...context } = PREFIXES;
  return new JsonLdWriter(context, emit);
}

/** One catalogue page as text (tests and small catalogues; the routes stream the pieces). */
export function catalogText(input: CatalogPageInput, format: CatalogFormat): string {
  const chunks: string[] = [];
  writeCatalog(
    input,
    catalogWriter(format, (c) => chunks.push(c)),
  );
  return chunks.join('');
}
