import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/core';
import { ActNature } from '../acts/act.enums.js';
import { documentPath } from '../acts/act-visibility.js';
import { childLogger } from '../../core/logger.js';
import { Organization } from '../../identity/tenants/organization.entity.js';
import { actListingTargets, exportActListing } from './act-listing.js';
import { writeValidatedCsv } from './dataset-csv-writer.js';
import { deliberationExportRows } from './dataset-export-source.js';
import { Dataset, DatasetKind, DatasetStatus } from './dataset.entity.js';
import { writeSpreadsheetBeside } from './dataset-spreadsheet.js';
import { datasetFile } from './dataset-paths.js';
import { recordGeneration, type GenerationReason } from './dataset-history.js';
import {
  SCDL_DELIBERATIONS_COLUMNS,
  SCDL_DELIBERATIONS_SCHEMA,
  toScdlDeliberationRow,
  type DeliberationRecord,
} from './scdl-deliberations.js';
import {
  TableValidator,
  validateCsvFile,
  type ValidationReport,
} from '../../infra/table-schema/table-schema-validator.js';

const log = childLogger('datasets');
const MAX_ERRORS = 100;
const MAX_NOTES = 200;

/** How long each part of an export took, in ms (what a bench or a log wants to know). */
export interface ExportPhases {
  /** Rows read, written as CSV, validated, file in place (the SCDL file proper). */
  csvMs: number;
  /** The .xlsx made from the CSV (0 when the CSV is not valid). */
  spreadsheetMs: number;
}

/**
 * Generates SCDL Délibérations 2.1.3 files from the database (published deliberations of active
 * organisations), validates each against the official schema, and replaces the served file only
 * when it is valid. The report is stored either way.
 */
export class DatasetExportService {
  constructor(
    private readonly em: EntityManager,
    private readonly dataDir: string,
    private readonly publicUrl: string,
  ) {}

  async exportDeliberations(
    siren: string | null,
    year: number,
    reason: GenerationReason = 'export',
    phases: ExportPhases = { csvMs: 0, spreadsheetMs: 0 },
  ): Promise<Dataset> {
    const scope = siren ?? 'all';
    const dataset =
      (await this.em.findOne(Dataset, { kind: DatasetKind.DELIBERATIONS, scope, year })) ??
      this.em.create(Dataset, {
        kind: DatasetKind.DELIBERATIONS,
        scope,
        year,
        status: DatasetStatus.INVALID,
      });
    const finalPath = datasetFile(this.dataDir, scope, year);
    const xlsxPath = datasetFile(this.dataDir, scope, year, 'DELIBERATIONS', 'xlsx');
    dataset.generatedAt = new Date();
    if (siren) {
      const org = await this.em.findOne(Organization, { siren });
      if (!org?.siret) {
        await rm(finalPath, { force: true });
        await rm(xlsxPath, { force: true });
        Object.assign(dataset, {
          status: DatasetStatus.MISSING_SIRET,
          valid: false,
          rowCount: 0,
          size: 0,
          xlsxSize: 0,
          sha256: null,
          publishedFileAt: null,
          errorCount: 1,
          notes: [],
          errors: [
            {
              row: null,
              column: 'COLL_SIRET',
              rule: 'siret-missing',
              message:
                'SIRET manquant : renseignez le SIRET de la collectivité dans ses paramètres pour produire ce fichier (le schéma SCDL l’exige).',
            },
          ],
        });
        recordGeneration(this.em, dataset, reason);
        await this.em.flush();
        return dataset;
      }
    }
    const notes: string[] = [];
    const started = performance.now();
    const tmp = `${finalPath}.${process.pid}.${Date.now()}.tmp`;
    await mkdir(path.dirname(finalPath), { recursive: true });
    try {
      // The rows are validated as they are written (the cells a CSV parser reads back).
      const validator = new TableValidator(SCDL_DELIBERATIONS_SCHEMA, { maxErrors: MAX_ERRORS });
      const written = await writeValidatedCsv(
        tmp,
        [...SCDL_DELIBERATIONS_COLUMNS],
        this.rows(siren, year, notes),
        validator,
      );
      const report: ValidationReport = written.exact
        ? validator.report()
        : await validateCsvFile(tmp, SCDL_DELIBERATIONS_SCHEMA, { maxErrors: MAX_ERRORS });
      dataset.rowCount = report.rowCount;
      dataset.errorCount = report.errorCount;
      dataset.errors = report.errors;
      dataset.notes = [...report.warnings, ...notes];
      dataset.valid = report.valid;
      if (report.valid) {
        await rename(tmp, finalPath);
        dataset.status = DatasetStatus.VALID;
        dataset.sha256 = written.sha256;
        dataset.size = (await stat(finalPath)).size;
        dataset.publishedFileAt = dataset.generatedAt;
        phases.csvMs = performance.now() - started;
        dataset.xlsxSize = await writeSpreadsheetBeside(
          finalPath,
          xlsxPath,
          `Délibérations ${year}`,
          dataset.notes,
        );
        phases.spreadsheetMs = performance.now() - started - phases.csvMs;
      } else {
        phases.csvMs = performance.now() - started;
        dataset.status = DatasetStatus.INVALID;
        log.warn(
          { scope, year, errors: report.errorCount },
          'generated dataset is invalid: previous file kept',
        );
      }
    } finally {
      await rm(tmp, { force: true });
    }
    recordGeneration(this.em, dataset, reason);
    await this.em.flush();
    return dataset;
  }

  /**
   * SCDL rows of the published deliberations of the year, in batches: plain SQL read as a
   * stream (no entity hydration: this runs over millions of rows with flat memory).
   * Deliberations that cannot be written validly are left out, with a note.
   */
  private async *rows(
    siren: string | null,
    year: number,
    notes: string[],
  ): AsyncGenerator<string[][]> {
    for await (const batch of deliberationExportRows(this.em, siren, year)) {
      const rows: string[][] = [];
      for (const [
        id,
        number,
        date,
        subject,
        code,
        label,
        ackDate,
        orgSiren,
        siret,
        name,
        docId,
        docName,
      ] of batch) {
        const rec: DeliberationRecord = {
          organizationName: name,
          siret: siret ?? '',
          number,
          date,
          subject,
          classificationCode: code,
          classificationLabel: label,
          prefectureAckDate: ackDate,
          url: docId
            ? `${this.publicUrl}${documentPath(orgSiren, id, docId, docName ?? '')}`
            : null,
        };
        const res = toScdlDeliberationRow(rec);
        if (res.ok) {
          rows.push(res.row);
        }
        const note = res.ok
          ? res.notes.length > 0 && `Délibération ${rec.number} : ${res.notes.join(' ; ')}`
          : `Délibération ${rec.number} non exportée : ${res.reason}`;
        if (note && notes.length < MAX_NOTES) {
          notes.push(note);
        }
      }
      yield rows;
    }
  }

  /** The yearly listing of an organisation's public act PDFs (see act-listing.ts). */
  exportActListing(siren: string, year: number, reason: GenerationReason = 'export') {
    return exportActListing(this.em, this.dataDir, this.publicUrl, siren, year, reason);
  }

  /** Every (SIREN, year) whose act listing the nightly pass regenerates. */
  actListingTargets() {
    return actListingTargets(this.em);
  }

  /** Every (scope, year) that has deliberations, for the nightly regeneration. */
  async allTargets(): Promise<{ siren: string | null; year: number }[]> {
    const rows: { siren: string; year: string }[] = await this.em
      .getConnection()
      .execute(
        `select distinct o.siren as siren, substr(a.date, 1, 4) as year from acts a join organizations o on o.id = a.organization_id where a.nature = ?`,
        [ActNature.DELIBERATION],
      );
    const years = new Set(rows.map((r) => Number(r.year)));
    return [
      ...rows.map((r) => ({ siren: r.siren, year: Number(r.year) })),
      ...[...years].map((year) => ({ siren: null, year })),
    ];
  }
}
