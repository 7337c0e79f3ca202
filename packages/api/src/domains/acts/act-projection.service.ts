import type { EntityManager } from '@mikro-orm/core';
import type { SearchDocument, SearchEngine } from '../../infra/search/search-engine.js';
import { ActNature } from './act.enums.js';
import { Act } from './act.entity.js';
import type { Enqueue } from '../../core/ports.js';
import { isActPublic, isDocumentPublic } from './act-visibility.js';
import { projectStaff, toStaffSearchDocument } from './act-staff-projection.js';

const BATCH = 200;
/** Acts read per query by a rebuild (the index takes them in any order). */
const REINDEX_BATCH = 1000;
const MAX_TEXT = 200_000;
/** Dataset regeneration waits this long so a burst of changes produces one file. */
export const DATASET_DEBOUNCE_MS = 2_000;

/** Search document for a public act: metadata plus the text of its public documents. */
export function toSearchDocument(act: Act, texts: Map<string, string>): SearchDocument {
  const code = act.classificationCode ?? '';
  const parts = code.split('.');
  const text = act.documents
    .getItems()
    .filter((d) => isDocumentPublic(act, d))
    .map((d) => texts.get(d.id) ?? '')
    .join('\n')
    .slice(0, MAX_TEXT);
  return {
    id: act.id,
    siren: act.organization.siren,
    subject: act.subject,
    number: act.number,
    text,
    nature: act.nature,
    classificationCode: code || null,
    classificationL1: parts[0] || null,
    classificationL2: parts.length > 1 ? parts.slice(0, 2).join('.') : null,
    date: act.date,
    publishedAt: (act.publishedAt ?? act.updatedAt).toISOString(),
    year: Number(act.date.slice(0, 4)),
  };
}

/**
 * Keeps the projections (search index, dataset files) in line with the database, the source of
 * truth. Idempotent: running it twice gives the same index.
 */
/** A year of an organisation whose files change: deliberations, or its act listing only. */
interface DatasetTarget {
  siren: string;
  year: number;
  deliberations: boolean;
}

export class ActProjectionService {
  constructor(
    private readonly em: EntityManager,
    private readonly search: SearchEngine | undefined,
    private readonly enqueue: Enqueue,
    private readonly staffSearch?: SearchEngine,
  ) {}

  /**
   * Rebuilds a search index from every act, online: the embedded engine builds a new file while
   * searches keep answering from the current one, carries over the writes made meanwhile, then
   * switches (sqlite-rebuild.ts); an engine without `rebuild` is refilled in place.
   */
  async reindex(
    index: 'staff' | 'public',
    progress?: (done: number, total: number) => Promise<void>,
  ) {
    const engine = index === 'staff' ? this.staffSearch : this.search;
    if (!engine) {
      return { indexed: 0 };
    }
    const total = await this.em.count(Act, { deletedAt: null });
    let done = 0;
    let indexed = 0;
    const fill = async (add: (docs: SearchDocument[]) => Promise<void>) => {
      let after = '';
      for (;;) {
        const acts = await this.em.find(
          Act,
          { id: { $gt: after }, deletedAt: null },
          {
            populate: ['organization', 'documents'],
            orderBy: { id: 'asc' },
            limit: REINDEX_BATCH,
          },
        );
        if (!acts.length) {
          break;
        }
        const docs = await this.documentsOf(index, acts);
        await add(docs);
        indexed += docs.length;
        after = acts[acts.length - 1]!.id;
        done += acts.length;
        this.em.clear();
        await progress?.(done, total);
      }
    };
    if (engine.rebuild) {
      await engine.rebuild(fill);
    } else {
      await fill((docs) => engine.upsert(docs));
    }
    return { indexed };
  }

  /** What an index holds of loaded acts: every act for staff, the public ones (public text) else. */
  private async documentsOf(index: 'staff' | 'public', acts: Act[]): Promise<SearchDocument[]> {
    if (index === 'staff') {
      const texts = await this.loadTexts(acts, true);
      return acts.map((a) => toStaffSearchDocument(a, texts));
    }
    const publicActs = acts.filter(isActPublic);
    const texts = await this.loadTexts(publicActs);
    return publicActs.map((a) => toSearchDocument(a, texts));
  }

  /**
   * Re-projects acts into the search indexes, and (unless `files` is false: a document's text
   * changed, which no open data file holds) schedules their organisations' dataset files.
   */
  async projectActs(
    actIds: string[],
    progress?: (done: number, total: number) => Promise<void>,
    { files = true }: { files?: boolean } = {},
  ) {
    const datasets = new Map<string, DatasetTarget>();
    let indexed = 0;
    let removed = 0;
    for (let i = 0; i < actIds.length; i += BATCH) {
      const ids = actIds.slice(i, i + BATCH);
      const acts = await this.em.find(
        Act,
        { id: { $in: ids } },
        { populate: ['organization', 'documents'] },
      );
      const r = await this.projectLoaded(acts, ids, datasets);
      indexed += r.indexed;
      removed += r.removed;
      await progress?.(Math.min(i + BATCH, actIds.length), actIds.length);
    }
    if (files) {
      await this.scheduleDatasets(datasets);
    }
    return { indexed, removed };
  }

  /** Rebuilds the index entries of one organisation (open data or annex setting changed). */
  async projectOrganization(
    siren: string,
    progress?: (done: number, total: number) => Promise<void>,
  ) {
    await this.search?.deleteWhere([{ field: 'siren', op: 'eq', value: siren }]);
    const total = await this.em.count(Act, { organization: { siren } });
    const datasets = new Map<string, DatasetTarget>();
    let indexed = 0;
    for (let offset = 0; offset < total; offset += BATCH) {
      const acts = await this.em.find(
        Act,
        { organization: { siren } },
        { populate: ['organization', 'documents'], orderBy: { id: 'asc' }, offset, limit: BATCH },
      );
      const r = await this.projectLoaded(acts, [], datasets);
      indexed += r.indexed;
      this.em.clear();
      await progress?.(Math.min(offset + BATCH, total), total);
    }
    await this.scheduleDatasets(datasets);
    return { indexed, removed: total - indexed };
  }

  private async projectLoaded(
    acts: Act[],
    requestedIds: string[],
    datasets: Map<string, DatasetTarget>,
  ) {
    const found = new Set(acts.map((a) => a.id));
    const publicActs = acts.filter(isActPublic);
    const hidden = acts.filter((a) => !isActPublic(a)).map((a) => a.id);
    const missing = requestedIds.filter((id) => !found.has(id));
    await projectStaff(this.staffSearch, acts, missing, (a) => this.loadTexts(a, true));
    const texts = await this.loadTexts(publicActs);
    if (publicActs.length) {
      await this.search?.upsert(publicActs.map((a) => toSearchDocument(a, texts)));
    }
    if (hidden.length || missing.length) {
      await this.search?.delete([...hidden, ...missing]);
    }
    // Deliberations files, and the yearly listing of act PDFs (every nature) of each year.
    for (const act of acts) {
      const year = Number(act.date.slice(0, 4));
      const key = `${act.organization.siren}:${year}`;
      const deliberations =
        act.nature === ActNature.DELIBERATION || (datasets.get(key)?.deliberations ?? false);
      datasets.set(key, { siren: act.organization.siren, year, deliberations });
    }
    return { indexed: publicActs.length, removed: hidden.length + missing.length };
  }

  /** Extracted texts of the acts' public documents (every document: `all`, for staff). */
  private async loadTexts(acts: Act[], all = false): Promise<Map<string, string>> {
    const docIds = acts.flatMap((a) =>
      a.documents
        .getItems()
        .filter((d) => all || isDocumentPublic(a, d))
        .map((d) => d.id),
    );
    if (!docIds.length) {
      return new Map();
    }
    const rows = await this.em
      .getConnection()
      .execute<{ id: string; extracted_text: string | null }[]>(
        `select id, extracted_text from documents where id in (${docIds.map(() => '?').join(',')})`,
        docIds,
      );
    return new Map(
      rows.map((r: { id: string; extracted_text: string | null }) => [
        r.id,
        r.extracted_text ?? '',
      ]),
    );
  }

  private async scheduleDatasets(datasets: Map<string, DatasetTarget>) {
    // Unique keys dedupe whatever the job state: a time bucket makes them a debounce window.
    // The job of a bucket runs after the bucket ends, so the queue remembers a key for the rest
    // of its bucket and needs no second round trip (a burst of deposits queues each key once).
    const now = Date.now();
    const bucket = Math.floor(now / DATASET_DEBOUNCE_MS);
    const rememberMs = (bucket + 1) * DATASET_DEBOUNCE_MS - now;
    const once = async (data: { siren: string | null; year: number; actsOnly?: boolean }) => {
      const uniqueKey = `${data.actsOnly ? 'act-listing' : 'dataset'}:${data.siren ?? 'all'}:${data.year}:${bucket}`;
      await this.enqueue('dataset.export', data, {
        uniqueKey,
        delayMs: DATASET_DEBOUNCE_MS,
        rememberMs,
      });
    };
    const years = new Set<number>();
    for (const { siren, year, deliberations } of datasets.values()) {
      if (deliberations) {
        years.add(year);
        await once({ siren, year });
      } else {
        await once({ siren, year, actsOnly: true });
      }
    }
    for (const year of years) {
      await once({ siren: null, year });
    }
  }
}
