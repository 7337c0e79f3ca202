import type { EntityManager } from '@mikro-orm/core';
import { InvalidInputError } from '../../core/errors.js';
import type { AccessService } from '../../identity/auth/access.js';
import { type ActNature, ActStatus } from '../acts/act.enums.js';
import { publicActSql } from '../acts/act-visibility.js';
import { BudgetImportStatus } from '../budgets/budget.enums.js';
import {
  ActCounts,
  type MonthCounts,
  type NatureCounts,
  type OrganizationCounts,
  type PublicationStats,
  type PublicationStatsArgs,
} from './publication-stats.types.js';

type Row = Record<string, unknown>;

/** Adds a (status, n) row to counts. */
function add(c: ActCounts, status: unknown, n: unknown): void {
  const k = Number(n ?? 0);
  c.received += k;
  if (status === ActStatus.PUBLISHED) {
    c.published += k;
  } else if (status === ActStatus.NOT_PUBLISHED) {
    c.notPublished += k;
  } else if (status === ActStatus.TO_DECIDE || status === ActStatus.PROCESSING) {
    c.pending += k;
  }
}

/** Groups rows by `key` into counts (insertion order kept). */
function fold<T extends ActCounts>(rows: Row[], key: string, make: (k: string) => T): T[] {
  const out = new Map<string, T>();
  for (const r of rows) {
    const k = String(r[key]);
    const c = out.get(k) ?? make(k);
    out.set(k, c);
    add(c, r.status, r.n);
  }
  return [...out.values()];
}

const day = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : null);

/**
 * Publication statistics: counts only (never a subject or an identifier), by GROUP BY queries.
 * Public: organisations whose open data is on. Their staff (and platform administrators) also
 * count their organisations whose open data is off. Deleted and hidden acts are never counted.
 * The period and the months are those of the act's date.
 */
export class PublicationStatsService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: AccessService,
  ) {}

  async stats(args: PublicationStatsArgs): Promise<PublicationStats> {
    const siren = args.siren?.trim() || null;
    if (siren && !/^\d{9}$/.test(siren)) {
      throw new InvalidInputError('stats/invalid_siren', 'SIREN invalide : 9 chiffres attendus.');
    }
    const scope = await this.scope(siren, day(args.from), day(args.to));
    const conn = this.em.getConnection();
    const acts = (group: string, cols: string) =>
      conn.execute(
        `select ${cols}, a.status as status, count(*) as n from acts a
          join organizations o on o.id = a.organization_id
          where a.deleted_at is null and a.hidden = 0 and ${scope.sql}
          group by ${group}, a.status order by ${group}`,
        scope.params,
      ) as Promise<Row[]>;
    const pub = publicActSql('a', 'o');
    const [byNature, byMonth, byOrg, budgets, contracts] = await Promise.all([
      acts('a.nature', 'a.nature as k'),
      acts('substr(a.date, 1, 7)', 'substr(a.date, 1, 7) as k'),
      siren
        ? Promise.resolve([] as Row[])
        : acts('o.siren, o.name', 'o.siren as k, o.name as name'),
      conn.execute(
        `select count(*) as n from budget_documents b join acts a on a.id = b.act_id
          join organizations o on o.id = a.organization_id
          where b.status = ? and ${pub.sql} and ${scope.sql}`,
        [BudgetImportStatus.IMPORTED, ...pub.params, ...scope.params],
      ) as Promise<Row[]>,
      conn.execute(
        `select count(*) as n from contracts c join organizations o on o.id = c.organization_id
          where o.open_data_active = 1 and ${scope.sql.replaceAll('a.date', 'c.published_on')}`,
        scope.params,
      ) as Promise<Row[]>,
    ]);
    const total = new ActCounts();
    byNature.forEach((r) => add(total, r.status, r.n));
    const names = new Map(byOrg.map((r) => [String(r.k), String(r.name)]));
    return {
      siren,
      acts: total,
      byNature: fold(byNature, 'k', (k) =>
        Object.assign(new ActCounts(), { nature: k as ActNature }),
      ) as NatureCounts[],
      byMonth: fold(byMonth, 'k', (k) =>
        Object.assign(new ActCounts(), { month: k }),
      ) as MonthCounts[],
      budgetDocuments: Number(budgets[0]?.n ?? 0),
      contracts: Number(contracts[0]?.n ?? 0),
      organizations: fold(byOrg, 'k', (k) =>
        Object.assign(new ActCounts(), { siren: k, name: names.get(k) ?? k }),
      ) as OrganizationCounts[],
    };
  }

  /** The organisations counted and the period, as SQL on `o` (organisations) and `a.date`. */
  private async scope(siren: string | null, from: string | null, to: string | null) {
    const parts: string[] = [];
    const params: unknown[] = [];
    const readable = await this.readable();
    if (readable !== 'all') {
      const marks = readable.map(() => '?').join(',');
      parts.push(
        readable.length
          ? `(o.open_data_active = 1 or o.id in (${marks}))`
          : 'o.open_data_active = 1',
      );
      params.push(...readable);
    }
    if (siren) {
      parts.push('o.siren = ?');
      params.push(siren);
    }
    if (from) {
      parts.push('a.date >= ?');
      params.push(from);
    }
    if (to) {
      parts.push('a.date <= ?');
      params.push(to);
    }
    return { sql: parts.length ? parts.join(' and ') : '1 = 1', params };
  }

  private async readable(): Promise<'all' | string[]> {
    try {
      return await this.access.readableOrgIds();
    } catch {
      return []; // anonymous, or a public-only API key: the public scope
    }
  }
}
