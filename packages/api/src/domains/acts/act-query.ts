import type { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { ActNature } from './act.enums.js';
import type { Act } from './act.entity.js';
import { ActOrderField, SortDirection, type ActOrder, type ActsFilter } from './act.inputs.js';

/**
 * The text is a bound parameter (no injection); `%` and `_` typed by a user stay wildcards,
 * since SQLite's LIKE has no default escape character.
 */
function likeValue(text: string): string {
  return text;
}

/**
 * Staff filter → MikroORM query, always inside the viewer's organisations and hr rights. The
 * list's plain SQL path (act-list-sql.ts) states the same rules: change both (its spec compares
 * them on every filter).
 */
export function staffActsQuery(
  filter: ActsFilter | undefined,
  readable: 'all' | string[],
  hr: 'all' | string[],
): FilterQuery<Act> {
  const and: FilterQuery<Act>[] = [{ deletedAt: null }];
  if (readable !== 'all') {
    and.push({ organization: { $in: readable } });
  }
  if (hr !== 'all') {
    and.push({ $or: [{ nature: { $ne: ActNature.INDIVIDUAL } }, { organization: { $in: hr } }] });
  }
  const f = filter ?? {};
  if (f.siren) {
    and.push({ organization: { siren: f.siren } });
  }
  if (f.status) {
    and.push({ status: f.status });
  }
  if (f.natures?.length) {
    and.push({ nature: { $in: f.natures } });
  }
  if (f.hidden != null) {
    and.push({ hidden: f.hidden });
  }
  if (f.dateFrom) {
    and.push({ date: { $gte: f.dateFrom } });
  }
  if (f.dateTo) {
    and.push({ date: { $lte: f.dateTo } });
  }
  if (f.publishedFrom) {
    and.push({ publishedAt: { $gte: new Date(`${f.publishedFrom}T00:00:00Z`) } });
  }
  if (f.publishedTo) {
    and.push({ publishedAt: { $lte: new Date(`${f.publishedTo}T23:59:59.999Z`) } });
  }
  if (f.classification) {
    const c = f.classification.replace(/\.$/, '');
    and.push({
      $or: [{ classificationCode: c }, { classificationCode: { $like: `${likeValue(c)}.%` } }],
    });
  }
  const text = f.text?.trim();
  if (text) {
    const like = `%${likeValue(text)}%`;
    and.push({ $or: [{ subject: { $like: like } }, { number: { $like: like } }] });
  }
  return { $and: and };
}

const ORDER_FIELDS: Record<ActOrderField, keyof Act> = {
  DATE: 'date',
  PUBLISHED_AT: 'publishedAt',
  NUMBER: 'number',
  SUBJECT: 'subject',
  NATURE: 'nature',
  STATUS: 'status',
  CREATED_AT: 'createdAt',
};

export function staffActsOrder(order: ActOrder | undefined): QueryOrderMap<Act>[] {
  const field = ORDER_FIELDS[order?.field ?? ActOrderField.DATE];
  const dir = (order?.direction ?? SortDirection.DESC) === SortDirection.ASC ? 'asc' : 'desc';
  return [{ [field]: dir } as QueryOrderMap<Act>, { createdAt: dir }, { id: 'asc' }];
}
