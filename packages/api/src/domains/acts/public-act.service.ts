import type { EntityManager } from '@mikro-orm/core';
import { encodeCursor, pageWindow, toConnection } from '../../core/page.type.js';
import { Organization } from '../../identity/tenants/organization.entity.js';
import type { SearchEngine, SearchFilter } from '../../infra/search/search-engine.js';
import { ActNature, NATURE_LABELS } from './act.enums.js';
import { Act } from './act.entity.js';
import { documentUrl, isActPublic } from './act-visibility.js';
import { ACTES_LEVEL1 } from '../../shared/actes-nomenclature.js';
import { ActSearchSort, type SearchActsArgs } from './public-act.args.js';
import type { ActSearchConnection, FacetCount, PublicAct } from './public-act.types.js';

const PUBLIC_NATURES = Object.values(ActNature).filter((n) => n !== ActNature.INDIVIDUAL);

/** The public surface of acts: published acts of active organisations, never individual acts. */
export class PublicActService {
  constructor(
    private readonly em: EntityManager,
    private readonly search: SearchEngine | undefined,
    private readonly publicUrl: string,
  ) {}

  toPublic(act: Act): PublicAct {
    return {
      id: act.id,
      number: act.number,
      date: act.date,
      subject: act.subject,
      nature: act.nature,
      natureLabel: NATURE_LABELS[act.nature],
      classificationCode: act.classificationCode ?? null,
      classificationLabel: act.classificationLabel ?? null,
      publishedAt: act.publishedAt ?? act.updatedAt,
      organization: { siren: act.organization.siren, name: act.organization.name },
      documents: act.documents
        .getItems()
        .map((d) => ({ d, url: documentUrl(this.publicUrl, act, d) }))
        .filter((x): x is { d: typeof x.d; url: string } => x.url !== null)
        .map(({ d, url }) => ({
          id: d.id,
          fileName: d.fileName,
          mediaType: d.mediaType,
          size: d.size,
          sha256: d.sha256,
          annex: d.annex,
          url,
        })),
    };
  }

  async publicAct(id: string): Promise<PublicAct | null> {
    const act = await this.em.findOne(Act, { id }, { populate: ['organization', 'documents'] });
    return act && isActPublic(act) ? this.toPublic(act) : null;
  }

  async searchActs(args: SearchActsArgs): Promise<ActSearchConnection> {
    const { offset, limit } = pageWindow(args);
    const empty = {
      ...toConnection<PublicAct>([], 0, offset),
      edges: [],
      facets: { natures: [], years: [], classifications: [] },
    };
    const org = await this.em.findOne(Organization, { siren: args.siren, openDataActive: true });
    if (!org || !this.search) {
      return empty;
    }
    const natures = args.natures?.length
      ? args.natures.filter((n) => n !== ActNature.INDIVIDUAL)
      : PUBLIC_NATURES;
    const filters: SearchFilter[] = [
      { field: 'siren', op: 'eq', value: org.siren },
      { field: 'nature', op: 'in', value: natures },
    ];
    if (args.classification) {
      const c = args.classification.replace(/\.$/, '');
      const depth = c.split('.').length;
      filters.push(
        depth === 1
          ? { field: 'classificationL1', op: 'eq', value: c }
          : depth === 2
            ? { field: 'classificationL2', op: 'eq', value: c }
            : { field: 'classificationCode', op: 'prefix', value: c },
      );
    }
    if (args.dateFrom) {
      filters.push({ field: 'date', op: 'gte', value: args.dateFrom });
    }
    if (args.dateTo) {
      filters.push({ field: 'date', op: 'lte', value: args.dateTo });
    }
    if (args.publishedFrom) {
      filters.push({ field: 'publishedAt', op: 'gte', value: args.publishedFrom });
    }
    if (args.publishedTo) {
      filters.push({ field: 'publishedAt', op: 'lte', value: args.publishedTo });
    }
    if (args.year) {
      filters.push({ field: 'year', op: 'eq', value: args.year });
    }
    const text = args.query?.trim() || undefined;
    const result = await this.search.search({
      text,
      filters,
      facets: ['nature', 'year', 'classificationL1'],
      sort: sortFor(args.sort, !!text),
      offset,
      limit,
      highlight: { fields: ['subject', 'text'], maxLength: 240 },
    });
    const ids = result.hits.map((h) => h.id);
    const acts = ids.length
      ? await this.em.find(Act, { id: { $in: ids } }, { populate: ['organization', 'documents'] })
      : [];
    const byId = new Map(acts.filter(isActPublic).map((a) => [a.id, a]));
    const edges = result.hits.flatMap((hit, i) => {
      const act = byId.get(hit.id);
      return act
        ? [
            {
              cursor: encodeCursor(offset + i),
              node: this.toPublic(act),
              highlights: {
                subject: hit.highlights.subject ?? null,
                text: hit.highlights.text ?? null,
              },
            },
          ]
        : [];
    });
    const conn = toConnection(
      edges.map((e) => e.node),
      result.total,
      offset,
    );
    return { ...conn, edges, facets: facetsOf(result.facets) };
  }
}

function sortFor(sort: ActSearchSort | undefined, hasText: boolean) {
  switch (sort ?? (hasText ? ActSearchSort.RELEVANCE : ActSearchSort.DATE_DESC)) {
    case ActSearchSort.RELEVANCE:
      return hasText ? undefined : [{ field: 'date', direction: 'desc' as const }];
    case ActSearchSort.DATE_DESC:
      return [{ field: 'date', direction: 'desc' as const }];
    case ActSearchSort.DATE_ASC:
      return [{ field: 'date', direction: 'asc' as const }];
    case ActSearchSort.PUBLISHED_DESC:
      return [{ field: 'publishedAt', direction: 'desc' as const }];
  }
}

function facetsOf(f: Record<string, Record<string, number>>) {
  const list = (
    m: Record<string, number> | undefined,
    label: (v: string) => string,
  ): FacetCount[] =>
    Object.entries(m ?? {})
      .filter(([, count]) => count > 0)
      .map(([value, count]) => ({ value, count, label: label(value) }));
  return {
    natures: list(f.nature, (v) => NATURE_LABELS[v as ActNature] ?? v).sort(
      (a, b) => b.count - a.count,
    ),
    years: list(f.year, (v) => v).sort((a, b) => Number(b.value) - Number(a.value)),
    classifications: list(f.classificationL1, (v) => ACTES_LEVEL1[v] ?? `Matière ${v}`).sort(
      (a, b) => a.value.localeCompare(b.value),
    ),
  };
}
