import path from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import type { GraphQLSchema } from 'graphql';
import { AuthService } from '../identity/auth/auth.service.js';
import { SireneClient } from '../infra/sirene/sirene-client.js';
import type { Components, HealthCheck } from './components.js';
import { PlanCatalog } from '../domains/budgets/plan-catalog.js';
import { DecpSchemas } from '../domains/procurement/decp-schemas.js';
import { removeStaleDecpUploads } from '../domains/procurement/decp-uploads.js';
import { BudgetLinesCache } from '../domains/budgets/budget-lines-cache.js';
import type { Config } from '../core/config.js';
import { initOrm, migrateUp } from './db/orm.js';
import { startEventBus } from '../infra/events/event-bus.js';
import { DepositPrep } from '../domains/deposits/deposit-preparation.js';
import { OidcProvider } from '../identity/auth/oidc-provider.js';
import { IdentityWatch } from '../identity/auth/identity-watch.js';
import { RateLimits } from '../identity/auth/rate-limits.js';
import { SessionCache } from '../identity/auth/session-cache.js';
import { PdfTextExtractor } from '../infra/pdf/pdf-text.js';
import { createOcrEngine } from '../infra/ocr/create-ocr-engine.js';
import type { OcrEngine } from '../infra/ocr/ocr-engine.js';
import { FileStore } from '../infra/files/file-store.js';
import { BackgroundTasks } from '../infra/background/background-tasks.js';
import { createMailer } from '../infra/mail/create-mailer.js';
import { createJobQueue, type JobQueueOptions } from '../infra/jobs/job-queue.js';
import { createOutboundFetch } from '../infra/http/outbound-fetch.js';
import { childLogger } from '../core/logger.js';
import { createAppPubSub } from '../core/topics.js';
import { buildAppSchema } from './schema.js';
import {
  ACTS_INDEX,
  actsIndexDefinition,
  STAFF_ACTS_INDEX,
  staffActsIndexDefinition,
} from '../domains/acts/acts-index.js';
import { createSearchEngine } from '../infra/search/create-search-engine.js';
import type { SearchEngine } from '../infra/search/search-engine.js';
import { platformSecret, SecretBox } from '../infra/secrets/secret-box.js';

const log = childLogger('app');

export interface ApiRuntime {
  components: Components;
  schema: GraphQLSchema;
  close(): Promise<void>;
}

export interface ApiRuntimeOptions {
  /** Apply pending migrations at start (default true); tests build the schema instead. */
  migrate?: boolean;
  /** Extra health checks (jobs, search, files…). */
  health?: Record<string, HealthCheck>;
  orm?: MikroORM;
  /**
   * Relay events written by other processes to this process's subscribers (default true:
   * api processes; a worker-only process passes false).
   */
  relay?: boolean;
  /** Job queue tuning (tests: short lock lifetime and polling). */
  jobs?: Partial<Omit<JobQueueOptions, 'config' | 'orm'>>;
  /** Acts search engine to use instead of the one chosen by configuration. */
  search?: SearchEngine;
  /** Staff acts search engine to use instead of the one chosen by configuration. */
  staffSearch?: SearchEngine;
  /** OCR engine to use instead of the one chosen by configuration. */
  ocr?: OcrEngine;
}

/** Opens the database, migrates, ensures the platform admin and builds the schema. */
export async function createApiRuntime(
  config: Config,
  options: ApiRuntimeOptions = {},
): Promise<ApiRuntime> {
  const orm = options.orm ?? (await initOrm(config.database));
  if (options.migrate ?? true) {
    await migrateUp(orm);
  }
  if (config.admin) {
    const em = orm.em.fork();
    await new AuthService(em, config).ensurePlatformAdmin(
      config.admin.email,
      config.admin.password,
    );
    log.info({ email: config.admin.email }, 'platform administrator ensured');
  }
  const pubSub = createAppPubSub();
  const events = await startEventBus({ orm, pubSub, relay: options.relay ?? true });
  const jobs = await createJobQueue({
    config,
    processEveryMs: config.jobs.processEveryMs,
    lockLifetimeMs: config.jobs.lockLifetimeMs,
    maxConcurrency: config.jobs.maxConcurrency,
    orm,
    onProgress: (event) => {
      events
        .publish('JOB_PROGRESS', event)
        .catch((err: unknown) => log.warn({ err }, 'job event lost'));
    },
    ...options.jobs,
  });
  const search = options.search ?? createSearchEngine(config, actsIndexDefinition, ACTS_INDEX);
  await search.init();
  const staffSearch =
    options.staffSearch ?? createSearchEngine(config, staffActsIndexDefinition, STAFF_ACTS_INDEX);
  await staffSearch.init();
  const identityWatch = new IdentityWatch();
  identityWatch.start(pubSub);
  const files = new FileStore(path.join(config.dataDir, 'files'));
  const pdfText = new PdfTextExtractor({ threads: config.pdfTextThreads });
  const ocr = options.ocr ?? createOcrEngine(config.ocr);
  const depositPrep = new DepositPrep(files, { threads: config.depositPrepThreads });
  const decpSchemas = new DecpSchemas();
  await removeStaleDecpUploads(config.decp.dir);
  const decpFetch = createOutboundFetch({ allowPrivate: () => config.decp.sourceAllowPrivate });
  const mail = createMailer(config.mail);
  const background = new BackgroundTasks();
  const secrets = new SecretBox(platformSecret(config.secretKey, config.dataDir));
  const components: Components = {
    config,
    orm,
    pubSub,
    events,
    jobs,
    search,
    staffSearch,
    files,
    pdfText,
    ocr,
    depositPrep,
    budgetPlans: new PlanCatalog(),
    decpSchemas,
    decpFetch,
    secrets,
    budgetLines: new BudgetLinesCache(),
    sirene: config.sirene ? new SireneClient(config.sirene) : undefined,
    mail,
    background,
    rateLimits: new RateLimits(config.rateLimits),
    identityWatch,
    sessions: new SessionCache(identityWatch),
    oidc: config.oidc ? new OidcProvider(config.oidc) : undefined,
    health: { ...options.health, jobs, search, staffSearch, files, ocr },
  };
  const schema = await buildAppSchema(pubSub);
  return {
    components,
    schema,
    async close() {
      await identityWatch.stop();
      await background.drain();
      await mail.close();
      // Jobs stop being taken; the thread pools close at once, so that a running OCR or PDF
      // text job ends now (handed back to the queue, JobInterruptedError) instead of holding the
      // stop for the jobs' whole grace period.
      await Promise.all([jobs.stop(), pdfText.close(), ocr.close()]);
      await events.close();
      await search.close();
      await staffSearch.close();
      await depositPrep.close();
      decpSchemas.close();
      await decpFetch.close();
      await orm.close(true);
    },
  };
}
