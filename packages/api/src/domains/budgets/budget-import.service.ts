import type { EntityManager } from '@mikro-orm/core';
import { NotFoundError } from '../../core/errors.js';
import { childLogger } from '../../core/logger.js';
import type { Ports } from '../../core/ports.js';
import type { AccessService } from '../../identity/auth/access.js';
import { Role } from '../../identity/auth/membership.entity.js';
import type { FileStore } from '../../infra/files/file-store.js';
import { Act } from '../acts/act.entity.js';
import { ActNature } from '../acts/act.enums.js';
import type { Document } from '../acts/document.entity.js';
import { BudgetError } from './budget-error.js';
import { scheduleBudgetExports } from './budget-export-schedule.js';
import { BudgetDocument } from './budget-document.entity.js';
import { parseBudgetFile } from './budget-parse.js';
import { numberDecisions } from './budget-supersede.js';
import { BudgetImportStatus, BudgetStage } from './budget.enums.js';
import type { PlanCatalog } from './plan-catalog.js';

const log = childLogger('budgets');

/** The TOTEM file of a budget act: its first main document that is XML. */
export function totemSource(act: Act): Document | null {
  return (
    act.documents
      .getItems()
      .filter((d) => !d.annex && (d.mediaType === 'application/xml' || /\.xml$/i.test(d.fileName)))
      .sort((a, b) => a.position - b.position)[0] ?? null
  );
}

export interface ImportOutcome {
  doc: BudgetDocument | null;
  changed: boolean;
}

/**
 * Reads budget acts' TOTEM files into budget documents: all of a document or nothing (a
 * failure keeps only its French report), the same bytes read once, files regenerated after.
 */
export class BudgetImportService {
  constructor(
    private readonly em: EntityManager,
    private readonly files: FileStore,
    private readonly plans: PlanCatalog,
    private readonly ports: Ports,
    private readonly access: AccessService,
  ) {}

  /**
   * After acts changed (deposit, upload, staff decision, organisation setting): queues the
   * reading of budget acts whose TOTEM file is new or changed, and the regeneration of the
   * files of those whose visibility may have changed.
   */
  async afterActsChanged(actIds: string[], reason: string): Promise<number> {
    if (!actIds.length) {
      return 0;
    }
    const acts = await this.em.find(
      Act,
      { id: { $in: actIds }, nature: ActNature.BUDGET },
      { populate: ['documents', 'organization'] },
    );
    const docs = await this.em.find(BudgetDocument, { act: { $in: acts } });
    const byAct = new Map(docs.map((d) => [d.act.id, d]));
    let queued = 0;
    for (const act of acts) {
      const doc = byAct.get(act.id);
      const sha = totemSource(act)?.sha256 ?? null;
      if (!doc || doc.status === BudgetImportStatus.PENDING || doc.sourceSha256 !== sha) {
        const siren = act.organization.siren;
        await this.ports.enqueue(
          'budget.import',
          { actId: act.id, siren, reason },
          { uniqueKey: `budget-import:${act.id}:${sha ?? 'none'}` },
        );
        queued++;
      }
    }
    await scheduleBudgetExports(
      this.ports.enqueue,
      docs.filter((d) => d.year).map((d) => ({ siren: d.organization.siren, year: d.year! })),
    );
    return queued;
  }

  /** The organisation's open data or annex setting changed: its budget files are rebuilt. */
  async afterOrganizationChanged(siren: string): Promise<void> {
    const docs = await this.em.find(
      BudgetDocument,
      { organization: { siren }, year: { $ne: null } },
      { fields: ['year'] },
    );
    await scheduleBudgetExports(
      this.ports.enqueue,
      [...new Set(docs.map((d) => d.year!))].map((year) => ({ siren, year })),
    );
  }

  /** Staff: read the document's TOTEM file again (after a platform fix, a new plan…). */
  async reimport(id: string): Promise<string | null> {
    const doc = await this.em.findOne(BudgetDocument, { id }, { populate: ['organization'] });
    if (!doc || !(await this.access.can(doc.organization.id, Role.VIEWER))) {
      throw new NotFoundError('budget/not_found', 'Document budgétaire introuvable.');
    }
    await this.access.require(doc.organization.id, Role.EDITOR);
    doc.status = BudgetImportStatus.PENDING;
    await this.em.flush();
    return this.ports.enqueue('budget.import', {
      actId: doc.act.id,
      siren: doc.organization.siren,
      reason: 'reimport',
    });
  }

  /** Reads the act's TOTEM file (unless the same bytes were already read) and stores the result. */
  async importAct(
    actId: string,
    onProgress?: (share: number) => Promise<void> | void,
  ): Promise<ImportOutcome> {
    const act = await this.em.findOne(
      Act,
      { id: actId, nature: ActNature.BUDGET },
      { populate: ['documents', 'organization'] },
    );
    if (!act) {
      return { doc: null, changed: false };
    }
    const source = totemSource(act);
    const doc =
      (await this.em.findOne(BudgetDocument, { act }, { populate: ['lines'] })) ??
      this.em.create(BudgetDocument, {
        act,
        organization: act.organization,
        status: BudgetImportStatus.PENDING,
      });
    if (
      doc.status !== BudgetImportStatus.PENDING &&
      doc.sourceSha256 === (source?.sha256 ?? null)
    ) {
      return { doc, changed: false };
    }
    const before = doc.year ?? null;
    Object.assign(doc, {
      sourceDocumentId: source?.id ?? null,
      sourceSha256: source?.sha256 ?? null,
      sourceFileName: source?.fileName ?? null,
    });
    try {
      if (!source) {
        throw new BudgetError(
          'budget/no_totem_file',
          'Aucun fichier TOTEM (XML) parmi les documents principaux de cet acte budgétaire : rien à lire.',
        );
      }
      const bytes = await this.files.get(source.storageKey);
      const parsed = await parseBudgetFile(bytes, act.organization.siren, this.plans, (share) => {
        void onProgress?.(share);
      });
      const { doc: totem } = parsed;
      Object.assign(doc, {
        status: BudgetImportStatus.IMPORTED,
        errorCode: null,
        errorMessage: null,
        year: totem.year,
        stage: totem.stage as BudgetStage,
        decisionDate: totem.decisionDate,
        decisionNumber: null,
        siret: totem.siret,
        establishmentName: totem.establishmentName.slice(0, 255),
        collectivityName: totem.collectivityName?.slice(0, 255) ?? null,
        nomenclature: totem.nomenclature.slice(0, 64),
        planYear: parsed.planYear,
        planFallback: parsed.planFallback,
        sealedAt: totem.sealedAt,
        lineCount: parsed.lines.length,
        calculatedSkipped: totem.calculatedSkipped,
        encoding: parsed.encoding,
        mojibake: parsed.mojibake,
        warnings: parsed.warnings,
        lines: parsed.lines,
        importedAt: new Date(),
      });
    } catch (err) {
      if (!(err instanceof BudgetError)) {
        throw err;
      }
      log.info({ actId, code: err.code }, 'budget document refused');
      Object.assign(doc, {
        status: BudgetImportStatus.FAILED,
        errorCode: err.code,
        errorMessage: err.message,
        ...EMPTY,
      });
    }
    await this.renumberDecisions(doc);
    await this.em.flush();
    await this.ports.publish('ACT_CHANGED', {
      actId: act.id,
      siren: act.organization.siren,
      status: act.status,
      change: doc.status === BudgetImportStatus.IMPORTED ? 'budget_imported' : 'budget_failed',
      at: new Date().toISOString(),
    });
    const years = [...new Set([before, doc.year ?? null].filter((y): y is number => !!y))];
    await scheduleBudgetExports(
      this.ports.enqueue,
      years.map((year) => ({ siren: act.organization.siren, year })),
    );
    return { doc, changed: true };
  }

  /** DMs of the document's establishment and year, numbered by decision date. */
  private async renumberDecisions(doc: BudgetDocument): Promise<void> {
    if (doc.stage !== BudgetStage.DM || doc.status !== BudgetImportStatus.IMPORTED) {
      return;
    }
    const others = await this.em.find(BudgetDocument, {
      organization: doc.organization,
      siret: doc.siret,
      year: doc.year,
      stage: BudgetStage.DM,
      status: BudgetImportStatus.IMPORTED,
      id: { $ne: doc.id },
    });
    numberDecisions([...others, doc]);
  }
}

/** What a failed reading leaves of a document: nothing but its report. */
const EMPTY = {
  year: null,
  stage: null,
  decisionDate: null,
  decisionNumber: null,
  siret: null,
  establishmentName: null,
  collectivityName: null,
  nomenclature: null,
  planYear: null,
  planFallback: false,
  sealedAt: null,
  lineCount: 0,
  calculatedSkipped: 0,
  encoding: null,
  mojibake: false,
  warnings: [],
  lines: [],
  importedAt: null,
};
