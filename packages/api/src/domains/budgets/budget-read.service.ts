import type { EntityManager } from '@mikro-orm/core';
import { NotFoundError } from '../../core/errors.js';
import type { AccessService } from '../../identity/auth/access.js';
import { Role } from '../../identity/auth/membership.entity.js';
import { Establishment } from '../../identity/tenants/establishment.entity.js';
import { isActPublic, publicActFilter } from '../acts/act-visibility.js';
import { BudgetLinesCache } from './budget-lines-cache.js';
import type { BudgetLine } from './budget-lines.js';
import { amountUnder, breakdown, type Breakdown, type BreakdownQuery } from './budget-breakdown.js';
import { BudgetDocument } from './budget-document.entity.js';
import { BudgetImportStatus, BudgetStage } from './budget.enums.js';
import type { BudgetBreakdownArgs, BudgetTrendArgs } from './budget.inputs.js';
import { markSuperseded } from './budget-supersede.js';
import type { BudgetTrendPoint } from './budget.types.js';
import type { PlanCatalog } from './plan-catalog.js';
import type { PlanDeComptes } from './plan-de-comptes.js';

const STAGE_ORDER = Object.values(BudgetStage);

/** Most recent year first, then stage order (BP, BS, DM, CA, CFU), then the newest seal. */
export function byYearAndStage(a: BudgetDocument, b: BudgetDocument): number {
  return (
    (b.year ?? 0) - (a.year ?? 0) ||
    STAGE_ORDER.indexOf(a.stage!) - STAGE_ORDER.indexOf(b.stage!) ||
    (b.decisionNumber ?? 0) - (a.decisionNumber ?? 0) ||
    (b.sealedAt ?? b.createdAt).getTime() - (a.sealedAt ?? a.createdAt).getTime()
  );
}

const notFound = () =>
  new NotFoundError('budget/not_found', 'Document budgétaire introuvable ou non publié.');

/** Declination of a nomenclature (`M14-M14_COM_500_3500` → `M14_COM_500_3500`). */
export function declinationOf(nomenclature: string): string {
  const dash = nomenclature.indexOf('-');
  return dash > 0 ? nomenclature.slice(dash + 1) : nomenclature;
}

/**
 * Reading budgets: the public surface (published documents of organisations whose open data is
 * on, by act-visibility.ts) and, for their staff, the documents of their organisations.
 */
export class BudgetReadService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: AccessService,
    private readonly plans: PlanCatalog,
    private readonly publicUrl: string,
    private readonly cache = new BudgetLinesCache(),
  ) {}

  /** Per request: the published SIRENE names of establishments, by organisation. */
  private readonly names = new Map<string, Promise<Map<string, string>>>();

  /** The establishment's name: as the file says it, else its published SIRENE name. */
  async establishmentName(doc: BudgetDocument): Promise<string | null> {
    if (doc.establishmentName || !doc.siret) {
      return doc.establishmentName || null;
    }
    const orgId = doc.organization.id;
    let names = this.names.get(orgId);
    if (!names) {
      names = this.em
        .fork()
        .find(
          Establishment,
          { organization: orgId, diffusible: true, name: { $ne: null } },
          { fields: ['siret', 'name'] },
        )
        .then((rows) => new Map(rows.map((r) => [r.siret, r.name!])));
      this.names.set(orgId, names);
    }
    return (await names).get(doc.siret) ?? null;
  }

  /**
   * A document's lines: the cached parse, or the column read and parsed directly (through the
   * ORM, a lazy JSON property is also deep-copied for change tracking: several times slower).
   */
  async linesOf(doc: BudgetDocument): Promise<readonly BudgetLine[]> {
    const key = `${doc.id}:${doc.importedAt?.getTime() ?? 0}`;
    let lines = this.cache.get(key);
    if (!lines) {
      const [row] = await this.em
        .getConnection()
        .execute<{ lines: string | BudgetLine[] }[]>(
          'select `lines` from budget_documents where id = ?',
          [doc.id],
        );
      const raw = row?.lines ?? '[]';
      lines = (typeof raw === 'string' ? JSON.parse(raw) : raw) as BudgetLine[];
      this.cache.set(key, lines);
    }
    return lines;
  }

  /** Read documents whose act is public, current and superseded ones. */
  async publicDocuments(siren: string): Promise<BudgetDocument[]> {
    if (!/^\d{9}$/.test(siren)) {
      return [];
    }
    const docs = await this.em.find(
      BudgetDocument,
      {
        organization: { siren },
        status: BudgetImportStatus.IMPORTED,
        act: publicActFilter(),
      },
      { populate: ['act.organization', 'organization'] },
    );
    return markSuperseded(docs).sort(byYearAndStage);
  }

  /** Every budget document of an organisation the caller may read, whatever its status. */
  async staffDocuments(siren: string): Promise<BudgetDocument[]> {
    const org = await this.access.requireOrganization(siren, Role.VIEWER);
    const docs = await this.em.find(
      BudgetDocument,
      { organization: org, act: { deletedAt: null } },
      { populate: ['act.organization', 'organization'], orderBy: { createdAt: 'desc' } },
    );
    markSuperseded(docs.filter((d) => d.status === BudgetImportStatus.IMPORTED));
    return [
      ...docs.filter((d) => d.status !== BudgetImportStatus.IMPORTED),
      ...docs.filter((d) => d.status === BudgetImportStatus.IMPORTED).sort(byYearAndStage),
    ];
  }

  /** The budget document of an act (the Act type is the staff's: its resolvers checked access). */
  async ofAct(act: { id: string }): Promise<BudgetDocument | null> {
    return this.em.findOne(
      BudgetDocument,
      { act: act.id },
      { populate: ['act.organization', 'organization'] },
    );
  }

  /** A read document the caller may explore: public, or of an organisation they may read. */
  async readable(id: string): Promise<BudgetDocument> {
    const doc = await this.em.findOne(
      BudgetDocument,
      { id, status: BudgetImportStatus.IMPORTED },
      { populate: ['act.organization', 'organization'] },
    );
    if (!doc) {
      throw notFound();
    }
    if (
      isActPublic(doc.act) ||
      (!doc.act.deletedAt && (await this.access.can(doc.organization.id, Role.VIEWER)))
    ) {
      return doc;
    }
    throw notFound();
  }

  async planOf(doc: BudgetDocument): Promise<PlanDeComptes | null> {
    if (!doc.nomenclature || !doc.planYear) {
      return null;
    }
    return (await this.plans.choose(declinationOf(doc.nomenclature), doc.planYear))?.plan ?? null;
  }

  async breakdown(args: BudgetBreakdownArgs): Promise<Breakdown> {
    const doc = await this.readable(args.documentId);
    return breakdown(await this.linesOf(doc), await this.planOf(doc), args);
  }

  /** One point per year and stage: the latest current public document of each, its amount. */
  async trend(args: BudgetTrendArgs): Promise<BudgetTrendPoint[]> {
    const docs = (await this.publicDocuments(args.siren)).filter(
      (d) => d.siret === args.siret && !d.superseded,
    );
    const latest = new Map<string, BudgetDocument>();
    for (const d of docs) {
      const key = `${d.year}|${d.stage}`;
      const best = latest.get(key);
      if (!best || (d.decisionNumber ?? 0) > (best.decisionNumber ?? 0)) {
        latest.set(key, d);
      }
    }
    const chosen = [...latest.values()].sort((a, b) => -byYearAndStage(a, b));
    const q: BreakdownQuery = { direction: args.direction, view: args.view };
    const points: BudgetTrendPoint[] = [];
    for (const d of chosen) {
      points.push({
        year: d.year!,
        stage: d.stage!,
        decisionNumber: d.decisionNumber ?? null,
        documentId: d.id,
        amount: amountUnder(await this.linesOf(d), await this.planOf(d), q, args.code),
      });
    }
    return points;
  }

  /** Public CSV of a document (null while it is not public). */
  csvUrl(doc: BudgetDocument): string | null {
    return doc.status === BudgetImportStatus.IMPORTED && isActPublic(doc.act)
      ? `${this.publicUrl}${budgetDocumentCsvPath(doc.organization.siren, doc.id)}`
      : null;
  }
}

export function budgetDocumentCsvPath(siren: string, id: string): string {
  return `/opendata/${siren}/budgets/documents/${id}.csv`;
}
