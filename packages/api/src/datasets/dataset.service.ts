import type { EntityManager } from '@mikro-orm/core';
import type { ActPorts } from '../acts/act-ports.js';
import type { AccessService } from '../auth/access.js';
import { Role } from '../auth/membership.entity.js';
import { NotFoundError } from '../errors.js';
import { Organization } from '../organizations/organization.entity.js';
import { Dataset, DatasetKind, DatasetStatus } from './dataset.entity.js';
import { datasetPublicPath } from './dataset-paths.js';

/** Staff view of an organisation's generated files and their validation reports. */
export class DatasetService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: AccessService,
    private readonly ports: ActPorts,
  ) {}

  private async org(siren: string, role: Role): Promise<Organization> {
    this.access.requireStaff();
    const org = await this.em.findOne(Organization, { siren });
    if (!org || !(await this.access.can(org.id, Role.VIEWER))) {
      throw new NotFoundError('organizations/not_found', `Aucune collectivité avec le SIREN ${siren}.`);
    }
    await this.access.require(org.id, role);
    return org;
  }

  async list(siren: string): Promise<Dataset[]> {
    await this.org(siren, Role.VIEWER);
    return this.em.find(Dataset, { kind: DatasetKind.DELIBERATIONS, scope: siren }, { orderBy: { year: 'desc' } });
  }

  async regenerate(siren: string, year: number): Promise<string | null> {
    await this.org(siren, Role.EDITOR);
    return this.ports.enqueue('dataset.export', { siren, year });
  }

  /** Public URL of the served file, when there is one and the organisation is public. */
  async urlOf(dataset: Dataset): Promise<string | null> {
    if (!dataset.publishedFileAt) {
      return null;
    }
    if (dataset.scope !== 'all') {
      const org = await this.em.findOne(Organization, { siren: dataset.scope }, { fields: ['openDataActive'] });
      if (!org?.openDataActive || dataset.status === DatasetStatus.MISSING_SIRET) {
        return null;
      }
    }
    return `${this.ports.publicUrl}${datasetPublicPath(dataset.scope, dataset.year)}`;
  }
}
