import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { pageWindow, toConnection, type Connection } from '../../core/page.type.js';
import { requirePlatformAdmin, type Viewer } from '../../core/viewer.js';
import { Organization } from '../../identity/tenants/organization.entity.js';
import { ActStatus } from '../acts/act.enums.js';
import { DatasetStatus } from '../datasets/dataset.enums.js';
import { DepositStatus } from '../deposits/deposit.entity.js';
import type { SireneSyncStatus } from '../sirene/sirene.enums.js';
import type { OrganizationOverview } from './organization-overview.types.js';

export interface OverviewFilter {
  search?: string | null;
  /** Only organisations created from a deposit and not checked yet. */
  needsReview?: boolean | null;
  openDataActive?: boolean | null;
  first?: number | null;
  after?: string | null;
}

type Row = Record<string, unknown>;

/** Every organisation with what the operator watches: decision queue, deposits, failures. */
export class OrganizationOverviewService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
  ) {}

  async list(filter: OverviewFilter): Promise<Connection<OrganizationOverview>> {
    requirePlatformAdmin(this.viewer);
    const { offset, limit } = pageWindow(filter);
    const text = filter.search?.trim();
    const where: FilterQuery<Organization> = {
      ...(filter.needsReview != null ? { needsReview: filter.needsReview } : {}),
      ...(filter.openDataActive != null ? { openDataActive: filter.openDataActive } : {}),
      ...(text
        ? {
            $or: [
              { name: { $like: `%${text}%` } },
              { siren: { $like: `${text.replace(/\D/g, '') || '#'}%` } },
            ],
          }
        : {}),
    };
    // Organisations to check first, then by name.
    const [orgs, total] = await this.em.findAndCount(Organization, where, {
      orderBy: { needsReview: 'desc', name: 'asc', id: 'asc' },
      offset,
      limit,
    });
    const stats = await this.statsOf(orgs);
    return toConnection(
      orgs.map((organization) => ({
        organization,
        pendingActs: Number(stats.pending.get(organization.id)?.n ?? 0),
        oldestPendingSince: toDate(stats.pending.get(organization.id)?.oldest),
        lastDepositAt: toDate(stats.deposits.get(organization.siren)?.last),
        openFailures: Number(stats.deposits.get(organization.siren)?.failures ?? 0),
        invalidFiles: Number(stats.files.get(organization.siren)?.n ?? 0),
        sireneStatus: (stats.sirene.get(organization.id)?.status as SireneSyncStatus) ?? null,
        failedPushes: Number(stats.pushes.get(organization.id)?.n ?? 0),
      })),
      total,
      offset,
    );
  }

  /** A few grouped queries for the page (not one per organisation). */
  private async statsOf(orgs: Organization[]) {
    const conn = this.em.getConnection();
    const ids = orgs.map((o) => o.id);
    const sirens = orgs.map((o) => o.siren);
    const marks = (n: number) => Array.from({ length: n }, () => '?').join(',');
    const pending: Row[] = ids.length
      ? await conn.execute(
          `select organization_id as org, count(*) as n, min(created_at) as oldest from acts
            where organization_id in (${marks(ids.length)}) and status = ? and hidden = 0
              and deleted_at is null group by organization_id`,
          [...ids, ActStatus.TO_DECIDE],
        )
      : [];
    const deposits: Row[] = sirens.length
      ? await conn.execute(
          `select siren, max(created_at) as last,
              sum(case when status = ? and closed_at is null then 1 else 0 end) as failures
            from deposits where siren in (${marks(sirens.length)}) group by siren`,
          [DepositStatus.FAILED, ...sirens],
        )
      : [];
    // Files whose last generation failed validation (the previous valid file is still served).
    const files: Row[] = sirens.length
      ? await conn.execute(
          `select scope, count(*) as n from datasets
            where scope in (${marks(sirens.length)}) and status = ? group by scope`,
          [...sirens, DatasetStatus.INVALID],
        )
      : [];
    const sirene: Row[] = ids.length
      ? await conn.execute(
          `select organization_id as org, status from sirene_syncs
            where organization_id in (${marks(ids.length)})`,
          ids,
        )
      : [];
    // Pushes to data.gouv.fr failed (wholly or partly) since the organisation's last good one.
    const pushes: Row[] = ids.length
      ? await conn.execute(
          `select p.organization_id as org, count(*) as n from datagouv_pushes p
            where p.organization_id in (${marks(ids.length)}) and p.status in ('FAILED', 'PARTIAL')
              and not exists (select 1 from datagouv_pushes s where s.organization_id = p.organization_id
                and s.status = 'SUCCEEDED' and s.created_at > p.created_at)
            group by p.organization_id`,
          ids,
        )
      : [];
    return {
      pushes: new Map(pushes.map((r) => [String(r.org), r])),
      files: new Map(files.map((r) => [String(r.scope), r])),
      sirene: new Map(sirene.map((r) => [String(r.org), r])),
      pending: new Map(pending.map((r) => [String(r.org), r])),
      deposits: new Map(deposits.map((r) => [String(r.siren), r])),
    };
  }
}

function toDate(value: unknown): Date | null {
  if (value === null || value === undefined) {
    return null;
  }
  const d =
    value instanceof Date ? value : new Date(typeof value === 'number' ? value : String(value));
  return Number.isNaN(d.getTime()) ? null : d;
}
