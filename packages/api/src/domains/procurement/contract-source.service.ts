import type { EntityManager } from '@mikro-orm/core';
import { InvalidInputError, NotFoundError } from '../../core/errors.js';
import type { Ports } from '../../core/ports.js';
import {
  isPrivateHost,
  PrivateAddressError,
  type OutboundFetch,
} from '../../infra/http/outbound-fetch.js';
import type { AccessService } from '../../identity/auth/access.js';
import { Role } from '../../identity/auth/membership.entity.js';
import { ContractSource } from './contract-source.entity.js';
import type { ContractSourceInput } from './contract.inputs.js';
import { readLimited, tooLargeMessage } from './contract-import.service.js';
import type { DecpIntakeService } from './decp-intake.service.js';
import {
  ContractImportOrigin,
  ContractImportStatus,
  ContractSourceStatus,
} from './procurement.enums.js';

export interface SourceLimits {
  maxBytes: number;
  timeoutMs: number;
  allowHttp: boolean;
  allowPrivate: boolean;
}

/** Each organisation's DECP sources: HTTPS URLs fetched on a schedule, conditionally. */
export class ContractSourceService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: AccessService,
    private readonly intake: DecpIntakeService,
    private readonly ports: Ports,
    private readonly outbound: OutboundFetch,
    private readonly limits: SourceLimits,
  ) {}

  async list(siren: string): Promise<ContractSource[]> {
    const org = await this.access.requireOrganization(siren, Role.VIEWER);
    return this.em.find(ContractSource, { organization: org }, { orderBy: { createdAt: 'asc' } });
  }

  async save(input: ContractSourceInput, id?: string | null): Promise<ContractSource> {
    const org = await this.access.requireOrganization(input.siren, Role.EDITOR);
    const url = this.checkUrl(input.url);
    const source = id
      ? await this.em.findOne(ContractSource, { id, organization: org })
      : this.em.create(ContractSource, { organization: org, url });
    if (!source) {
      throw new NotFoundError('procurement/not_found', 'Source introuvable.');
    }
    if (source.url !== url) {
      Object.assign(source, { url, etag: null, lastModified: null });
    }
    source.active = input.active ?? source.active;
    await this.em.flush();
    return source;
  }

  async delete(id: string): Promise<boolean> {
    const s = await this.editable(id);
    await this.em.remove(s).flush();
    return true;
  }

  /** Queues a fetch now; returns the job id. */
  async fetchNow(id: string): Promise<string | null> {
    const s = await this.editable(id);
    return this.ports.enqueue('decp.source.fetch', { sourceId: s.id, siren: s.organization.siren });
  }

  /** Queues a fetch of every active source (scheduled job). */
  async fetchAll(): Promise<number> {
    const sources = await this.em.find(
      ContractSource,
      { active: true },
      { populate: ['organization'] },
    );
    for (const s of sources) {
      await this.ports.enqueue(
        'decp.source.fetch',
        { sourceId: s.id, siren: s.organization.siren },
        { uniqueKey: `decp.source:${s.id}:${new Date().toISOString().slice(0, 13)}` },
      );
    }
    return sources.length;
  }

  /**
   * Fetches a source (If-None-Match / If-Modified-Since, size and time limits) and imports what
   * it answers. A failure is recorded on the source, nothing else changes.
   */
  async fetch(sourceId: string): Promise<ContractSource> {
    const s = await this.em.findOne(
      ContractSource,
      { id: sourceId },
      { populate: ['organization'] },
    );
    if (!s) {
      throw new NotFoundError('procurement/not_found', 'Source introuvable.');
    }
    s.lastFetchAt = new Date();
    try {
      const res = await this.outbound(s.url, {
        signal: AbortSignal.timeout(this.limits.timeoutMs),
        headers: {
          accept: 'application/json, application/xml, text/xml',
          ...(s.etag ? { 'if-none-match': s.etag } : {}),
          ...(s.lastModified ? { 'if-modified-since': s.lastModified } : {}),
        },
      });
      if (res.status === 304) {
        Object.assign(s, { lastStatus: ContractSourceStatus.NOT_MODIFIED, lastError: null });
      } else if (!res.ok) {
        await res.body?.cancel();
        throw new Error(`La source a répondu ${res.status} ${res.statusText}`.trim() + '.');
      } else {
        const declared = Number(res.headers.get('content-length') ?? 0);
        if (declared > this.limits.maxBytes) {
          await res.body?.cancel();
          throw new Error(tooLargeMessage(this.limits.maxBytes));
        }
        const bytes = await readLimited(
          (res.body ?? []) as unknown as AsyncIterable<Uint8Array>,
          this.limits.maxBytes,
        );
        const [imp] = await this.intake.intake({
          bytes,
          fileName: new URL(s.url).pathname.split('/').pop() || 'source',
          origin: ContractImportOrigin.SOURCE,
          siren: s.organization.siren,
          sourceId: s.id,
        });
        const failed = imp?.status === ContractImportStatus.FAILED;
        Object.assign(s, {
          lastStatus: failed ? ContractSourceStatus.FAILED : ContractSourceStatus.IMPORTED,
          lastError: failed ? (imp?.message ?? imp?.errors[0]?.message ?? null) : null,
          lastImportId: imp?.id ?? null,
          // Validators kept only once the content was read: a failed import is fetched again.
          etag: failed ? null : res.headers.get('etag'),
          lastModified: failed ? null : res.headers.get('last-modified'),
        });
      }
    } catch (err) {
      Object.assign(s, {
        lastStatus: ContractSourceStatus.FAILED,
        lastError: reason(err, this.limits),
      });
    }
    await this.em.flush();
    return s;
  }

  private checkUrl(raw: string): string {
    let url: URL;
    try {
      url = new URL(raw.trim());
    } catch {
      throw new InvalidInputError(
        'procurement/invalid_url',
        'Adresse invalide : une URL complète est attendue (https://…).',
      );
    }
    const ok = url.protocol === 'https:' || (this.limits.allowHttp && url.protocol === 'http:');
    if (!ok || url.username || url.password) {
      throw new InvalidInputError(
        'procurement/invalid_url',
        'Adresse refusée : seule une URL https:// sans identifiants est acceptée.',
      );
    }
    if (!this.limits.allowPrivate && isPrivateHost(url.hostname)) {
      throw new InvalidInputError(
        'procurement/invalid_url',
        new PrivateAddressError(url.host).message,
      );
    }
    return url.toString();
  }

  private async editable(id: string): Promise<ContractSource> {
    const s = await this.em.findOne(ContractSource, { id }, { populate: ['organization'] });
    if (!s || !(await this.access.can(s.organization.id, Role.VIEWER))) {
      this.access.requireStaff();
      throw new NotFoundError('procurement/not_found', 'Source introuvable.');
    }
    await this.access.require(s.organization.id, Role.EDITOR);
    return s;
  }
}

function reason(err: unknown, limits: SourceLimits): string {
  const e = err as Error & { code?: string; cause?: { code?: string } | PrivateAddressError };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') {
    return `La source n’a pas répondu dans les ${Math.round(limits.timeoutMs / 1000)} s.`;
  }
  if (e.cause instanceof PrivateAddressError) {
    return e.cause.message;
  }
  if (
    e instanceof PrivateAddressError ||
    e.message?.startsWith('La source') ||
    e.message?.startsWith('Fichier trop')
  ) {
    return e.message;
  }
  if (e instanceof InvalidInputError) {
    return e.message;
  }
  return `Source injoignable (${e.cause?.code ?? e.code ?? 'erreur réseau'}).`;
}
