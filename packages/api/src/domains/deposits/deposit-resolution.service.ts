import type { EntityManager } from '@mikro-orm/core';
import type { FileUpload } from 'graphql-upload/processRequest.mjs';
import { InvalidInputError, NotFoundError } from '../../core/errors.js';
import type { Ports } from '../../core/ports.js';
import type { AccessService } from '../../identity/auth/access.js';
import { Role } from '../../identity/auth/membership.entity.js';
import type { AuditService } from '../../identity/audit/audit.service.js';
import { Organization } from '../../identity/tenants/organization.entity.js';
import { saveUpload } from '../../infra/files/upload.js';
import { DEFAULT_UNZIP_LIMITS } from '../../infra/zip/zip-types.js';
import { isDepositName, type DepositLayout } from './deposit-layout.js';
import type { DepositService } from './deposit.service.js';
import { Deposit, DepositStatus } from './deposit.entity.js';

const NOT_FOUND = () =>
  new NotFoundError('deposits/not_found', 'Dépôt introuvable ou hors de vos collectivités.');

/**
 * What staff do with a failed deposit: send a corrected zip in its place (both stay in the
 * history, linked), or close the failure with a reason. Open failures are the ones counted.
 */
export class DepositResolutionService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly ports: Ports,
    private readonly deposits: DepositService,
    private readonly layout: DepositLayout,
  ) {}

  /** A failed, open deposit the caller may act on (editor of its organisation, or platform admin). */
  private async openFailure(id: string): Promise<Deposit> {
    const deposit = await this.deposits.get(id);
    if (!deposit) {
      throw NOT_FOUND();
    }
    const org = deposit.siren
      ? await this.em.findOne(Organization, { siren: deposit.siren })
      : null;
    if (org) {
      await this.access.require(org.id, Role.EDITOR);
    } else if ((await this.access.readableOrgIds()) !== 'all') {
      throw NOT_FOUND();
    }
    if (deposit.status !== DepositStatus.FAILED || deposit.closedAt) {
      throw new InvalidInputError(
        'deposits/not_open_failure',
        'Seul un dépôt en échec, non clos, peut être corrigé ou clos.',
      );
    }
    return deposit;
  }

  async close(id: string, reason: string): Promise<Deposit> {
    const deposit = await this.openFailure(id);
    const text = reason.trim();
    if (!text || text.length > 1000) {
      throw new InvalidInputError(
        'deposits/invalid_reason',
        'Indiquez pourquoi l’échec est clos (1 000 caractères au plus).',
      );
    }
    Object.assign(deposit, { closedAt: new Date(), closedReason: text });
    this.audit.record(
      'deposit.close',
      { type: 'Deposit', id: deposit.id, siren: deposit.siren },
      { closedAt: null },
      { closedReason: text },
    );
    await this.em.flush();
    return deposit;
  }

  /** Stores the corrected zip and queues it; the failed deposit is closed, linked to it. */
  async replace(id: string, upload: Promise<FileUpload>): Promise<Deposit> {
    const failed = await this.openFailure(id);
    const file = await upload;
    const name = file.filename.normalize('NFC').replace(/[/\\]/g, '_');
    if (!isDepositName(name)) {
      throw new InvalidInputError(
        'deposits/not_a_zip_name',
        `« ${name} » : envoyez le dépôt corrigé au format zip (nom en .zip).`,
      );
    }
    const replacement = this.em.create(Deposit, {
      fileName: name,
      sha256: '',
      status: DepositStatus.RECEIVED,
      storedPath: '',
      siren: failed.siren ?? null,
      replaces: failed.id,
    });
    const to = this.layout.settledPath('queued', replacement.id, name);
    replacement.size = await saveUpload(file, to, DEFAULT_UNZIP_LIMITS.maxZipBytes);
    replacement.storedPath = to;
    Object.assign(failed, {
      replacedBy: replacement.id,
      closedAt: new Date(),
      closedReason: `Remplacé par le dépôt corrigé « ${name} ».`,
    });
    this.audit.record(
      'deposit.replace',
      { type: 'Deposit', id: failed.id, siren: failed.siren },
      { closedAt: null },
      { replacedBy: replacement.id, fileName: name },
    );
    await this.em.flush();
    await this.ports.enqueue(
      'deposit.ingest',
      { path: to, depositId: replacement.id },
      { uniqueKey: `deposit-replace:${replacement.id}` },
    );
    return replacement;
  }
}
