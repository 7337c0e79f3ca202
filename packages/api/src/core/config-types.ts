// The validated configuration's shape (parsed and checked by config.ts).
import type { OidcRoleRule } from './config-values.js';

/** Typed, validated configuration. Only `main.ts` files call `loadConfig(process.env)`. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  depositDir: string;
  /** Public procurement (DECP) intake: watched folder, size and source limits. */
  decp: {
    /** Watched folder (`$DATA_DIR/decp/incoming`); `queued`, `processed`, `quarantine` beside. */
    dir: string;
    /** Largest DECP file read (upload, folder or source), in bytes. */
    maxBytes: number;
    /** A source URL answering slower than this fails (ms). */
    sourceTimeoutMs: number;
    /** Accept `http://` source URLs (tests, local networks); HTTPS only otherwise. */
    sourceAllowHttp: boolean;
    sourceAllowPrivate: boolean;
  };
  publicUrl: string;
  /**
   * INSEE Sirene API (3.11): organisations enriched with their legal name, head office, legal
   * category, commune and establishments. Without a key nothing is fetched (data as entered).
   */
  sirene?: { url: string; apiKey: string; perMinute: number };
  database: { kind: 'sqlite'; path: string } | { kind: 'mysql'; url: string; mariadb?: boolean };
  mongodbUrl?: string;
  meili?: { url: string; masterKey?: string };
  admin?: { email: string; password: string };
  oidc?: {
    issuer: string;
    clientId: string;
    clientSecret: string;
    /** Scopes asked for (space-separated), `openid` included. */
    scopes: string;
    /** Claims → memberships rules (OIDC_ROLE_MAPPING); empty: no membership from claims. */
    roleMapping: OidcRoleRule[];
  };
  graphql: { introspection: boolean; maxDepth: number; maxComplexity: number };
  sessionTtlHours: number;
  jobs: { processEveryMs: number; lockLifetimeMs: number; maxConcurrency: number };
  /** Worker threads extracting PDF text (0: every core but one, 1 to 4). */
  pdfTextThreads: number;
  /**
   * OCR of PDFs without a usable text layer: `threads` documents read at once (its share of the
   * CPU), at most `maxPages` pages per document (0: OCR off), each page abandoned after
   * `pageTimeoutMs`; `engine`: embedded tesseract.js, or the Tesseract `program` of the host.
   */
  ocr: {
    engine: 'embedded' | 'tesseract';
    program: string;
    threads: number;
    maxPages: number;
    pageTimeoutMs: number;
  };
  /** Worker threads preparing deposit zips (null: one per core, at most 4; 0: on the event loop). */
  depositPrepThreads: number | null;
  /** Requests per window; 0 disables a limit. */
  rateLimits: {
    windowSeconds: number;
    anonymousPerIp: number;
    perApiKey: number;
    /** Failed sign-ins per IP per 15 minutes. */
    loginFailuresPerIp: number;
  };
  /** express `trust proxy` (false: use the socket address as the client IP). */
  trustProxy: boolean | number | string;
  logLevel: string;
  /** Platform secret (SECRET_KEY) sealing stored credentials; absent: `$DATA_DIR/secret.key`. */
  secretKey?: string;
  /** Pushes to data.gouv.fr or any udata instance (`apiUrl` ends in `/api/1`). */
  datagouv: { apiUrl: string; apiKey?: string; timeoutMs: number; minIntervalMs: number };
  /** Account mails (invitations, reset links): SMTP, or `.eml` files under `dir`. */
  mail: {
    /** `smtp://` or `smtps://` URL (credentials in it); absent: files. */
    smtpUrl?: string;
    /** Sender: `address` or `Name <address>`. */
    from: string;
    /** Where the file mailer writes (`$DATA_DIR/mail`). */
    dir: string;
  };
}
