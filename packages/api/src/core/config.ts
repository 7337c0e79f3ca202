import path from 'node:path';
import { z } from 'zod';
import { bool, hostOf, MAILBOX, optionalString, roleMapping, trustProxy } from './config-values.js';

import type { OidcRoleRule } from './config-values.js';

export type { OidcRoleRule };

import type { Config } from './config-types.js';

export type { Config } from './config-types.js';

const envSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().default('0.0.0.0'),
    DATA_DIR: z.string().min(1).default('./data'),
    DEPOSIT_DIR: optionalString,
    DECP_DIR: optionalString,
    DECP_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .default(200 * 1024 * 1024),
    DECP_SOURCE_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
    DECP_SOURCE_ALLOW_HTTP: bool(false),
    DECP_SOURCE_ALLOW_PRIVATE: bool(false),
    PUBLIC_URL: optionalString.pipe(z.url().optional()),
    SIRENE_API_URL: optionalString.pipe(z.url().optional()),
    SIRENE_API_KEY: optionalString,
    SIRENE_PER_MINUTE: z.coerce.number().int().min(1).max(6000).default(30),
    DATABASE_URL: optionalString.pipe(
      z
        .string()
        .regex(/^(mysql|mariadb|sqlite|file):/, 'must start with mysql://, mariadb:// or sqlite:')
        .optional(),
    ),
    MONGODB_URL: optionalString.pipe(
      z
        .string()
        .regex(/^mongodb(\+srv)?:\/\//, 'must start with mongodb://')
        .optional(),
    ),
    MEILI_URL: optionalString.pipe(z.url().optional()),
    MEILI_MASTER_KEY: optionalString,
    ADMIN_EMAIL: optionalString.pipe(z.email().optional()),
    ADMIN_PASSWORD: optionalString.pipe(
      z.string().min(8, 'must be at least 8 characters').optional(),
    ),
    OIDC_ISSUER: optionalString.pipe(z.url().optional()),
    OIDC_CLIENT_ID: optionalString,
    OIDC_CLIENT_SECRET: optionalString,
    OIDC_SCOPES: z.string().trim().default('openid email profile'),
    OIDC_ROLE_MAPPING: roleMapping,
    GRAPHQL_INTROSPECTION: bool(true),
    GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(10),
    GRAPHQL_MAX_COMPLEXITY: z.coerce.number().int().min(10).default(2000),
    SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
    JOBS_PROCESS_EVERY_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
    JOBS_LOCK_LIFETIME_MS: z.coerce.number().int().min(1000).default(300_000),
    JOBS_MAX_CONCURRENCY: z.coerce.number().int().min(1).max(200).default(80),
    PDF_TEXT_THREADS: z.coerce.number().int().min(0).max(32).default(0),
    OCR_ENGINE: z.enum(['embedded', 'tesseract']).default('embedded'),
    OCR_TESSERACT_PATH: z.string().trim().min(1).default('tesseract'),
    OCR_THREADS: z.coerce.number().int().min(1).max(16).default(1),
    OCR_MAX_PAGES: z.coerce.number().int().min(0).max(2000).default(50),
    OCR_PAGE_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(120),
    DEPOSIT_PREP_THREADS: z.preprocess(
      (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
      z.coerce.number().int().min(0).max(32).optional(),
    ),
    RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(60),
    RATE_LIMIT_ANONYMOUS: z.coerce.number().int().min(0).default(600),
    RATE_LIMIT_API_KEY: z.coerce.number().int().min(0).default(1200),
    RATE_LIMIT_LOGIN_FAILURES: z.coerce.number().int().min(0).default(100),
    TRUST_PROXY: trustProxy,
    SMTP_URL: optionalString.pipe(
      z
        .string()
        .regex(/^smtps?:\/\/\S+$/, 'must be smtp://[user:password@]host[:port] or smtps://…')
        .refine((v) => URL.canParse(v), 'must be a valid URL (percent-encode the password)')
        .optional(),
    ),
    MAIL_FROM: optionalString.pipe(
      z.string().regex(MAILBOX, 'must be an address or "Name <address>"').optional(),
    ),
    SECRET_KEY: optionalString.pipe(
      z.string().min(32, 'must be at least 32 characters').optional(),
    ),
    DATAGOUV_API_URL: z.url().default('https://www.data.gouv.fr/api/1'),
    DATAGOUV_API_KEY: optionalString,
    DATAGOUV_TIMEOUT_MS: z.coerce.number().int().min(100).default(60_000),
    DATAGOUV_MIN_INTERVAL_MS: z.coerce.number().int().min(0).default(250),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
  })
  .superRefine((env, ctx) => {
    if ((env.ADMIN_EMAIL === undefined) !== (env.ADMIN_PASSWORD === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['ADMIN_PASSWORD'],
        message: 'ADMIN_EMAIL and ADMIN_PASSWORD go together',
      });
    }
    const oidc = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET];
    if (oidc.some((v) => v !== undefined) && oidc.some((v) => v === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['OIDC_ISSUER'],
        message: 'OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET go together',
      });
    }
  });

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment once; throws one ConfigError listing every bad variable. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`),
    );
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  const port = e.PORT;
  const dbUrl = e.DATABASE_URL;
  const database: Config['database'] =
    dbUrl && /^(mysql|mariadb):/.test(dbUrl)
      ? {
          kind: 'mysql',
          url: dbUrl.replace(/^mariadb:/, 'mysql:'),
          mariadb: dbUrl.startsWith('mariadb:'),
        }
      : {
          kind: 'sqlite',
          path: dbUrl
            ? path.resolve(dbUrl.replace(/^(sqlite|file):(\/\/)?/, ''))
            : path.join(dataDir, 'platform.sqlite'),
        };
  return {
    port,
    host: e.HOST,
    dataDir,
    depositDir: path.resolve(e.DEPOSIT_DIR ?? path.join(dataDir, 'deposits', 'incoming')),
    decp: {
      dir: path.resolve(e.DECP_DIR ?? path.join(dataDir, 'decp', 'incoming')),
      maxBytes: e.DECP_MAX_BYTES,
      sourceTimeoutMs: e.DECP_SOURCE_TIMEOUT_MS,
      sourceAllowHttp: e.DECP_SOURCE_ALLOW_HTTP,
      sourceAllowPrivate: e.DECP_SOURCE_ALLOW_PRIVATE,
    },
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, ''),
    sirene: e.SIRENE_API_KEY
      ? {
          url: (e.SIRENE_API_URL ?? 'https://api.insee.fr/api-sirene/3.11').replace(/\/+$/, ''),
          apiKey: e.SIRENE_API_KEY,
          perMinute: e.SIRENE_PER_MINUTE,
        }
      : undefined,
    database,
    mongodbUrl: e.MONGODB_URL,
    meili: e.MEILI_URL ? { url: e.MEILI_URL, masterKey: e.MEILI_MASTER_KEY } : undefined,
    admin:
      e.ADMIN_EMAIL && e.ADMIN_PASSWORD
        ? { email: e.ADMIN_EMAIL.toLowerCase(), password: e.ADMIN_PASSWORD }
        : undefined,
    oidc:
      e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET
        ? {
            issuer: e.OIDC_ISSUER,
            clientId: e.OIDC_CLIENT_ID,
            clientSecret: e.OIDC_CLIENT_SECRET,
            scopes: e.OIDC_SCOPES.split(/\s+/).includes('openid')
              ? e.OIDC_SCOPES
              : `openid ${e.OIDC_SCOPES}`,
            roleMapping: e.OIDC_ROLE_MAPPING,
          }
        : undefined,
    graphql: {
      introspection: e.GRAPHQL_INTROSPECTION,
      maxDepth: e.GRAPHQL_MAX_DEPTH,
      maxComplexity: e.GRAPHQL_MAX_COMPLEXITY,
    },
    sessionTtlHours: e.SESSION_TTL_HOURS,
    jobs: {
      processEveryMs: e.JOBS_PROCESS_EVERY_MS,
      lockLifetimeMs: e.JOBS_LOCK_LIFETIME_MS,
      maxConcurrency: e.JOBS_MAX_CONCURRENCY,
    },
    pdfTextThreads: e.PDF_TEXT_THREADS,
    ocr: {
      engine: e.OCR_ENGINE,
      program: e.OCR_TESSERACT_PATH,
      threads: e.OCR_THREADS,
      maxPages: e.OCR_MAX_PAGES,
      pageTimeoutMs: e.OCR_PAGE_TIMEOUT_SECONDS * 1000,
    },
    depositPrepThreads: e.DEPOSIT_PREP_THREADS ?? null,
    rateLimits: {
      windowSeconds: e.RATE_LIMIT_WINDOW_SECONDS,
      anonymousPerIp: e.RATE_LIMIT_ANONYMOUS,
      perApiKey: e.RATE_LIMIT_API_KEY,
      loginFailuresPerIp: e.RATE_LIMIT_LOGIN_FAILURES,
    },
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    secretKey: e.SECRET_KEY,
    datagouv: {
      apiUrl: e.DATAGOUV_API_URL.replace(/\/+$/, ''),
      apiKey: e.DATAGOUV_API_KEY,
      timeoutMs: e.DATAGOUV_TIMEOUT_MS,
      minIntervalMs: e.DATAGOUV_MIN_INTERVAL_MS,
    },
    mail: {
      smtpUrl: e.SMTP_URL,
      from: e.MAIL_FROM ?? `Plateforme open data <ne-pas-repondre@${hostOf(e.PUBLIC_URL)}>`,
      dir: path.join(dataDir, 'mail'),
    },
  };
}
