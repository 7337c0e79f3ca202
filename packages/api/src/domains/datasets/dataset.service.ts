import type { EntityManager } from '@mikro-orm/core';
import type { Ports } from '../../core/ports.js';
import type { AccessService } from '../../identity/auth/access.js';
import { Role } from '../../identity/auth/membership.entity.js';
import { Organization } from '../../identity/tenants/organization.entity.js';
import { Dataset, DatasetKind, DatasetStatus } from './dataset.entity.js';
import { existsSync } from 'node:fs';
import { datasetFile, datasetPublicPath, type DatasetFormat } from './dataset-paths.js';

/** Staff view of an organisation's generated files and their validation reports. */
export class DatasetService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: AccessService,
    private readonly ports: Ports,
    private readonly dataDir: string,
  ) {}

  async list(siren: string): Promise<Dataset[]> {
    await this.access.requireOrganization(siren, Role.VIEWER);
    return this.em.find(Dataset, { scope: siren }, { orderBy: { year: 'desc', kind: 'desc' } });
  }

  async regenerate(
    siren: string,
    year: number,
    kind: DatasetKind = DatasetKind.DELIBERATIONS,
  ): Promise<string | null> {
    await this.access.requireOrganization(siren, Role.EDITOR);
    return kind === DatasetKind.BUDGETS
      ? this.ports.enqueue('budget.export', { siren, year })
      : this.ports.enqueue('dataset.export', { siren, year });
  }

  /** Public URL of the served file, when there is one and the organisation is public. */
  async urlOf(dataset: Dataset, format: DatasetFormat = 'csv'): Promise<string | null> {
    if (!dataset.publishedFileAt) {
      return null;
    }
    if (dataset.scope !== 'all') {
      const org = await this.em.findOne(
        Organization,
        { siren: dataset.scope },
        { fields: ['openDataActive'] },
      );
      if (!org?.openDataActive || dataset.status === DatasetStatus.MISSING_SIRET) {
        return null;
      }
    }
    if (
      format !== 'csv' &&
      !existsSync(datasetFile(this.dataDir, dataset.scope, dataset.year, dataset.kind, format))
    ) {
      return null;
    }
    return `${this.ports.publicUrl}${datasetPublicPath(dataset.scope, dataset.year, dataset.kind, format)}`;
  }
}
