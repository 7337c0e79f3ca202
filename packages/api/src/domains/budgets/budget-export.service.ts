import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/core';
import { childLogger } from '../../core/logger.js';
import {
  TableValidator,
  validateCsvFile,
} from '../../infra/table-schema/table-schema-validator.js';
import { establishmentNames } from '../../identity/tenants/establishment-names.js';
import { Organization } from '../../identity/tenants/organization.entity.js';
import { publicActFilter } from '../acts/act-visibility.js';
import { writeValidatedCsv } from '../datasets/dataset-csv-writer.js';
import { Dataset, DatasetKind, DatasetStatus } from '../datasets/dataset.entity.js';
import { recordGeneration, type GenerationReason } from '../datasets/dataset-history.js';
import { datasetFile } from '../datasets/dataset-paths.js';
import { writeSpreadsheetBeside } from '../datasets/dataset-spreadsheet.js';
import { BudgetDocument } from './budget-document.entity.js';
import { BudgetImportStatus } from './budget.enums.js';
import { markSuperseded } from './budget-supersede.js';
import { SCDL_BUDGET_COLUMNS, SCDL_BUDGET_SCHEMA, toScdlBudgetRow } from './scdl-budget.js';

const log = childLogger('budgets');
const MAX_ERRORS = 100;
const MAX_NOTES = 200;

/**
 * BGT_NOM of a document: the authority's name as the file says it, else the establishment's
 * published SIRENE name (`names`, by SIRET), else the platform's.
 */
export function scdlName(doc: BudgetDocument, names?: ReadonlyMap<string, string>): string {
  return (
    doc.collectivityName ||
    doc.establishmentName ||
    (doc.siret ? names?.get(doc.siret) : undefined) ||
    doc.organization.name
  );
}

/**
 * SCDL Budget 0.8.1 files: one row per line of every current published budget document of the
 * year (of one organisation, or of every organisation whose open data is on), validated
 * against the official schema and its Validata check before replacing the served file. The
 * report is stored either way, as a Dataset of kind BUDGETS (listed by `datasets`).
 */
export class BudgetExportService {
  constructor(
    private readonly em: EntityManager,
    private readonly dataDir: string,
  ) {}

  /** The current public documents of the year (superseded ones are left out: never twice). */
  async currentDocuments(siren: string | null, year: number): Promise<BudgetDocument[]> {
    const docs = await this.em.find(
      BudgetDocument,
      {
        year,
        status: BudgetImportStatus.IMPORTED,
        act: publicActFilter(),
        ...(siren ? { organization: { siren } } : {}),
      },
      { populate: ['organization'], orderBy: { organization: { siren: 'asc' }, id: 'asc' } },
    );
    const bySiren = new Map<string, BudgetDocument[]>();
    for (const d of docs) {
      bySiren.set(d.organization.siren, [...(bySiren.get(d.organization.siren) ?? []), d]);
    }
    return [...bySiren.values()]
      .flatMap((list) => markSuperseded(list))
      .filter((d) => !d.superseded);
  }

  /** The SCDL rows of documents, one document at a time (flat memory on big years). */
  async *rows(docs: BudgetDocument[], notes: string[]): AsyncGenerator<string[][]> {
    const names = await establishmentNames(
      this.em,
      docs.map((d) => d.siret),
    );
    for (const doc of docs) {
      const [withLines] = await this.em
        .fork()
        .find(BudgetDocument, { id: doc.id }, { populate: ['lines'], fields: ['id', 'lines'] });
      const head = {
        stage: doc.stage!,
        year: doc.year!,
        siret: doc.siret!,
        name: scdlName(doc, names),
      };
      const rows: string[][] = [];
      for (const line of withLines?.lines ?? []) {
        const r = toScdlBudgetRow(head, line);
        if (r.ok) {
          rows.push(r.row);
        } else if (notes.length < MAX_NOTES) {
          notes.push(`Ligne non exportée (${doc.establishmentName ?? doc.siret}) : ${r.reason}.`);
        }
      }
      yield rows;
    }
  }

  async exportBudgets(
    siren: string | null,
    year: number,
    reason: GenerationReason = 'export',
  ): Promise<Dataset> {
    const scope = siren ?? 'all';
    const kind = DatasetKind.BUDGETS;
    const dataset =
      (await this.em.findOne(Dataset, { kind, scope, year })) ??
      this.em.create(Dataset, { kind, scope, year, status: DatasetStatus.INVALID });
    dataset.generatedAt = new Date();
    const finalPath = datasetFile(this.dataDir, scope, year, 'BUDGETS');
    if (siren && !(await this.em.findOne(Organization, { siren }))) {
      return dataset;
    }
    const notes: string[] = [];
    const tmp = `${finalPath}.${process.pid}.${Date.now()}.tmp`;
    await mkdir(path.dirname(finalPath), { recursive: true });
    try {
      const docs = await this.currentDocuments(siren, year);
      const validator = new TableValidator(SCDL_BUDGET_SCHEMA, { maxErrors: MAX_ERRORS });
      const written = await writeValidatedCsv(
        tmp,
        [...SCDL_BUDGET_COLUMNS],
        this.rows(docs, notes),
        validator,
      );
      const report = written.exact
        ? validator.report()
        : await validateCsvFile(tmp, SCDL_BUDGET_SCHEMA, { maxErrors: MAX_ERRORS });
      Object.assign(dataset, {
        rowCount: report.rowCount,
        errorCount: report.errorCount,
        errors: report.errors,
        notes: [...report.warnings, ...notes],
        valid: report.valid,
      });
      if (report.valid) {
        await rename(tmp, finalPath);
        Object.assign(dataset, {
          status: DatasetStatus.VALID,
          sha256: written.sha256,
          size: (await stat(finalPath)).size,
          publishedFileAt: dataset.generatedAt,
        });
        const xlsx = datasetFile(this.dataDir, scope, year, 'BUDGETS', 'xlsx');
        dataset.xlsxSize = await writeSpreadsheetBeside(
          finalPath,
          xlsx,
          `Budgets ${year}`,
          dataset.notes,
        );
      } else {
        dataset.status = DatasetStatus.INVALID;
        log.warn({ scope, year, errors: report.errorCount }, 'budget file invalid: previous kept');
      }
    } finally {
      await rm(tmp, { force: true });
    }
    recordGeneration(this.em, dataset, reason);
    await this.em.flush();
    return dataset;
  }

  /** Every (scope, year) that has budget documents, for the nightly regeneration. */
  async allTargets(): Promise<{ siren: string | null; year: number }[]> {
    const rows: { siren: string; year: number }[] = await this.em
      .getConnection()
      .execute(
        `select distinct o.siren as siren, b.year as year from budget_documents b join organizations o on o.id = b.organization_id where b.year is not null`,
      );
    const years = new Set(rows.map((r) => Number(r.year)));
    return [
      ...rows.map((r) => ({ siren: r.siren, year: Number(r.year) })),
      ...[...years].map((year) => ({ siren: null, year })),
    ];
  }
}
