import type { EntityManager } from '@mikro-orm/core';
import { ConflictError, InvalidInputError, NotFoundError } from '../../core/errors.js';
import type { Ports } from '../../core/ports.js';
import type { AuditService } from '../../identity/audit/audit.service.js';
import type { AccessService } from '../../identity/auth/access.js';
import { Role } from '../../identity/auth/membership.entity.js';
import { Act } from '../acts/act.entity.js';
import { Organization } from '../../identity/tenants/organization.entity.js';
import { Contract } from './contract.entity.js';
import { linkActsToContracts, linkContractsToActs } from './contract-links.js';
import { writeContracts } from './contract-writer.js';
import { readDecp } from './decp-reader.js';
import type { DecpIssue, DecpRecord } from './decp-record.js';
import type { DecpSchemas } from './decp-schemas.js';
import { scheduleDecpExports } from './decp-export-schedule.js';
import { DecpFileError } from './procurement.errors.js';
import { ContractKind, ContractOrigin, DECP_KIND_OF } from './procurement.enums.js';

/** Staff entry and correction of contracts, with the intake's rules. */
export class ContractEditService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: AccessService,
    private readonly schemas: DecpSchemas,
    private readonly ports: Ports,
    private readonly audit: AuditService,
  ) {}

  /** Every problem of one record, as the import would report it (the form shows them). */
  check(siren: string, kind: ContractKind, record: DecpRecord): DecpIssue[] {
    const decpKind = DECP_KIND_OF[kind];
    try {
      const r = readDecp(JSON.stringify({ marches: { [decpKind]: [record] } }), this.schemas);
      const issues = [...r.errors];
      const buyer = r.accepted[0]?.summary.buyerSiret;
      if (buyer && buyer.slice(0, 9) !== siren) {
        issues.push({
          index: 0,
          kind: decpKind,
          decpId: r.accepted[0]!.summary.decpId,
          path: kind === ContractKind.MARCHE ? '/acheteur/id' : '/autoriteConcedante/id',
          code: 'procurement/other_buyer',
          message: `Le SIRET de l’acheteur doit être celui de la collectivité (commencer par ${siren}).`,
        });
      }
      return issues.map((i) => ({
        ...i,
        path: i.path?.replace(`/marches/${decpKind}/0`, '') || null,
        siren: undefined,
      }));
    } catch (err) {
      if (err instanceof DecpFileError) {
        return [
          {
            index: 0,
            kind: decpKind,
            decpId: null,
            path: null,
            code: err.code,
            message: err.message,
          },
        ];
      }
      throw err;
    }
  }

  async checkContract(siren: string, kind: ContractKind, record: DecpRecord) {
    await this.access.requireOrganization(siren, Role.EDITOR);
    return this.check(siren, kind, record);
  }

  async create(siren: string, kind: ContractKind, record: DecpRecord): Promise<Contract> {
    const org = await this.access.requireOrganization(siren, Role.EDITOR);
    const clean = this.valid(siren, kind, record);
    const exists = await this.em.count(Contract, { organization: org, decpId: String(clean.id) });
    if (exists > 0) {
      throw new ConflictError(
        'procurement/duplicate',
        `Un contrat d’identifiant « ${String(clean.id)} » existe déjà : corrigez-le plutôt.`,
      );
    }
    return this.save(org.siren, kind, clean, { action: 'contract.create' });
  }

  async update(id: string, record: DecpRecord): Promise<Contract> {
    const c = await this.editable(id);
    const clean = this.valid(c.organization.siren, c.kind, record);
    if (String(clean.id) !== c.decpId) {
      throw new InvalidInputError(
        'procurement/id_change',
        `L’identifiant d’un contrat ne change pas (« ${c.decpId} ») : créez un autre contrat.`,
      );
    }
    const before = summaryOf(c);
    return this.save(c.organization.siren, c.kind, clean, { action: 'contract.update', before });
  }

  async delete(id: string): Promise<boolean> {
    const c = await this.editable(id);
    const target = { siren: c.organization.siren, year: c.year };
    this.audit.record('contract.delete', auditTarget(c), summaryOf(c));
    await this.em.remove(c).flush();
    await scheduleDecpExports(this.ports, [target]);
    return true;
  }

  /** Links (actId) or unlinks (null) by hand: automatic linking never overrides it. */
  async link(id: string, actId: string | null): Promise<Contract> {
    const c = await this.editable(id);
    const before = { act: c.act?.id ?? null, manual: c.actLinkManual };
    if (actId) {
      const act = await this.em.findOne(Act, {
        id: actId,
        organization: c.organization,
        deletedAt: null,
      });
      if (!act) {
        throw new NotFoundError('acts/not_found', 'Acte introuvable dans cette collectivité.');
      }
      c.act = act;
    } else {
      c.act = null;
    }
    c.actLinkManual = true;
    this.audit.record(actId ? 'contract.link_act' : 'contract.unlink_act', auditTarget(c), before, {
      act: actId ?? null,
      manual: true,
    });
    await this.em.flush();
    return c;
  }

  /** System (worker): links the contracts named by these acts, when of classification 1.1. */
  autoLinkActs(actIds: string[]): Promise<number> {
    return linkActsToContracts(this.em, actIds);
  }

  private async editable(id: string): Promise<Contract> {
    const c = await this.em.findOne(Contract, { id }, { populate: ['organization'] });
    if (!c || !(await this.access.can(c.organization.id, Role.VIEWER))) {
      this.access.requireStaff();
      throw new NotFoundError('procurement/not_found', 'Contrat introuvable.');
    }
    await this.access.require(c.organization.id, Role.EDITOR);
    return c;
  }

  private valid(siren: string, kind: ContractKind, record: DecpRecord): DecpRecord {
    const copy = structuredClone(record);
    const issues = this.check(siren, kind, copy);
    if (issues.length > 0) {
      throw new InvalidInputError('procurement/invalid_contract', issues[0]!.message, {
        issues: issues.slice(0, 50),
      });
    }
    return copy;
  }

  /** Writes the record and its audit entry in one transaction: never one without the other. */
  private async save(
    siren: string,
    kind: ContractKind,
    record: DecpRecord,
    trace: { action: string; before?: unknown },
  ): Promise<Contract> {
    const contract = await this.em.transactional(async (em) => {
      const org = await em.findOneOrFail(Organization, { siren });
      const res = await writeContracts(
        em,
        org,
        [{ kind: DECP_KIND_OF[kind], record }],
        ContractOrigin.MANUAL,
        null,
        { merge: false },
      );
      await linkContractsToActs(em, org, res.changed);
      const saved =
        res.changed[0] ??
        (await em.findOneOrFail(
          Contract,
          { organization: org, decpId: String(record.id) },
          { populate: ['organization'] },
        ));
      this.audit.in(em).record(trace.action, auditTarget(saved), trace.before, summaryOf(saved));
      await em.flush();
      return saved;
    });
    await scheduleDecpExports(this.ports, [{ siren, year: contract.year }]);
    return contract;
  }
}

function auditTarget(c: Contract) {
  return { type: 'Contract', id: c.id, siren: c.organization.siren };
}

/** What an audit entry keeps of a contract (the record itself is in its versions). */
function summaryOf(c: Contract) {
  return {
    decpId: c.decpId,
    kind: c.kind,
    subject: c.subject,
    amount: c.amount,
    notifiedOn: c.notifiedOn,
    act: c.act?.id ?? null,
  };
}
