import type { CatalogDistribution } from './catalog.types.js';
import { fixedIri, vocabulary, type Vocab } from './catalog-serialize.js';
import { EU_FILE_TYPE, IANA_MEDIA_TYPES } from './catalog-vocabulary.js';

/**
 * The RDF terms the DCAT catalogue pages are written with (catalog-rdf.ts): vocabularies,
 * fixed authority IRIs (escaped once per process), and the publishers' IRIs.
 */
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

export const dcat = vocabulary('dcat', PREFIXES.dcat);
export const dct = vocabulary('dct', PREFIXES.dct);
export const foaf = vocabulary('foaf', PREFIXES.foaf);
export const vcard = vocabulary('vcard', PREFIXES.vcard);
export const hydra = vocabulary('hydra', PREFIXES.hydra);
export const spdx = vocabulary('spdx', PREFIXES.spdx);
export const xsd = vocabulary('xsd', PREFIXES.xsd);
export const XSD_DATE = xsd('date');
export const XSD_DATETIME = xsd('dateTime');
export const EU_LANGUAGE_FRA = fixedIri(
  'http://publications.europa.eu/resource/authority/language/FRA',
);

export const FILE_TYPES: Record<CatalogDistribution['format'], string> = {
  csv: 'CSV',
  xlsx: 'XLSX',
  json: 'JSON',
  xml: 'XML',
};

/** The EU file-type authority IRI of each format. */
export const FILE_TYPE_IRIS = Object.fromEntries(
  Object.entries(FILE_TYPES).map(([f, code]) => [f, fixedIri(EU_FILE_TYPE + code)]),
) as Record<CatalogDistribution['format'], Vocab>;

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

const mediaTypeIris = new Map<string, Vocab>();
/** The https IANA IRI of a media type (parameters dropped). */
export function mediaTypeIri(mediaType: string): Vocab {
  let iri = mediaTypeIris.get(mediaType);
  if (iri === undefined) {
    iri = fixedIri(IANA_MEDIA_TYPES + mediaType.split(';')[0]!.trim());
    if (mediaTypeIris.size < 100) {
      mediaTypeIris.set(mediaType, iri);
    }
  }
  return iri;
}
