import { createHash } from 'node:crypto';
import type { CatalogDataset, CatalogDistribution } from '../catalog/catalog.types.js';
import { UdataError } from '../../infra/udata/udata-client.js';
import type { UdataDataset, UdataResource } from '../../infra/udata/udata-types.js';
import { RemoteDatasetAction, RemoteResourceAction } from './publishing.enums.js';
import { udataMessage } from './push-errors.js';
import type { DatasetPushResult, ResourcePushResult } from './push-results.js';
import { RemoteDataset, type RemoteFile } from './remote-dataset.entity.js';
import type { PushTarget } from './push-target.js';

export type { PushTarget } from './push-target.js';
import { ours, removeStaleResources, uploadOnce } from './push-resources.js';
import {
  datasetBody,
  datasetUpToDate,
  resourceBody,
  resourceUpToDate,
  uploadName,
} from './udata-mapping.js';

const sha1 = (b: Uint8Array) => createHash('sha1').update(b).digest('hex');

/**
 * The idempotent push recipe (datagouv.md §1.10) for one organisation's datasets: each dataset
 * found by its stored id (created again when deleted remotely), else by our extras key, else
 * created; each yearly file replaced in place only when its bytes changed; metadata written only
 * when it differs; our resources no longer published removed last. Ids are stored as soon as
 * the remote holds them, so a push cut short is resumed, never duplicated. An auth failure (401)
 * stops everything and is thrown; any other failure is recorded on its dataset or file.
 */
export class PushEngine {
  private orgDatasets: UdataDataset[] | null = null;

  constructor(private readonly t: PushTarget) {}

  async pushAll(datasets: CatalogDataset[]): Promise<DatasetPushResult[]> {
    const total = datasets.reduce((n, d) => n + d.distributions.length, 0) || 1;
    let done = 0;
    const results: DatasetPushResult[] = [];
    for (const d of datasets) {
      results.push(await this.pushDataset(d));
      done += d.distributions.length;
      await this.t.onProgress?.(done, total, d.title);
    }
    return results;
  }

  private async pushDataset(d: CatalogDataset): Promise<DatasetPushResult> {
    const result: DatasetPushResult = {
      catalogId: d.id,
      kind: d.kind,
      title: d.title,
      remoteId: null,
      remotePage: null,
      action: RemoteDatasetAction.UNCHANGED,
      error: null,
      resources: [],
    };
    try {
      const found = await this.remoteDataset(d);
      if (!found) {
        result.action = RemoteDatasetAction.SKIPPED;
        return result;
      }
      const { row, remote } = found;
      result.action = found.action;
      result.remoteId = row.remoteId;
      result.remotePage = row.remotePage ?? null;
      const body = datasetBody(d);
      if (!datasetUpToDate(remote, body)) {
        await this.t.client.updateDataset(row.remoteId, body);
        if (result.action === RemoteDatasetAction.UNCHANGED) {
          result.action = RemoteDatasetAction.UPDATED;
        }
      }
      result.resources = await this.pushResources(d, row, remote.resources ?? []);
      if (result.resources.some((r) => r.action === RemoteResourceAction.FAILED)) {
        result.error = 'Certains fichiers n’ont pas pu être publiés.';
      }
    } catch (err) {
      if (err instanceof UdataError && err.kind === 'auth') {
        throw err;
      }
      result.action = RemoteDatasetAction.FAILED;
      result.error = udataMessage(err, this.t.apiUrl);
    }
    return result;
  }

  /** The remote dataset for `d` (stored, found by extras, or created); null: nothing to push. */
  private async remoteDataset(
    d: CatalogDataset,
  ): Promise<{ row: RemoteDataset; remote: UdataDataset; action: RemoteDatasetAction } | null> {
    const { em, apiUrl, organization } = this.t;
    let row = await em.findOne(RemoteDataset, { apiUrl, catalogId: d.id });
    let action = RemoteDatasetAction.UNCHANGED;
    if (row) {
      const remote = await this.alive(row.remoteId);
      if (remote) {
        return { row, remote, action };
      }
      action = RemoteDatasetAction.RECREATED;
    }
    if (!row && d.distributions.length === 0) {
      return null;
    }
    let remote =
      action === RemoteDatasetAction.RECREATED ? undefined : await this.findByExtras(d.id);
    if (!remote) {
      remote = await this.createDataset(d);
      action = action === RemoteDatasetAction.RECREATED ? action : RemoteDatasetAction.CREATED;
    }
    if (!row) {
      row = em.create(RemoteDataset, {
        organization,
        apiUrl,
        catalogId: d.id,
        remoteId: remote.id,
      });
    }
    row.remoteId = remote.id;
    row.remotePage = remote.page ?? null;
    if (action === RemoteDatasetAction.RECREATED) {
      row.files = {};
    }
    await em.flush();
    return { row, remote, action };
  }

  /** The dataset if it still lives remotely (404, 410 or `deleted` set: gone). */
  private async alive(id: string): Promise<UdataDataset | null> {
    try {
      const remote = await this.t.client.dataset(id);
      return remote.deleted ? null : remote;
    } catch (err) {
      if (err instanceof UdataError && (err.kind === 'not_found' || err.kind === 'gone')) {
        return null;
      }
      throw err;
    }
  }

  private async findByExtras(catalogId: string, fresh = false): Promise<UdataDataset | undefined> {
    if (fresh || !this.orgDatasets) {
      this.orgDatasets = await this.t.client.organizationDatasets(this.t.remoteOrgId);
    }
    const hit = this.orgDatasets.find((x) => ours(x) === catalogId && !x.deleted);
    // The listing may trim resources: read the dataset itself.
    return hit ? ((await this.alive(hit.id)) ?? undefined) : undefined;
  }

  private async createDataset(d: CatalogDataset): Promise<UdataDataset> {
    const body = { ...datasetBody(d), organization: this.t.remoteOrgId };
    try {
      return await this.t.client.createDataset(body);
    } catch (err) {
      if (!(err instanceof UdataError && err.ambiguous)) {
        throw err;
      }
      // The answer was lost: the remote may hold it already.
      const made = await this.findByExtras(d.id, true);
      return made ?? (await this.t.client.createDataset(body));
    }
  }

  private async pushResources(
    d: CatalogDataset,
    row: RemoteDataset,
    remoteList: UdataResource[],
  ): Promise<ResourcePushResult[]> {
    const remotes = new Map(remoteList.map((r) => [r.id, r]));
    const results: ResourcePushResult[] = [];
    const kept = new Set<string>();
    const sorted = [...d.distributions].sort(
      (a, b) => a.year - b.year || a.format.localeCompare(b.format),
    );
    for (const dist of sorted) {
      const r = await this.pushFile(d, dist, row, remotes, kept);
      results.push(r);
      if (r.remoteId) {
        kept.add(r.remoteId);
      }
    }
    // Removed last, so a failure above never leaves the dataset with fewer files than before.
    results.push(...(await removeStaleResources(this.t, d, row, remotes, kept)));
    return results;
  }

  private async pushFile(
    d: CatalogDataset,
    dist: CatalogDistribution,
    row: RemoteDataset,
    remotes: Map<string, UdataResource>,
    kept: Set<string>,
  ): Promise<ResourcePushResult> {
    const result: ResourcePushResult = {
      distributionId: dist.id,
      title: dist.title,
      year: dist.year,
      format: dist.format,
      remoteId: null,
      action: RemoteResourceAction.UNCHANGED,
      error: null,
    };
    const { client, em } = this.t;
    try {
      const stored: RemoteFile | undefined = row.files[dist.id];
      let remote =
        (stored && remotes.get(stored.rid)) ||
        [...remotes.values()].find((r) => ours(r) === dist.id && !kept.has(r.id));
      // Known before any change: a failure below keeps this resource (never removed as stale).
      result.remoteId = remote?.id ?? null;
      let sum = stored?.sha1 ?? null;
      let replaced = false;
      const sameBytes =
        !!remote &&
        !!stored?.sha256 &&
        stored.sha256 === dist.sha256 &&
        stored.rid === remote.id &&
        (remote.checksum?.value ?? null) === stored.sha1;
      if (!sameBytes) {
        const bytes = await this.t.files.read(dist);
        sum = sha1(bytes);
        const file = { name: uploadName(d, dist), bytes, mediaType: dist.mediaType };
        if (remote && remote.checksum?.value !== sum) {
          remote = await client.replaceResourceFile(row.remoteId, remote.id, file);
          result.action = RemoteResourceAction.REPLACED;
          replaced = true;
        } else if (!remote) {
          remote = await uploadOnce(this.t, row.remoteId, file, sum, kept);
          result.action = RemoteResourceAction.CREATED;
        }
      }
      if (!remote) {
        throw new Error('resource missing');
      }
      result.remoteId = remote.id;
      row.files = {
        ...row.files,
        [dist.id]: { rid: remote.id, sha256: dist.sha256, sha1: remote.checksum?.value ?? sum },
      };
      await em.flush();
      const body = resourceBody(d, dist);
      if (replaced || !resourceUpToDate(remote, body)) {
        await this.describe(row.remoteId, remote.id, body, d, dist);
        if (result.action === RemoteResourceAction.UNCHANGED) {
          result.action = RemoteResourceAction.UPDATED;
        }
      }
    } catch (err) {
      if (err instanceof UdataError && err.kind === 'auth') {
        throw err;
      }
      result.action = RemoteResourceAction.FAILED;
      result.error =
        err instanceof UdataError
          ? udataMessage(err, this.t.apiUrl)
          : `Fichier illisible : ${(err as Error).message}`;
    }
    return result;
  }

  /** Writes a resource's metadata; a schema version the remote refuses is sent without it. */
  private async describe(
    datasetId: string,
    rid: string,
    body: ReturnType<typeof resourceBody>,
    d: CatalogDataset,
    dist: CatalogDistribution,
  ): Promise<void> {
    try {
      await this.t.client.updateResource(datasetId, rid, body);
    } catch (err) {
      if (err instanceof UdataError && err.kind === 'invalid' && /schema/i.test(err.detail)) {
        await this.t.client.updateResource(datasetId, rid, resourceBody(d, dist, false));
        return;
      }
      throw err;
    }
  }
}
