import type { EntityManager } from '@mikro-orm/core';
import type { Ports } from '../../core/ports.js';
import type { AuditService } from '../audit/audit.service.js';
import type { AccessService } from '../auth/access.js';
import { Role } from '../auth/membership.entity.js';
import { requirePlatformAdmin, type Viewer } from '../../core/viewer.js';
import { pageWindow, toConnection, type Connection } from '../../core/page.type.js';
import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
} from '../../core/errors.js';
import type { CreateOrganizationInput, UpdateOrganizationInput } from './organization.inputs.js';
import { Organization } from '../tenants/organization.entity.js';
import { isValidSiren, isValidSiret, sirenProblem } from '../../shared/siret.js';

export class OrganizationService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly ports: Ports,
  ) {}

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
    // A SIREN typed by the operator is checked with its key (deposits may carry any 9 digits).
    const problem = sirenProblem(input.siren);
    if (problem) {
      throw new InvalidInputError('organizations/invalid_siren', problem);
    }
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
    this.audit.record(
      'organization.create',
      { type: 'Organization', id: org.id, siren: org.siren },
      undefined,
      settingsOf(org),
    );
    await this.em.flush();
    return org;
  }

  /** Platform admins, or the organisation's own administrators. */
  async update(input: UpdateOrganizationInput): Promise<Organization> {
    this.access.requireStaff();
    const org = await this.em.findOne(Organization, { siren: input.siren });
    if (!org || !(await this.access.can(org.id, Role.VIEWER))) {
      throw new NotFoundError(
        'organizations/not_found',
        `Aucune collectivité avec le SIREN ${input.siren}.`,
      );
    }
    await this.access.require(org.id, Role.ADMIN);
    const before = settingsOf(org);
    const siret = input.siret === undefined ? org.siret : input.siret || null;
    this.checkIdentifiers(org.siren, siret);
    if (input.name !== undefined) {
      org.name = input.name.trim();
    }
    org.siret = siret;
    if (input.openDataActive != null) {
      if (
        input.openDataActive &&
        org.needsReview &&
        (await this.access.readableOrgIds()) !== 'all'
      ) {
        throw new ForbiddenError(
          'organizations/review_required',
          'Cette collectivité a été créée à partir d’un dépôt : un administrateur de la plateforme doit la vérifier avant d’activer son open data.',
        );
      }
      org.openDataActive = input.openDataActive;
      if (input.openDataActive) {
        org.needsReview = false;
      }
    }
    if (input.publishAnnexes != null) {
      org.publishAnnexes = input.publishAnnexes;
    }
    const after = settingsOf(org);
    this.audit.record(
      'organization.update',
      { type: 'Organization', id: org.id, siren: org.siren },
      before,
      after,
    );
    await this.em.flush();
    // Everything the public files and the index carry: the name and SIRET are columns of the
    // SCDL files, so a change of either regenerates them too.
    if (
      before.openDataActive !== after.openDataActive ||
      before.publishAnnexes !== after.publishAnnexes ||
      before.siret !== after.siret ||
      before.name !== after.name
    ) {
      await this.ports.enqueue('organization.project', { siren: org.siren });
    }
    return org;
  }

  /** Staff read: an organisation the viewer belongs to (platform admins: any). */
  async findBySiren(siren: string): Promise<Organization | null> {
    this.access.requireStaff();
    const org = await this.em.findOne(Organization, { siren });
    return org && (await this.access.can(org.id, Role.VIEWER)) ? org : null;
  }

  async list(args: {
    first?: number | null;
    after?: string | null;
    search?: string | null;
  }): Promise<Connection<Organization>> {
    const readable = await this.access.readableOrgIds();
    const { offset, limit } = pageWindow(args);
    const text = args.search?.trim();
    const where = {
      ...(readable === 'all' ? {} : { id: { $in: readable } }),
      ...(text
        ? {
            $or: [
              { name: { $like: `%${text}%` } },
              { siren: { $like: `${text.replace(/\D/g, '')}%` } },
            ],
          }
        : {}),
    };
    const [items, total] = await this.em.findAndCount(Organization, where, {
      orderBy: { name: 'asc', id: 'asc' },
      offset,
      limit,
    });
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

function settingsOf(org: Organization) {
  return {
    name: org.name,
    siret: org.siret ?? null,
    openDataActive: org.openDataActive,
    publishAnnexes: org.publishAnnexes,
  };
}
