import type { EntityManager } from '@mikro-orm/core';
import { isPlatformAdmin, requirePlatformAdmin, requireSignedIn, type Viewer } from '../auth/viewer.js';
import { pageWindow, toConnection, type Connection } from '../common/page.type.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors.js';
import type { CreateOrganizationInput, UpdateOrganizationInput } from './organization.inputs.js';
import { Organization } from './organization.entity.js';
import { isValidSiren, isValidSiret } from './siret.js';

export class OrganizationService {
  constructor(private readonly em: EntityManager) {}

  private checkIdentifiers(siren: string, siret: string | null | undefined): void {
    if (!isValidSiren(siren)) {
      throw new InvalidInputError(
        'organizations/invalid_siren',
        `SIREN « ${siren} » invalide : il doit comporter exactement 9 chiffres.`,
      );
    }
    if (siret) {
      if (!isValidSiret(siret)) {
        throw new InvalidInputError(
          'organizations/invalid_siret',
          `SIRET « ${siret} » invalide : 14 chiffres attendus, avec une clé de contrôle (Luhn) correcte.`,
        );
      }
      if (!siret.startsWith(siren)) {
        throw new InvalidInputError(
          'organizations/siret_mismatch',
          `Le SIRET « ${siret} » ne commence pas par le SIREN « ${siren} » de la collectivité.`,
        );
      }
    }
  }

  async create(viewer: Viewer, input: CreateOrganizationInput): Promise<Organization> {
    requirePlatformAdmin(viewer);
    this.checkIdentifiers(input.siren, input.siret);
    if (await this.em.count(Organization, { siren: input.siren })) {
      throw new ConflictError(
        'organizations/siren_taken',
        `Une collectivité avec le SIREN ${input.siren} existe déjà.`,
      );
    }
    const org = this.em.create(Organization, {
      siren: input.siren,
      name: input.name.trim(),
      siret: input.siret ?? null,
    });
    await this.em.flush();
    return org;
  }

  async update(viewer: Viewer, input: UpdateOrganizationInput): Promise<Organization> {
    requirePlatformAdmin(viewer);
    const org = await this.getBySirenOrFail(input.siren);
    const siret = input.siret === undefined ? org.siret : input.siret || null;
    this.checkIdentifiers(org.siren, siret);
    if (input.name !== undefined) {
      org.name = input.name.trim();
    }
    org.siret = siret;
    if (input.openDataActive != null) {
      org.openDataActive = input.openDataActive;
    }
    if (input.publishAnnexes != null) {
      org.publishAnnexes = input.publishAnnexes;
    }
    await this.em.flush();
    return org;
  }

  /** Staff read: any signed-in caller with access (platform admins see all). */
  async findBySiren(viewer: Viewer, siren: string): Promise<Organization | null> {
    requireSignedIn(viewer);
    if (!isPlatformAdmin(viewer)) {
      return null;
    }
    return this.em.findOne(Organization, { siren });
  }

  async list(
    viewer: Viewer,
    args: { first?: number | null; after?: string | null },
  ): Promise<Connection<Organization>> {
    requireSignedIn(viewer);
    const { offset, limit } = pageWindow(args);
    if (!isPlatformAdmin(viewer)) {
      return toConnection([], 0, offset);
    }
    const [items, total] = await this.em.findAndCount(
      Organization,
      {},
      { orderBy: { name: 'asc', id: 'asc' }, offset, limit },
    );
    return toConnection(items, total, offset);
  }

  /** Public read: only organisations whose open data is active. */
  async findPublic(siren: string): Promise<{ siren: string; name: string } | null> {
    const org = await this.em.findOne(Organization, { siren, openDataActive: true });
    return org ? { siren: org.siren, name: org.name } : null;
  }

  async getBySirenOrFail(siren: string): Promise<Organization> {
    const org = await this.em.findOne(Organization, { siren });
    if (!org) {
      throw new NotFoundError(
        'organizations/not_found',
        `Aucune collectivité avec le SIREN ${siren}.`,
      );
    }
    return org;
  }
}
