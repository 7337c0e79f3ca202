import type { EntityManager, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { pageWindow, toConnection, type Connection } from '../../core/page.type.js';
import type { AccessService } from '../../identity/auth/access.js';
import { Role } from '../../identity/auth/membership.entity.js';
import { Organization } from '../../identity/tenants/organization.entity.js';
import { Contract } from './contract.entity.js';
import { ContractVersion } from './contract-version.entity.js';
import { contractStats } from './contract-stats.js';
import { foldText } from './contract-writer.js';
import type { ContractStats } from './contract.types.js';
import type { ContractFilter, ContractsArgs } from './contract.inputs.js';
import { ContractOrder } from './procurement.enums.js';

const ORDER: Record<ContractOrder, QueryOrderMap<Contract>> = {
  [ContractOrder.NOTIFIED_DESC]: { notifiedOn: 'desc', decpId: 'asc' },
  [ContractOrder.NOTIFIED_ASC]: { notifiedOn: 'asc', decpId: 'asc' },
  [ContractOrder.AMOUNT_DESC]: { amount: 'desc', decpId: 'asc' },
  [ContractOrder.AMOUNT_ASC]: { amount: 'asc', decpId: 'asc' },
};

/** LIKE pattern of a user's words: wildcards stripped, accents and case folded. */
const likeOf = (s: string) => `%${foldText(s).replace(/[%_\\]/g, '')}%`;

/**
 * Reading contracts. DECP are public by law: anyone reads the contracts of an organisation
 * whose open data is on; its staff (and platform administrators) read them in any case.
 */
export class ContractQueryService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: AccessService,
  ) {}

  /** The organisation, when the viewer may read its contracts; null otherwise. */
  async readableOrg(siren: string): Promise<Organization | null> {
    const org = await this.em.findOne(Organization, { siren });
    if (!org) {
      return null;
    }
    return org.openDataActive || (await this.access.can(org.id, Role.VIEWER)) ? org : null;
  }

  async contracts(args: ContractsArgs): Promise<Connection<Contract>> {
    const { offset, limit } = pageWindow(args);
    const org = await this.readableOrg(args.siren);
    if (!org) {
      return toConnection([], 0, offset);
    }
    const where = this.where(org, args.filter ?? {});
    const [items, total] = await this.em.findAndCount(Contract, where, {
      orderBy: ORDER[args.orderBy ?? ContractOrder.NOTIFIED_DESC],
      limit,
      offset,
      populate: ['organization'],
    });
    return toConnection(items, total, offset);
  }

  private where(org: Organization, f: ContractFilter): FilterQuery<Contract> {
    const and: FilterQuery<Contract>[] = [{ organization: org }];
    if (f.year) {
      and.push({ year: f.year });
    }
    if (f.kind) {
      and.push({ kind: f.kind });
    }
    if (f.procedure) {
      and.push({ procedure: f.procedure });
    }
    if (f.nature) {
      and.push({ nature: f.nature });
    }
    if (f.cpv) {
      and.push({ cpv: { $like: `${f.cpv.replace(/[^0-9-]/g, '')}%` } });
    }
    if (f.amountMin !== undefined && f.amountMin !== null) {
      and.push({ amount: { $gte: f.amountMin } });
    }
    if (f.amountMax !== undefined && f.amountMax !== null) {
      and.push({ amount: { $lte: f.amountMax } });
    }
    if (f.holder?.trim()) {
      and.push({ searchText: { $like: likeOf(f.holder.replace(/\s+/g, '')) } });
    }
    for (const word of (f.text ?? '').split(/\s+/).filter(Boolean).slice(0, 8)) {
      and.push({ searchText: { $like: likeOf(word) } });
    }
    return { $and: and };
  }

  async contract(id: string): Promise<Contract | null> {
    const c = await this.em.findOne(Contract, { id }, { populate: ['organization'] });
    return c && (await this.readableOrg(c.organization.siren)) ? c : null;
  }

  async stats(siren: string, year?: number | null): Promise<ContractStats> {
    const org = await this.readableOrg(siren);
    const rows = org
      ? await this.em.find(Contract, year ? { organization: org, year } : { organization: org }, {
          fields: ['amount', 'procedure', 'nature', 'cpv', 'notifiedOn', 'year', 'holders'],
        })
      : [];
    return contractStats(rows);
  }

  versions(c: Contract): Promise<ContractVersion[]> {
    return this.em.find(
      ContractVersion,
      { contract: c },
      { orderBy: { createdAt: 'desc', id: 'desc' } },
    );
  }
}
