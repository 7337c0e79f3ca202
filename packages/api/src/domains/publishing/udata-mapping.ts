import type { CatalogDataset, CatalogDistribution } from '../catalog/catalog.types.js';
import type {
  UdataDataset,
  UdataDatasetBody,
  UdataResource,
  UdataResourceBody,
} from '../../infra/udata/udata-types.js';

/** Our key in a remote dataset's or resource's `extras`: finds them again after a lost state. */
export const EXTRAS_KEY = 'opendata:id';

/** Licence ids the catalogue may use for udata's ids (datagouv.md §1.4). */
const LICENSE_ALIASES: Record<string, string> = {
  'etalab-2.0': 'lov2',
  'lo-2.0': 'lov2',
  'licence-ouverte-2.0': 'lov2',
  'etalab-1.0': 'fr-lo',
  odbl: 'odc-odbl',
};

/**
 * Versions udata's schema catalogue knows when ours is newer (DECP 2.0.3 is not listed; our
 * files also pass 2.0.2, the latest listed: datagouv.md §1.6).
 */
const SCHEMA_VERSION_FALLBACK: Record<string, { known: string[]; use: string }> = {
  '139bercy/format-commande-publique': {
    known: ['1.3.0', '1.4.0', '1.5.0', '2.0.0', '2.0.1', '2.0.2'],
    use: '2.0.2',
  },
};

/** udata's tag rule: slugified, 3 to 96 characters, no duplicates. */
export function udataTags(keywords: string[]): string[] {
  const tags = keywords
    .map((k) =>
      k
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter((t) => t.length >= 3 && t.length <= 96);
  return [...new Set(tags)].sort();
}

function day(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function datasetBody(d: CatalogDataset): UdataDatasetBody {
  return {
    title: d.title.slice(0, 350),
    description: d.description,
    license: LICENSE_ALIASES[d.license.id] ?? d.license.id,
    frequency: d.frequency,
    tags: udataTags(d.keywords),
    spatial: d.spatialInsee
      ? { zones: [`fr:commune:${d.spatialInsee}`], granularity: 'fr:commune' }
      : null,
    temporal_coverage: d.temporal
      ? { start: day(d.temporal.start), end: day(d.temporal.end) }
      : null,
    // Always explicit: older udata versions made a draft public on a PUT without it.
    private: false,
    extras: { [EXTRAS_KEY]: d.id },
  };
}

/** True when the remote dataset already carries every field we own. */
export function datasetUpToDate(remote: UdataDataset, body: UdataDatasetBody): boolean {
  const zones = remote.spatial?.zones ?? [];
  const t = remote.temporal_coverage;
  return (
    remote.title === body.title &&
    remote.description === body.description &&
    remote.license === body.license &&
    remote.frequency === body.frequency &&
    JSON.stringify([...(remote.tags ?? [])].sort()) === JSON.stringify(body.tags) &&
    JSON.stringify(zones) === JSON.stringify(body.spatial?.zones ?? []) &&
    (body.spatial === null || remote.spatial?.granularity === body.spatial.granularity) &&
    (t?.start ?? null)?.slice(0, 10) === (body.temporal_coverage?.start ?? null) &&
    (t?.end ?? null)?.slice(0, 10) === (body.temporal_coverage?.end ?? null) &&
    remote.private === false &&
    remote.extras?.[EXTRAS_KEY] === body.extras[EXTRAS_KEY]
  );
}

/** The name the file is uploaded under (udata stores it slugified, keeps the extension). */
export function uploadName(d: CatalogDataset, dist: CatalogDistribution): string {
  const ext = `.${dist.format}`;
  if (dist.title.toLowerCase().endsWith(ext)) {
    return dist.title;
  }
  return `${d.kind.toLowerCase().replace(/_/g, '-')}-${d.siren}-${dist.year}${ext}`;
}

export function resourceBody(
  d: CatalogDataset,
  dist: CatalogDistribution,
  withVersion = true,
): UdataResourceBody {
  let schema: UdataResourceBody['schema'] = null;
  if (dist.schema) {
    const fallback = SCHEMA_VERSION_FALLBACK[dist.schema.name];
    const version =
      fallback && !fallback.known.includes(dist.schema.version)
        ? fallback.use
        : dist.schema.version;
    schema = withVersion ? { name: dist.schema.name, version } : { name: dist.schema.name };
  }
  const conformity = dist.schema
    ? ` Conforme au schéma ${dist.schema.name} ${dist.schema.version}.`
    : '';
  return {
    title: uploadName(d, dist),
    description: `${d.title} : fichier ${dist.format.toUpperCase()} de l’année ${dist.year}.${conformity} Adresse stable : ${dist.downloadUrl}`,
    type: 'main',
    schema,
    extras: { [EXTRAS_KEY]: dist.id },
  };
}

export function resourceUpToDate(remote: UdataResource, body: UdataResourceBody): boolean {
  return (
    remote.title === body.title &&
    (remote.description ?? '') === body.description &&
    remote.type === body.type &&
    (remote.schema?.name ?? null) === (body.schema?.name ?? null) &&
    (body.schema?.version === undefined ||
      (remote.schema?.version ?? null) === body.schema.version) &&
    remote.extras?.[EXTRAS_KEY] === body.extras[EXTRAS_KEY]
  );
}
