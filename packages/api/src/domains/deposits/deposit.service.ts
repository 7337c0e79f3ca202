import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import type { Ports } from '../../core/ports.js';
import type { AccessService } from '../../identity/auth/access.js';
import { Role } from '../../identity/auth/membership.entity.js';
import type { AuditService } from '../../identity/audit/audit.service.js';
import { pageWindow, toConnection, type Connection } from '../../core/page.type.js';
import { InvalidInputError, NotFoundError } from '../../core/errors.js';
import { Organization } from '../../identity/tenants/organization.entity.js';
import { Deposit, DepositStatus } from './deposit.entity.js';

/** Staff view of deposits: scoped to the viewer's organisations; unknown-SIREN failures to platform admins. */
export class DepositService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly ports: Ports,
  ) {}

  private async scopeQuery(): Promise<FilterQuery<Deposit>> {
    const readable = await this.access.readableOrgIds();
    if (readable === 'all') {
      return {};
    }
    const orgs = await this.em.find(Organization, { id: { $in: readable } }, { fields: ['siren'] });
    return { siren: { $in: orgs.map((o) => o.siren) } };
  }

  async list(args: {
    status?: DepositStatus | null;
    siren?: string | null;
    openFailures?: boolean | null;
    first?: number | null;
    after?: string | null;
  }): Promise<Connection<Deposit>> {
    const { offset, limit } = pageWindow(args);
    const where: FilterQuery<Deposit> = {
      $and: [
        await this.scopeQuery(),
        args.status ? { status: args.status } : {},
        args.siren ? { siren: args.siren } : {},
        args.openFailures ? { status: DepositStatus.FAILED, closedAt: null } : {},
      ],
    };
    const [items, total] = await this.em.findAndCount(Deposit, where, {
      orderBy: { createdAt: 'desc', id: 'desc' },
      offset,
      limit,
    });
    return toConnection(items, total, offset);
  }

  async get(id: string): Promise<Deposit | null> {
    return this.em.findOne(Deposit, { $and: [{ id }, await this.scopeQuery()] });
  }

  /** Re-runs a failed deposit (after a fix); the job moves it from quarantine when it succeeds. */
  async retry(id: string): Promise<Deposit> {
    const deposit = await this.get(id);
    if (!deposit) {
      throw new NotFoundError(
        'deposits/not_found',
        'Dépôt introuvable ou hors de vos collectivités.',
      );
    }
    const org = deposit.siren
      ? await this.em.findOne(Organization, { siren: deposit.siren })
      : null;
    if (org) {
      await this.access.require(org.id, Role.EDITOR);
    } else if ((await this.access.readableOrgIds()) !== 'all') {
      throw new NotFoundError(
        'deposits/not_found',
        'Dépôt introuvable ou hors de vos collectivités.',
      );
    }
    if (deposit.status !== DepositStatus.FAILED) {
      throw new InvalidInputError(
        'deposits/not_failed',
        'Seul un dépôt en échec peut être relancé.',
      );
    }
    deposit.status = DepositStatus.RECEIVED;
    this.audit.record(
      'deposit.retry',
      { type: 'Deposit', id: deposit.id, siren: deposit.siren },
      { status: DepositStatus.FAILED, errorCode: deposit.errorCode },
      { status: DepositStatus.RECEIVED },
    );
    await this.em.flush();
    await this.ports.enqueue(
      'deposit.ingest',
      { path: deposit.storedPath, depositId: deposit.id },
      { uniqueKey: `deposit-retry:${deposit.id}:${deposit.attempts}` },
    );
    return deposit;
  }
}
