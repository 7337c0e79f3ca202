import type { Viewer } from '../../core/viewer.js';

type SessionViewer = Extract<Viewer, { kind: 'user' }>;

/** How long a session read from the database is trusted without reading it again. */
export const SESSION_CACHE_MS = 5_000;
/** Sessions kept at most (the oldest is dropped first). */
export const SESSION_CACHE_MAX = 10_000;

interface Entry {
  viewer: SessionViewer;
  /** The session's own end (ms since epoch). */
  expiresAt: number;
  /** When this entry stops being trusted (ms since epoch). */
  until: number;
  /** The rights version it was read under (see `version()`). */
  version: string;
}

/**
 * The viewers of session tokens read recently, so that a burst of requests reads its session
 * once instead of on every request. An entry is trusted for a few seconds at most, never past
 * the session's end, and only while no change of rights was seen (`IDENTITY_CHANGED`, from any
 * process, moves `rights.version`): a sign-out, a revocation, a disabled account or a changed
 * platform-administrator right applies at once in this process (every change of rights made
 * here `clear()`s it before it is announced) and, in another api process, within the event
 * relay's delay and never later than SESSION_CACHE_MS. Unknown or refused tokens are never kept (each one still counts as a failure).
 */
export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  /** Moved by `clear()`: a session read before it is not kept after it. */
  private generation = 0;

  constructor(
    private readonly rights: { readonly version: number },
    private readonly ttlMs = SESSION_CACHE_MS,
    private readonly max = SESSION_CACHE_MAX,
  ) {}

  /** The version to pass to `set` for a session about to be read. */
  version(): string {
    return `${this.rights.version}/${this.generation}`;
  }

  get(tokenHash: string, now = Date.now()): SessionViewer | undefined {
    const entry = this.entries.get(tokenHash);
    if (!entry) {
      return undefined;
    }
    if (entry.version !== this.version() || now >= entry.until || now >= entry.expiresAt) {
      this.entries.delete(tokenHash);
      return undefined;
    }
    return entry.viewer;
  }

  /** Keeps a session read under `version` (nothing when the rights moved meanwhile). */
  set(tokenHash: string, viewer: SessionViewer, expiresAt: Date, version: string): void {
    if (version !== this.version() || this.ttlMs <= 0) {
      return;
    }
    this.entries.delete(tokenHash);
    if (this.entries.size >= this.max) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) {
        this.entries.delete(oldest.value);
      }
    }
    const now = Date.now();
    this.entries.set(tokenHash, {
      viewer: Object.freeze({ ...viewer }),
      expiresAt: expiresAt.getTime(),
      until: now + this.ttlMs,
      version,
    });
  }

  /** Forgets every session (this process changed someone's rights). */
  clear(): void {
    this.entries.clear();
    this.generation += 1;
  }
}
