import type { MikroORM } from '@mikro-orm/core';
import type { Config } from '../core/config.js';
import type { HealthCheck } from '../core/health.js';
import type { Ports } from '../core/ports.js';
import type { PubSub } from '../core/topics.js';
import type { BackgroundTasks } from './background/background-tasks.js';
import type { EventBus } from './events/event-bus.js';
import type { FileStore } from './files/file-store.js';
import type { JobQueue } from './jobs/job-queue.js';
import type { Mailer } from './mail/mailer.js';
import type { OcrEngine } from './ocr/ocr-engine.js';
import type { PdfTextExtractor } from './pdf/pdf-text.js';
import type { SearchEngine } from './search/search-engine.js';

/**
 * The engines of one running platform (api, worker or both), built once at start by
 * `createApiRuntime` and closed by it. Each has an embedded default and a production engine
 * chosen by configuration. Nothing per-runtime lives in module globals: it hangs here.
 */
export interface InfraComponents {
  config: Config;
  orm: MikroORM;
  pubSub: PubSub;
  /** Live events for every process (local PubSub + outbox); publish through it, not pubSub. */
  events?: EventBus;
  /** Agenda job queue (enqueue everywhere; handlers run in worker processes). */
  jobs?: JobQueue;
  /** Public acts search index (embedded SQLite FTS5, or Meilisearch with MEILI_URL). */
  search?: SearchEngine;
  /** Every act, any status, for staff searches only (same engine, another index). */
  staffSearch?: SearchEngine;
  /** Content-addressed file store (DATA_DIR/files). */
  files: FileStore;
  /** PDF text extraction threads (PDF_TEXT_THREADS). */
  pdfText: PdfTextExtractor;
  /** OCR of scanned PDFs (embedded tesseract.js, OCR_THREADS threads; OCR_MAX_PAGES=0: off). */
  ocr: OcrEngine;
  /** Account mails: SMTP (SMTP_URL) or `.eml` files under `$DATA_DIR/mail/`. */
  mail: Mailer;
  /** Work a request starts without waiting for it (mail delivery); drained at close. */
  background: BackgroundTasks;
  /** Every component's health check, by name (/healthz). */
  health: Record<string, HealthCheck>;
}

/** The ports services use to reach the jobs and the live events of a runtime. */
export function portsOf(components: InfraComponents): Ports {
  return {
    publicUrl: components.config.publicUrl,
    enqueue: async (name, data, opts) =>
      components.jobs ? components.jobs.enqueue(name, data, opts) : null,
    publish: async (topic, payload) => {
      await components.events?.publish(topic, payload);
    },
  };
}
