// How a udata call failed: the error kinds, and reading them from an HTTP answer.

/**
 * What went wrong with a call: `auth` (401: key invalid, expired or revoked), `forbidden` (403:
 * the key's user may not edit that object), `not_found` (404), `gone` (410: deleted),
 * `invalid` (other 4xx: the body says why), `rate_limited` (429 after every retry),
 * `unavailable` (5xx or 423 after every retry), `timeout`, `network`.
 */
export type UdataErrorKind =
  | 'auth'
  | 'forbidden'
  | 'not_found'
  | 'gone'
  | 'invalid'
  | 'rate_limited'
  | 'unavailable'
  | 'timeout'
  | 'network';

export class UdataError extends Error {
  constructor(
    readonly kind: UdataErrorKind,
    readonly status: number | null,
    /** The remote message (or its validation errors), at most 500 characters. */
    readonly detail: string,
    /**
     * A creation (POST) whose outcome is unknown (no answer, or a 5xx): the remote may hold the
     * new object. Look before creating again.
     */
    readonly ambiguous = false,
  ) {
    super(`udata ${status ?? kind}: ${detail}`);
    this.name = 'UdataError';
  }
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export function kindOf(status: number): UdataErrorKind {
  if (status === 401) {
    return 'auth';
  }
  if (status === 403) {
    return 'forbidden';
  }
  if (status === 404) {
    return 'not_found';
  }
  if (status === 410) {
    return 'gone';
  }
  if (status === 429) {
    return 'rate_limited';
  }
  if (status === 423 || status >= 500) {
    return 'unavailable';
  }
  return 'invalid';
}

/** udata's error bodies: `{message}`, `{errors: {field: [..]}}` or both (datagouv.md §1.9). */
export function messageOf(text: string, status: number): string {
  const body = parseJson(text) as { message?: unknown; errors?: unknown } | null;
  const parts: string[] = [];
  if (body && typeof body.message === 'string') {
    parts.push(body.message);
  }
  if (body?.errors) {
    parts.push(JSON.stringify(body.errors));
  }
  const detail = parts.join(' ') || `HTTP ${status}`;
  return detail.length > 500 ? `${detail.slice(0, 499)}…` : detail;
}

/** Retry-After (seconds or an HTTP date), else X-RateLimit-Reset (epoch seconds or seconds). */
export function retryAfter(h: Headers): number | undefined {
  const ra = h.get('retry-after');
  if (ra) {
    if (/^\d+(\.\d+)?$/.test(ra.trim())) {
      return Number(ra) * 1000;
    }
    const at = Date.parse(ra);
    if (!Number.isNaN(at)) {
      return Math.max(0, at - Date.now());
    }
  }
  const reset = Number(h.get('x-ratelimit-reset'));
  if (Number.isFinite(reset) && reset > 0) {
    return reset > 1e9 ? Math.max(0, reset * 1000 - Date.now()) : reset * 1000;
  }
  return undefined;
}
