import type { AnyJobDefinition } from '../agenda.js';
import { actsProjectJob, actsReindexJob, organizationProjectJob } from './acts-project.job.js';
import { budgetExportJob, budgetImportJob } from './budget.job.js';
import { datagouvPushJob } from './datagouv-push.job.js';
import { datasetExportJob, datasetNightlyJob } from './dataset-export.job.js';
import { depositIngestJob } from './deposit-ingest.job.js';
import { documentOcrJob } from './document-ocr.job.js';
import { documentsExtractJob } from './documents-extract.job.js';
import { sireneRefreshJob } from './sirene.job.js';
import { decpExportJob, decpIngestJob, decpSourceFetchJob, decpSourcesJob } from './decp.job.js';

/**
 * Every job handler of the worker, registered at start (`registerJobs`). One file per job
 * (`<name>.job.ts` exporting `defineJob(...)`), added to this list.
 */
export const allJobs: readonly AnyJobDefinition[] = [
  depositIngestJob,
  actsProjectJob,
  actsReindexJob,
  organizationProjectJob,
  datasetExportJob,
  datasetNightlyJob,
  documentsExtractJob,
  budgetImportJob,
  budgetExportJob,
  decpIngestJob,
  decpExportJob,
  decpSourceFetchJob,
  decpSourcesJob,
  documentOcrJob,
  datagouvPushJob,
  sireneRefreshJob,
];
