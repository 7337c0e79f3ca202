import path from 'node:path';
import { z } from 'zod';

/** Typed, validated configuration. Only `main.ts` files call `loadConfig(process.env)`. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  depositDir: string;
  publicUrl: string;
  database: { kind: 'sqlite'; path: string } | { kind: 'mysql'; url: string; mariadb?: boolean };
  mongodbUrl?: string;
  meili?: { url: string; masterKey?: string };
  admin?: { email: string; password: string };
  oidc?: { issuer: string; clientId: string; clientSecret: string };
  graphql: { introspection: boolean; maxDepth: number; maxComplexity: number };
  sessionTtlHours: number;
  logLevel: string;
}

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const bool = (def: boolean) =>
  z
    .enum(['true', 'false', '1', '0', ''])
    .optional()
    .transform((v) => (v === undefined || v === '' ? def : v === 'true' || v === '1'));

const envSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().default('0.0.0.0'),
    DATA_DIR: z.string().min(1).default('./data'),
    DEPOSIT_DIR: optionalString,
    PUBLIC_URL: optionalString.pipe(z.url().optional()),
    DATABASE_URL: optionalString.pipe(
      z
        .string()
        .regex(/^(mysql|mariadb|sqlite|file):/, 'must start with mysql://, mariadb:// or sqlite:')
        .optional(),
    ),
    MONGODB_URL: optionalString.pipe(
      z.string().regex(/^mongodb(\+srv)?:\/\//, 'must start with mongodb://').optional(),
    ),
    MEILI_URL: optionalString.pipe(z.url().optional()),
    MEILI_MASTER_KEY: optionalString,
    ADMIN_EMAIL: optionalString.pipe(z.email().optional()),
    ADMIN_PASSWORD: optionalString.pipe(z.string().min(8, 'must be at least 8 characters').optional()),
    OIDC_ISSUER: optionalString.pipe(z.url().optional()),
    OIDC_CLIENT_ID: optionalString,
    OIDC_CLIENT_SECRET: optionalString,
    GRAPHQL_INTROSPECTION: bool(true),
    GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(10),
    GRAPHQL_MAX_COMPLEXITY: z.coerce.number().int().min(10).default(2000),
    SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
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
      ? { kind: 'mysql', url: dbUrl.replace(/^mariadb:/, 'mysql:'), mariadb: dbUrl.startsWith('mariadb:') }
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
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, ''),
    database,
    mongodbUrl: e.MONGODB_URL,
    meili: e.MEILI_URL ? { url: e.MEILI_URL, masterKey: e.MEILI_MASTER_KEY } : undefined,
    admin:
      e.ADMIN_EMAIL && e.ADMIN_PASSWORD
        ? { email: e.ADMIN_EMAIL.toLowerCase(), password: e.ADMIN_PASSWORD }
        : undefined,
    oidc:
      e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET
        ? { issuer: e.OIDC_ISSUER, clientId: e.OIDC_CLIENT_ID, clientSecret: e.OIDC_CLIENT_SECRET }
        : undefined,
    graphql: {
      introspection: e.GRAPHQL_INTROSPECTION,
      maxDepth: e.GRAPHQL_MAX_DEPTH,
      maxComplexity: e.GRAPHQL_MAX_COMPLEXITY,
    },
    sessionTtlHours: e.SESSION_TTL_HOURS,
    logLevel: e.LOG_LEVEL,
  };
}
