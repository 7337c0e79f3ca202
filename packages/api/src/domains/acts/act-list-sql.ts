import type { EntityData, EntityManager } from '@mikro-orm/core';
import { ActNature } from './act.enums.js';
import { Act } from './act.entity.js';
import { selectRows } from '../../infra/db/statement-cache.js';
import { ActOrderField, SortDirection, type ActOrder, type ActsFilter } from './act.inputs.js';

/**
 * The staff acts list in two plain SQL statements (count + page) instead of MikroORM's query
 * builder, which cost four times the SQL itself on a 20-row page. Same rules as staffActsQuery
 * (act-query.ts), kept side by side and checked against it by act-list-sql.db.spec.ts: never a
 * deleted act, only the viewer's organisations, individual acts only where the viewer holds the
 * hr right. Every value is a bound parameter. Filters it does not cover go through the ORM.
 */
export function leanListable(filter: ActsFilter | undefined): boolean {
  return !filter?.text?.trim() && !filter?.publishedFrom && !filter?.publishedTo;
}

const ORDER_COLUMNS: Record<ActOrderField, string> = {
  DATE: 'a.date',
  PUBLISHED_AT: 'a.published_at',
  NUMBER: 'a.number',
  SUBJECT: 'a.subject',
  NATURE: 'a.nature',
  STATUS: 'a.status',
  CREATED_AT: 'a.created_at',
};

function inList(column: string, values: string[], params: unknown[]): string {
  if (values.length === 0) {
    return '1 = 0';
  }
  params.push(...values);
  return `${column} in (${values.map(() => '?').join(', ')})`;
}

export interface ActListSql {
  count: string;
  page: string;
  params: (string | number)[];
}

/** The two statements of a page; `params` serve both (the page adds limit and offset). */
export function staffActsSql(
  filter: ActsFilter | undefined,
  readable: 'all' | string[],
  hr: 'all' | string[],
  order: ActOrder | undefined,
): ActListSql {
  const where = ['a.deleted_at is null'];
  const params: (string | number)[] = [];
  let from = 'acts a';
  if (readable !== 'all') {
    where.push(inList('a.organization_id', readable, params));
  }
  if (hr !== 'all') {
    params.push(ActNature.INDIVIDUAL);
    where.push(`(a.nature <> ? or ${inList('a.organization_id', hr, params)})`);
  }
  const f = filter ?? {};
  if (f.siren) {
    from += ' join organizations o on o.id = a.organization_id';
    where.push('o.siren = ?');
    params.push(f.siren);
  }
  if (f.status) {
    where.push('a.status = ?');
    params.push(f.status);
  }
  if (f.natures?.length) {
    where.push(inList('a.nature', f.natures, params));
  }
  if (f.hidden != null) {
    where.push('a.hidden = ?');
    params.push(f.hidden ? 1 : 0);
  }
  if (f.dateFrom) {
    where.push('a.date >= ?');
    params.push(f.dateFrom);
  }
  if (f.dateTo) {
    where.push('a.date <= ?');
    params.push(f.dateTo);
  }
  if (f.classification) {
    const c = f.classification.replace(/\.$/, '');
    where.push('(a.classification_code = ? or a.classification_code like ?)');
    params.push(c, `${c}.%`);
  }
  const dir = (order?.direction ?? SortDirection.DESC) === SortDirection.ASC ? 'asc' : 'desc';
  const column = ORDER_COLUMNS[order?.field ?? ActOrderField.DATE];
  const body = `from ${from} where ${where.join(' and ')}`;
  return {
    count: `select count(*) as n ${body}`,
    page: `select a.* ${body} order by ${column} ${dir}, a.created_at ${dir}, a.id asc limit ? offset ?`,
    params,
  };
}

/**
 * An act of a lean page: its fields as the ORM reads them (dates, booleans, enums converted),
 * the organisation by id, not yet an entity. GraphQL reads its fields as it reads an entity's;
 * a field that loads a relation first makes it one (`managedAct`).
 */
export type LeanAct = EntityData<Act> & { id: string; organization: string };
/** What the staff list gives: entities (ORM and search paths) or lean rows. */
export type ActNode = Act | LeanAct;

/** The act as an entity of `em` (a lean row is merged once, as `em.map` would have). */
export function managedAct(em: EntityManager, act: ActNode): Act {
  return act instanceof Act ? act : em.merge(Act, act as EntityData<Act>);
}

/** One page of acts (lean rows) and the exact total. */
export async function leanStaffActs(
  em: EntityManager,
  sql: ActListSql,
  window: { offset: number; limit: number },
): Promise<[LeanAct[], number]> {
  const rows = await selectRows(em, sql.page, [...sql.params, window.limit, window.offset]);
  const meta = em.getMetadata().get<Act>(Act.name);
  const driver = em.getDriver();
  const items = rows.map((row) => driver.mapResult(row, meta) as LeanAct);
  // Page shorter than asked and not empty: the total is known without counting.
  if (items.length > 0 && items.length < window.limit) {
    return [items, window.offset + items.length];
  }
  const [count] = await selectRows<{ n: number | bigint | string }>(em, sql.count, sql.params);
  return [items, Number(count?.n ?? 0)];
}
