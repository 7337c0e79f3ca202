import type { EntityManager } from '@mikro-orm/core';
import { InvalidInputError } from '../../core/errors.js';
import type { Viewer } from '../../core/viewer.js';
import type { AuditService } from '../../identity/audit/audit.service.js';
import type { AccessService } from '../../identity/auth/access.js';
import { Role } from '../../identity/auth/membership.entity.js';
import { DatasetGeneration } from '../datasets/dataset-generation.entity.js';
import type { DatasetKind } from '../datasets/dataset.enums.js';
import { datasetOf, landingPageOf } from './catalog-build.js';
import { CatalogMetadata } from './catalog-metadata.entity.js';
import type { CatalogService } from './catalog.service.js';
import type { CatalogKind } from './catalog.types.js';
import type { CatalogMetadataInput, CatalogMetadataView } from './catalog.gql-types.js';
import { CATALOG_KINDS, FREQUENCIES, LICENSES } from './catalog-vocabulary.js';

const MAX_KEYWORDS = 20;

function clean(value: string | null | undefined, max: number, field: string): string | null {
  const text = value?.trim() ?? '';
  if (text.length > max) {
    throw new InvalidInputError(
      'catalog/invalid_metadata',
      `${field} : ${max} caractères au plus.`,
    );
  }
  return text || null;
}

/** Staff view and edition of an organisation's catalogue metadata, and of its files' history. */
export class CatalogMetadataService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly catalog: CatalogService,
    private readonly publicUrl: string,
    private readonly viewer: Viewer,
  ) {}

  /** Every kind of dataset of the organisation, with its metadata in force (staff, any role). */
  async list(siren: string): Promise<CatalogMetadataView[]> {
    const org = await this.access.requireOrganization(siren, Role.VIEWER);
    const [metas, published] = await Promise.all([
      this.em.find(CatalogMetadata, { organization: org }),
      this.catalog.datasets(siren),
    ]);
    return CATALOG_KINDS.map((kind) => {
      const meta = metas.find((m) => m.kind === kind);
      const ds = datasetOf(
        { publicUrl: this.publicUrl, dataDir: '' },
        { siren, name: org.name },
        kind,
        [],
        meta,
      );
      return {
        kind: kind as CatalogMetadataView['kind'],
        identifier: ds.id,
        title: ds.title,
        description: ds.description,
        license: ds.license.id,
        frequency: ds.frequency,
        keywords: ds.keywords,
        edited: meta?.edited ?? false,
        updatedAt: meta?.updatedAt ?? null,
        distributionCount: published.find((p) => p.kind === kind)?.distributions.length ?? 0,
        landingPage: landingPageOf(this.publicUrl, siren, kind),
      };
    });
  }

  /** Edits one dataset's metadata (editors); empty fields go back to their defaults. Audited. */
  async update(
    siren: string,
    kind: CatalogKind,
    input: CatalogMetadataInput,
  ): Promise<CatalogMetadataView> {
    const org = await this.access.requireOrganization(siren, Role.EDITOR);
    const license = clean(input.license, 32, 'Licence');
    if (license && !(license in LICENSES)) {
      throw new InvalidInputError(
        'catalog/invalid_metadata',
        `Licence inconnue : choisissez parmi ${Object.keys(LICENSES).join(', ')}.`,
      );
    }
    const frequency = clean(input.frequency, 32, 'Fréquence');
    if (frequency && !(frequency in FREQUENCIES)) {
      throw new InvalidInputError(
        'catalog/invalid_metadata',
        `Fréquence inconnue : choisissez parmi ${Object.keys(FREQUENCIES).join(', ')}.`,
      );
    }
    const keywords = [
      ...new Set((input.keywords ?? []).map((k) => k.trim().toLowerCase()).filter(Boolean)),
    ];
    if (keywords.length > MAX_KEYWORDS || keywords.some((k) => k.length < 2 || k.length > 96)) {
      throw new InvalidInputError(
        'catalog/invalid_metadata',
        `Mots-clés : ${MAX_KEYWORDS} au plus, de 2 à 96 caractères chacun.`,
      );
    }
    const values = {
      title: clean(input.title, 255, 'Titre'),
      description: clean(input.description, 5000, 'Description'),
      license,
      frequency,
      keywords: keywords.length ? keywords : null,
    };
    const meta =
      (await this.em.findOne(CatalogMetadata, { organization: org, kind })) ??
      this.em.create(CatalogMetadata, { organization: org, kind });
    const before = {
      title: meta.title ?? null,
      description: meta.description ?? null,
      license: meta.license ?? null,
      frequency: meta.frequency ?? null,
      keywords: meta.keywords ?? null,
    };
    Object.assign(meta, values, {
      edited: Object.values(values).some((v) => v !== null),
      updatedBy: 'userId' in this.viewer ? this.viewer.userId : null,
    });
    this.audit.record(
      'catalog.metadata.update',
      { type: 'CatalogMetadata', id: meta.id, siren },
      before,
      values,
    );
    await this.em.flush();
    return (await this.list(siren)).find((v) => v.kind === kind)!;
  }

  /** Regenerations of the organisation's files, newest first (staff, any role). */
  async history(
    siren: string,
    kind: DatasetKind | null,
    year: number | null,
    limit: number,
  ): Promise<DatasetGeneration[]> {
    await this.access.requireOrganization(siren, Role.VIEWER);
    return this.em.find(
      DatasetGeneration,
      { scope: siren, ...(kind ? { kind } : {}), ...(year ? { year } : {}) },
      { orderBy: { generatedAt: 'desc', id: 'desc' }, limit: Math.min(Math.max(limit, 1), 200) },
    );
  }
}
