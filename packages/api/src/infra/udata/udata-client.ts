import type {
  UdataDataset,
  UdataDatasetBody,
  UdataFile,
  UdataOrganization,
  UdataPage,
  UdataResource,
  UdataResourceBody,
} from './udata-types.js';
import { kindOf, messageOf, parseJson, retryAfter, UdataError } from './udata-errors.js';

export { UdataError, type UdataErrorKind } from './udata-errors.js';

export interface UdataClientOptions {
  /** API root, e.g. `https://www.data.gouv.fr/api/1` (no trailing slash). */
  baseUrl: string;
  /** Sent as X-API-KEY on every call; never logged, never part of an error. */
  apiKey: string;
  /** One call abandoned after this (ms), then retried. */
  timeoutMs: number;
  /** Shortest gap between the starts of two calls (ms): stay polite to the remote. */
  minIntervalMs: number;
  /** Attempts per call (default 4). */
  maxAttempts?: number;
  /** First backoff (ms), doubled each retry with jitter (default 500). */
  retryBaseMs?: number;
  /** Longest wait before a retry, Retry-After included (default 60 s). */
  maxWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Told before each retry (counts, reports). */
  onRetry?: (info: { attempt: number; status: number | null; waitMs: number }) => void;
}

interface Call {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  json?: unknown;
  file?: UdataFile;
  /** POST creating something: a lost answer is ambiguous, never blindly repeated. */
  creates?: boolean;
}

const RETRYABLE = new Set([423, 429, 500, 502, 503, 504]);

/** A small client of udata's API v1 (data.gouv.fr or any udata instance): retries, back-off. */
export class UdataClient {
  private lastStart = 0;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly o: UdataClientOptions) {
    this.sleep = o.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  }

  me(): Promise<{ id: string; first_name?: string; last_name?: string }> {
    return this.call({ method: 'GET', path: '/me/' });
  }

  async organizationsBySiret(siret: string): Promise<UdataOrganization[]> {
    const q = new URLSearchParams({ business_number_id: siret, page_size: '20' });
    const page = await this.call<UdataPage<UdataOrganization>>({
      method: 'GET',
      path: `/organizations/?${q}`,
    });
    return page.data;
  }

  organization(idOrSlug: string): Promise<UdataOrganization> {
    return this.call({ method: 'GET', path: `/organizations/${seg(idOrSlug)}/` });
  }

  /** Every dataset of an organisation (private ones too when the key's user is a member). */
  async organizationDatasets(orgId: string): Promise<UdataDataset[]> {
    const all: UdataDataset[] = [];
    for (let page = 1; page <= 100; page++) {
      const p = await this.call<UdataPage<UdataDataset>>({
        method: 'GET',
        path: `/organizations/${seg(orgId)}/datasets/?page=${page}&page_size=100`,
      });
      all.push(...p.data);
      if (!p.next_page || p.data.length === 0) {
        break;
      }
    }
    return all;
  }

  dataset(id: string): Promise<UdataDataset> {
    return this.call({ method: 'GET', path: `/datasets/${seg(id)}/` });
  }

  createDataset(body: UdataDatasetBody): Promise<UdataDataset> {
    return this.call({ method: 'POST', path: '/datasets/', json: body, creates: true });
  }

  updateDataset(id: string, body: Partial<UdataDatasetBody>): Promise<UdataDataset> {
    return this.call({ method: 'PUT', path: `/datasets/${seg(id)}/`, json: body });
  }

  uploadResource(datasetId: string, file: UdataFile): Promise<UdataResource> {
    return this.call({
      method: 'POST',
      path: `/datasets/${seg(datasetId)}/upload/`,
      file,
      creates: true,
    });
  }

  /** Replaces a hosted file in place (same resource id; repeating it is harmless). */
  replaceResourceFile(datasetId: string, rid: string, file: UdataFile): Promise<UdataResource> {
    return this.call({
      method: 'POST',
      path: `/datasets/${seg(datasetId)}/resources/${seg(rid)}/upload/`,
      file,
    });
  }

  updateResource(datasetId: string, rid: string, body: UdataResourceBody): Promise<UdataResource> {
    return this.call({
      method: 'PUT',
      path: `/datasets/${seg(datasetId)}/resources/${seg(rid)}/`,
      json: body,
    });
  }

  /** Deletes a resource; one already gone counts as deleted. */
  async deleteResource(datasetId: string, rid: string): Promise<void> {
    try {
      await this.call({
        method: 'DELETE',
        path: `/datasets/${seg(datasetId)}/resources/${seg(rid)}/`,
      });
    } catch (err) {
      if (!(err instanceof UdataError && err.kind === 'not_found')) {
        throw err;
      }
    }
  }

  private async call<T>(c: Call): Promise<T> {
    const max = this.o.maxAttempts ?? 4;
    for (let attempt = 1; ; attempt++) {
      const outcome = await this.once(c);
      if (outcome.ok) {
        return outcome.value as T;
      }
      const err = outcome.error;
      const retryable =
        err.kind === 'rate_limited' ||
        (!c.creates &&
          (err.kind === 'unavailable' || err.kind === 'timeout' || err.kind === 'network'));
      if (!retryable || attempt >= max) {
        throw c.creates && ['unavailable', 'timeout', 'network'].includes(err.kind)
          ? new UdataError(err.kind, err.status, err.detail, true)
          : err;
      }
      const base = (this.o.retryBaseMs ?? 500) * 2 ** (attempt - 1);
      const waitMs = Math.min(
        this.o.maxWaitMs ?? 60_000,
        outcome.retryAfterMs ?? base + Math.random() * base * 0.25,
      );
      this.o.onRetry?.({ attempt, status: err.status, waitMs });
      await this.sleep(waitMs);
    }
  }

  private async once(
    c: Call,
  ): Promise<
    { ok: true; value: unknown } | { ok: false; error: UdataError; retryAfterMs?: number }
  > {
    const gap = this.lastStart + this.o.minIntervalMs - Date.now();
    if (gap > 0) {
      await this.sleep(gap);
    }
    this.lastStart = Date.now();
    const headers: Record<string, string> = {
      accept: 'application/json',
      'x-api-key': this.o.apiKey,
    };
    let body: string | FormData | undefined;
    if (c.file) {
      const form = new FormData();
      form.set(
        'file',
        new Blob([c.file.bytes as Uint8Array<ArrayBuffer>], { type: c.file.mediaType }),
        c.file.name,
      );
      body = form;
    } else if (c.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(c.json);
    }
    let res: Response;
    try {
      res = await fetch(`${this.o.baseUrl}${c.path}`, {
        method: c.method,
        headers,
        body,
        redirect: 'error',
        signal: AbortSignal.timeout(this.o.timeoutMs),
      });
    } catch (err) {
      const e = err as Error & { cause?: { code?: string } };
      const timeout = e.name === 'TimeoutError' || e.name === 'AbortError';
      return {
        ok: false,
        error: new UdataError(
          timeout ? 'timeout' : 'network',
          null,
          timeout ? `no answer within ${this.o.timeoutMs} ms` : (e.cause?.code ?? 'network error'),
        ),
      };
    }
    let text: string;
    try {
      text = await res.text();
    } catch {
      return { ok: false, error: new UdataError('timeout', res.status, 'answer cut short') };
    }
    if (res.ok) {
      return { ok: true, value: text ? parseJson(text) : null };
    }
    const detail = messageOf(text, res.status);
    return {
      ok: false,
      error: new UdataError(kindOf(res.status), res.status, detail),
      retryAfterMs: RETRYABLE.has(res.status) ? retryAfter(res.headers) : undefined,
    };
  }
}

function seg(s: string): string {
  return encodeURIComponent(s);
}
