import type { SearchIndexDefinition } from '../../infra/search/search-engine.js';

/** Index name: `DATA_DIR/search/acts.sqlite` embedded, index uid `acts` in Meilisearch. */
export const ACTS_INDEX = 'acts';

/** The public acts index: only published acts of active organisations are put in it. */
export const actsIndexDefinition: SearchIndexDefinition = {
  searchable: {
    subject: { weight: 10 },
    number: { weight: 5 },
    /** Text extracted from the PDF (can be long); highlighted as a snippet. */
    text: { weight: 1 },
  },
  filterable: {
    siren: 'keyword',
    number: 'keyword',
    /** e.g. DELIBERATION, ARRETE_REGLEMENTAIRE… */
    nature: 'keyword',
    /** e.g. `3.1.2`; filter with `prefix` for a branch. */
    classificationCode: 'keyword',
    /** First segment of classificationCode (`3`), for the facet. */
    classificationL1: 'keyword',
    /** First two segments of classificationCode (`3.1`), for the level-2 filter. */
    classificationL2: 'keyword',
    /** Date of the act, `YYYY-MM-DD`. */
    date: 'date',
    /** Legal publication timestamp, ISO 8601. */
    publishedAt: 'date',
    /** Year of `date`. */
    year: 'number',
  },
  sortable: ['date', 'publishedAt'],
  facets: ['nature', 'classificationL1', 'year'],
  /** Every public search names one authority (`searchActs(siren: …)`). */
  partition: 'siren',
};

/** Index name of every act (any status), searched by staff within their organisations. */
export const STAFF_ACTS_INDEX = 'acts-staff';

/**
 * The staff index: every act that is not deleted, whatever its status, with the text of all its
 * documents. Never read by a public surface. `access` is `<siren>` for an act any member of the
 * organisation may see, `<siren>:hr` for an individual act (members with the hr permission):
 * one `in` filter scopes a search to what the caller may see.
 */
export const staffActsIndexDefinition: SearchIndexDefinition = {
  searchable: actsIndexDefinition.searchable,
  filterable: {
    ...actsIndexDefinition.filterable,
    access: 'keyword',
    status: 'keyword',
    hidden: 'keyword',
    createdAt: 'date',
  },
  sortable: ['date', 'publishedAt', 'createdAt'],
  facets: ['nature', 'status', 'classificationL1', 'year'],
  partition: 'siren',
};

export interface ActSearchSource {
  id: string;
  siren: string;
  subject: string;
  number?: string | null;
  /** Extracted text of the act's PDF (and annexes, if they are public). */
  text?: string | null;
  nature: string;
  classificationCode?: string | null;
  /** `YYYY-MM-DD`. */
  date: string;
  publishedAt: Date | string;
}

export type ActSearchDocument = {
  id: string;
  siren: string;
  subject: string;
  number: string | null;
  text: string | null;
  nature: string;
  classificationCode: string | null;
  classificationL1: string | null;
  classificationL2: string | null;
  date: string;
  publishedAt: string;
  year: number;
};

/** `3.1.2` → `3`; null when there is no code. */
export function classificationLevel1(code: string | null | undefined): string | null {
  const first = code?.trim().split('.')[0];
  return first ? first : null;
}

/** `3.1.2` → `3.1`; null when the code has fewer than two levels. */
export function classificationLevel2(code: string | null | undefined): string | null {
  const parts = code?.trim().split('.') ?? [];
  return parts.length > 1 && parts[0] && parts[1] ? `${parts[0]}.${parts[1]}` : null;
}

/** Builds the indexed document of an act (derived fields computed here, in one place). */
export function toActSearchDocument(act: ActSearchSource): ActSearchDocument {
  return {
    id: act.id,
    siren: act.siren,
    subject: act.subject,
    number: act.number ?? null,
    text: act.text ?? null,
    nature: act.nature,
    classificationCode: act.classificationCode?.trim() || null,
    classificationL1: classificationLevel1(act.classificationCode),
    classificationL2: classificationLevel2(act.classificationCode),
    date: act.date,
    publishedAt:
      typeof act.publishedAt === 'string' ? act.publishedAt : act.publishedAt.toISOString(),
    year: Number(act.date.slice(0, 4)),
  };
}
