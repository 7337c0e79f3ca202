import type { EntityManager } from '@mikro-orm/core';
import { pageWindow, toConnection } from '../../core/page.type.js';
import type { AccessService } from '../../identity/auth/access.js';
import { Organization } from '../../identity/tenants/organization.entity.js';
import type { SearchEngine, SearchFilter } from '../../infra/search/search-engine.js';
import { Act } from './act.entity.js';
import { ActOrderField, SortDirection, type ActOrder, type ActsFilter } from './act.inputs.js';
import { staffAccessOf } from './act-staff-projection.js';
import type { ActPage } from './act.types.js';

const SORTS: Partial<Record<ActOrderField, string>> = {
  [ActOrderField.DATE]: 'date',
  [ActOrderField.PUBLISHED_AT]: 'publishedAt',
  [ActOrderField.CREATED_AT]: 'createdAt',
};

/**
 * The `access` values the caller may find: their organisations, `:hr` where they have hr. When
 * the caller sees a list of organisations, their sirens too: the same acts, but the embedded
 * engine then reads only those organisations' documents (partition ranges) instead of
 * filtering the whole platform's matches.
 */
async function accessFilters(em: EntityManager, access: AccessService): Promise<SearchFilter[]> {
  const readable = await access.readableOrgIds();
  const hr = await access.hrOrgIds();
  if (readable === 'all' && hr === 'all') {
    return [];
  }
  const orgs = await em.find(Organization, readable === 'all' ? {} : { id: { $in: readable } }, {
    fields: ['id', 'siren'],
  });
  const values = orgs.flatMap((o) =>
    hr === 'all' || hr.includes(o.id) ? [o.siren, staffAccessOf(o.siren, 'INDIVIDUAL')] : [o.siren],
  );
  const scope: SearchFilter = { field: 'access', op: 'in', value: values };
  return readable === 'all'
    ? [scope]
    : [scope, { field: 'siren', op: 'in', value: orgs.map((o) => o.siren) }];
}

function filtersOf(f: ActsFilter): SearchFilter[] {
  const filters: SearchFilter[] = [];
  if (f.siren) {
    filters.push({ field: 'siren', op: 'eq', value: f.siren });
  }
  if (f.status) {
    filters.push({ field: 'status', op: 'eq', value: f.status });
  }
  if (f.natures?.length) {
    filters.push({ field: 'nature', op: 'in', value: f.natures });
  }
  if (f.hidden != null) {
    filters.push({ field: 'hidden', op: 'eq', value: String(f.hidden) });
  }
  if (f.dateFrom) {
    filters.push({ field: 'date', op: 'gte', value: f.dateFrom });
  }
  if (f.dateTo) {
    filters.push({ field: 'date', op: 'lte', value: f.dateTo });
  }
  if (f.publishedFrom) {
    filters.push({ field: 'publishedAt', op: 'gte', value: f.publishedFrom });
  }
  if (f.publishedTo) {
    filters.push({ field: 'publishedAt', op: 'lte', value: f.publishedTo });
  }
  if (f.classification) {
    const c = f.classification.replace(/\.$/, '');
    const depth = c.split('.').length;
    filters.push(
      depth === 1
        ? { field: 'classificationL1', op: 'eq', value: c }
        : depth === 2
          ? { field: 'classificationL2', op: 'eq', value: c }
          : { field: 'classificationCode', op: 'prefix', value: c },
    );
  }
  return filters;
}

/**
 * The staff acts list with a text: the same engine as the citizens' search (typos, accents,
 * PDF text, highlighted extracts) on the staff index, within what the caller may see, combined
 * with the list's filters. Each hit is read back from the database.
 */
export async function searchStaffActs(
  em: EntityManager,
  access: AccessService,
  engine: SearchEngine,
  text: string,
  args: { filter?: ActsFilter; first?: number | null; after?: string | null; orderBy?: ActOrder },
): Promise<ActPage> {
  const { offset, limit } = pageWindow(args);
  const scope = await accessFilters(em, access);
  const sortField = args.orderBy ? SORTS[args.orderBy.field] : undefined;
  const result = await engine.search({
    text,
    filters: [...scope, ...filtersOf(args.filter ?? {})],
    offset,
    limit,
    sort: sortField
      ? [
          {
            field: sortField,
            direction: args.orderBy?.direction === SortDirection.ASC ? 'asc' : 'desc',
          },
        ]
      : undefined,
    highlight: { fields: ['subject', 'text'], maxLength: 240 },
  });
  const ids = result.hits.map((h) => h.id);
  const acts = ids.length
    ? await em.find(Act, { id: { $in: ids }, deletedAt: null }, { populate: ['organization'] })
    : [];
  const byId = new Map(acts.map((a) => [a.id, a]));
  const kept = result.hits.filter((h) => byId.has(h.id));
  return {
    ...toConnection(
      kept.map((h) => byId.get(h.id)!),
      result.total,
      offset,
    ),
    highlights: kept.map((h) => ({
      actId: h.id,
      subject: h.highlights.subject ?? null,
      text: h.highlights.text ?? null,
    })),
  };
}
