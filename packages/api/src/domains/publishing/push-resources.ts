import type { CatalogDataset } from '../catalog/catalog.types.js';
import { UdataError } from '../../infra/udata/udata-client.js';
import type { UdataResource } from '../../infra/udata/udata-types.js';
import { RemoteResourceAction } from './publishing.enums.js';
import type { PushTarget } from './push-target.js';
import { udataMessage } from './push-errors.js';
import type { ResourcePushResult } from './push-results.js';
import type { RemoteDataset } from './remote-dataset.entity.js';
import { EXTRAS_KEY, uploadName } from './udata-mapping.js';

/** Our catalogue id on a remote resource or dataset (absent: added by people). */
export const ours = (r: { extras?: Record<string, unknown> }) => r.extras?.[EXTRAS_KEY];

/** udata's stored file name for an upload name. */
const slug = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^-+|-+$/g, '');

/**
 * Removes a dataset's resources that are ours and no longer published (run after every file was
 * pushed, so a failure never leaves the dataset with fewer files than before). Resources added
 * by people stay. An auth failure is thrown; any other is recorded on its resource.
 */
export async function removeStaleResources(
  t: PushTarget,
  d: CatalogDataset,
  row: RemoteDataset,
  remotes: Map<string, UdataResource>,
  kept: Set<string>,
): Promise<ResourcePushResult[]> {
  const results: ResourcePushResult[] = [];
  const current = new Set(d.distributions.map((x) => x.id));
  const stale: [string | null, string, string][] = [];
  for (const [distId, f] of Object.entries(row.files)) {
    if (!current.has(distId) && !kept.has(f.rid)) {
      stale.push([distId, f.rid, remotes.get(f.rid)?.title ?? distId]);
    }
  }
  // Ours: carrying our key, or a copy of one of our files left by an upload whose answer was
  // lost (same name, same bytes, not yet described). Resources added by people stay.
  const names = new Set(d.distributions.map((x) => slug(uploadName(d, x))));
  const sums = new Set(Object.values(row.files).map((f) => f.sha1));
  for (const r of remotes.values()) {
    const known = stale.some(([, rid]) => rid === r.id);
    const copy = names.has(slug(r.title)) && sums.has(r.checksum?.value ?? null);
    if ((ours(r) !== undefined || copy) && !kept.has(r.id) && !known) {
      stale.push([null, r.id, r.title]);
    }
  }
  for (const [distId, rid, title] of stale) {
    const res: ResourcePushResult = {
      distributionId: distId ?? String(ours(remotes.get(rid) ?? {}) ?? rid),
      title,
      year: null,
      format: null,
      remoteId: rid,
      action: RemoteResourceAction.DELETED,
      error: null,
    };
    try {
      await t.client.deleteResource(row.remoteId, rid);
      if (distId) {
        const { [distId]: _gone, ...rest } = row.files;
        row.files = rest;
        await t.em.flush();
      }
    } catch (err) {
      if (err instanceof UdataError && err.kind === 'auth') {
        throw err;
      }
      res.action = RemoteResourceAction.FAILED;
      res.error = udataMessage(err, t.apiUrl);
    }
    results.push(res);
  }
  return results;
}

/** Uploads a new file; after a lost answer, adopts the copy the remote may already hold. */
export async function uploadOnce(
  t: PushTarget,
  datasetId: string,
  file: { name: string; bytes: Uint8Array; mediaType: string },
  sum: string,
  kept: Set<string>,
): Promise<UdataResource> {
  try {
    return await t.client.uploadResource(datasetId, file);
  } catch (err) {
    if (!(err instanceof UdataError && err.ambiguous)) {
      throw err;
    }
    const now = await t.client.dataset(datasetId);
    const copy = (now.resources ?? []).find(
      (r) => r.checksum?.value === sum && !kept.has(r.id) && ours(r) === undefined,
    );
    return copy ?? (await t.client.uploadResource(datasetId, file));
  }
}
