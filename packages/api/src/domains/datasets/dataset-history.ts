import type { EntityManager } from '@mikro-orm/core';
import type { Dataset } from './dataset.entity.js';
import { DatasetGeneration } from './dataset-generation.entity.js';

/** Why a file was regenerated: the nightly pass, a job (publication, staff request), a test. */
export type GenerationReason = 'nightly' | 'on-demand' | 'export';

/**
 * Records one regeneration of `dataset` in its history (persisted by the caller's next flush):
 * when, why, row count, validity, and the checksum and size of the file when it replaced the
 * served one (an invalid file is never served, the previous valid one stays).
 */
export function recordGeneration(em: EntityManager, dataset: Dataset, reason: GenerationReason) {
  const at = dataset.generatedAt ?? new Date();
  const published = dataset.valid && dataset.publishedFileAt?.getTime() === at.getTime();
  return em.create(DatasetGeneration, {
    kind: dataset.kind,
    scope: dataset.scope,
    year: dataset.year,
    generatedAt: at,
    reason,
    rowCount: dataset.rowCount,
    sha256: published ? (dataset.sha256 ?? null) : null,
    size: published ? dataset.size : 0,
    valid: dataset.valid,
    published,
    errorCount: dataset.errorCount,
    status: dataset.status,
  });
}
