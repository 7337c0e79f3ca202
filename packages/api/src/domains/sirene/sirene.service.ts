import type { EntityManager } from '@mikro-orm/core';
import { AppError } from '../../core/errors.js';
import { childLogger } from '../../core/logger.js';
import type { Ports } from '../../core/ports.js';
import { Role } from '../../identity/auth/membership.entity.js';
import type { AccessService } from '../../identity/auth/access.js';
import { Establishment } from '../../identity/tenants/establishment.entity.js';
import { Organization } from '../../identity/tenants/organization.entity.js';
import type {
  SireneClient,
  SireneEstablishment,
  SireneUnit,
} from '../../infra/sirene/sirene-client.js';
import { SireneSync } from './sirene-sync.entity.js';
import { SireneSyncStatus } from './sirene.enums.js';

const log = childLogger('sirene');

/** A name the platform made up (deposit from an unknown SIREN): SIRENE may replace it. */
function isPlaceholder(org: Organization): boolean {
  return !org.name.trim() || org.name === `Collectivité ${org.siren}`;
}

/**
 * Organisations enriched from SIRENE: legal name, head-office SIRET, legal category, INSEE
 * commune code and establishments. Without a client (no key) nothing changes; an API failure
 * is recorded on the organisation's SireneSync and the data stays as it was.
 */
export class SireneService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: AccessService,
    private readonly client: SireneClient | undefined,
    private readonly ports: Ports,
  ) {}

  get configured(): boolean {
    return !!this.client;
  }

  /** Staff of the organisation: its last enrichment (null: never asked). */
  async syncOf(siren: string): Promise<SireneSync | null> {
    const org = await this.access.requireOrganization(siren, Role.VIEWER);
    return this.em.findOne(SireneSync, { organization: org });
  }

  /** Public: the diffusible establishments (non-diffusible ones never leave the database). */
  async establishments(siren: string): Promise<Establishment[]> {
    return this.em.find(
      Establishment,
      { organization: { siren }, diffusible: true },
      { orderBy: { headOffice: 'desc', siret: 'asc' } },
    );
  }

  /**
   * Administrators of the organisation (or of the platform): refresh now, in the worker; the
   * job id, or null when SIRENE is not configured (nothing to do, nothing breaks).
   */
  async requestRefresh(siren: string): Promise<string | null> {
    await this.access.requireOrganization(siren, Role.ADMIN);
    if (!this.client) {
      return null;
    }
    return this.ports.enqueue(
      'sirene.refresh',
      { siren },
      { uniqueKey: `sirene:${siren}:${Date.now()}` },
    );
  }

  /** Every organisation, one after the other (the client's bucket paces the requests). */
  async refreshAll(onEach?: (done: number, total: number) => Promise<void>) {
    const orgs = await this.em.find(
      Organization,
      {},
      { orderBy: { siren: 'asc' }, fields: ['siren'] },
    );
    const counts = { ok: 0, notFound: 0, failed: 0 };
    for (const [i, { siren }] of orgs.entries()) {
      const s = await this.refresh(siren);
      counts[
        s.status === SireneSyncStatus.OK
          ? 'ok'
          : s.status === SireneSyncStatus.NOT_FOUND
            ? 'notFound'
            : 'failed'
      ] += 1;
      this.em.clear();
      await onEach?.(i + 1, orgs.length);
    }
    return { total: orgs.length, ...counts };
  }

  /** Fetches one organisation from SIRENE and writes what it says (worker, system viewer). */
  async refresh(siren: string): Promise<SireneSync> {
    const org = await this.em.findOneOrFail(Organization, { siren });
    const sync =
      (await this.em.findOne(SireneSync, { organization: org })) ??
      this.em.create(SireneSync, { organization: org });
    if (!this.client) {
      return sync;
    }
    sync.checkedAt = new Date();
    try {
      const unit = await this.client.unit(siren);
      if (!unit) {
        Object.assign(sync, {
          status: SireneSyncStatus.NOT_FOUND,
          errorCode: 'sirene/not-found',
          errorMessage: 'SIREN inconnu de l’Insee.',
        });
      } else {
        const list = await this.client.establishments(siren);
        await this.apply(org, sync, unit, list);
      }
    } catch (err) {
      const code = err instanceof AppError ? err.code : 'sirene/failed';
      const message = err instanceof AppError ? err.message : 'Échec de l’enrichissement Sirene.';
      log.warn({ siren, code }, 'sirene refresh failed: data kept as it was');
      Object.assign(sync, {
        status: SireneSyncStatus.FAILED,
        errorCode: code,
        errorMessage: message,
      });
    }
    await this.em.flush();
    return sync;
  }

  private async apply(
    org: Organization,
    sync: SireneSync,
    unit: SireneUnit,
    list: SireneEstablishment[],
  ): Promise<void> {
    const head = list.find((e) => e.headOffice) ?? null;
    const headSiret = unit.headOfficeNic
      ? `${org.siren}${unit.headOfficeNic}`
      : (head?.siret ?? null);
    if (unit.name && isPlaceholder(org)) {
      org.name = unit.name.slice(0, 255);
    }
    org.siret ??= headSiret;
    org.legalCategory = unit.legalCategory;
    org.inseeCode = head?.communeCode ?? org.inseeCode ?? null;
    const known = new Map(
      (await this.em.find(Establishment, { siret: { $in: list.map((e) => e.siret) } })).map((e) => [
        e.siret,
        e,
      ]),
    );
    for (const e of list.filter((x) => /^\d{14}$/.test(x.siret) && x.siret.startsWith(org.siren))) {
      const row =
        known.get(e.siret) ?? this.em.create(Establishment, { organization: org, siret: e.siret });
      Object.assign(row, {
        organization: org,
        name: e.diffusible ? (e.name?.slice(0, 255) ?? null) : null,
        diffusible: e.diffusible,
        headOffice: e.headOffice,
        active: e.active,
        communeCode: e.communeCode,
      });
    }
    // Establishments SIRENE no longer lists for this SIREN go.
    await this.em.nativeDelete(Establishment, {
      organization: org,
      siret: { $nin: list.map((e) => e.siret).concat(['-']) },
    });
    Object.assign(sync, {
      status: SireneSyncStatus.OK,
      legalName: unit.name?.slice(0, 255) ?? null,
      headOfficeSiret: headSiret,
      establishments: list.filter((e) => e.diffusible).length,
      hiddenEstablishments: list.filter((e) => !e.diffusible).length,
      syncedAt: new Date(),
      errorCode: null,
      errorMessage: null,
    });
  }
}
