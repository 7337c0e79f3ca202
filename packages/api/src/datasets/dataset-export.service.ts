import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { EntityManager } from '@mikro-orm/core';
import { ActNature, ActStatus } from '../acts/act.enums.js';
import { documentPath } from '../acts/act-visibility.js';
import { childLogger } from '../logger.js';
import { Organization } from '../organizations/organization.entity.js';
import { Dataset, DatasetKind, DatasetStatus } from './dataset.entity.js';
import { datasetFile } from './dataset-paths.js';
import { scdlDeliberationsCsv, SCDL_DELIBERATIONS_SCHEMA, type DeliberationRecord } from './scdl-deliberations.js';
import { validateCsvFile } from './table-schema-validator.js';

const log = childLogger('datasets');

interface ExportRow {
  id: string;
  number: string;
  date: string;
  subject: string;
  classification_code: string | null;
  classification_label: string | null;
  prefecture_ack_date: string | null;
  siren: string;
  siret: string | null;
  name: string;
  doc_id: string | null;
  doc_name: string | null;
}
const BATCH = 500;

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

  async exportDeliberations(siren: string | null, year: number): Promise<Dataset> {
    const scope = siren ?? 'all';
    const dataset =
      (await this.em.findOne(Dataset, { kind: DatasetKind.DELIBERATIONS, scope, year })) ??
      this.em.create(Dataset, { kind: DatasetKind.DELIBERATIONS, scope, year, status: DatasetStatus.INVALID });
    const finalPath = datasetFile(this.dataDir, scope, year);
    dataset.generatedAt = new Date();
    if (siren) {
      const org = await this.em.findOne(Organization, { siren });
      if (!org?.siret) {
        await rm(finalPath, { force: true });
        Object.assign(dataset, {
          status: DatasetStatus.MISSING_SIRET, valid: false, rowCount: 0, size: 0, sha256: null, publishedFileAt: null, errorCount: 1, notes: [],
          errors: [{ row: null, column: 'COLL_SIRET', rule: 'siret-missing', message: 'SIRET manquant : renseignez le SIRET de la collectivité dans ses paramètres pour produire ce fichier (le schéma SCDL l’exige).' }],
        });
        await this.em.flush();
        return dataset;
      }
    }
    const notes: string[] = [];
    const tmp = `${finalPath}.${process.pid}.${Date.now()}.tmp`;
    await mkdir(path.dirname(finalPath), { recursive: true });
    try {
      const csv = scdlDeliberationsCsv(this.records(siren, year), {
        onSkip: (rec, reason) => notes.length < 200 && notes.push(`Délibération ${rec.number} non exportée : ${reason}`),
        onNote: (rec, n) => notes.length < 200 && notes.push(`Délibération ${rec.number} : ${n.join(' ; ')}`),
      });
      const hash = createHash('sha256');
      csv.on('data', (chunk: Buffer) => hash.update(chunk));
      await pipeline(csv, createWriteStream(tmp));
      const report = await validateCsvFile(tmp, SCDL_DELIBERATIONS_SCHEMA, { maxErrors: 100 });
      dataset.rowCount = report.rowCount;
      dataset.errorCount = report.errorCount;
      dataset.errors = report.errors;
      dataset.notes = [...report.warnings, ...notes];
      dataset.valid = report.valid;
      if (report.valid) {
        await rename(tmp, finalPath);
        dataset.status = DatasetStatus.VALID;
        dataset.sha256 = hash.digest('hex');
        dataset.size = (await stat(finalPath)).size;
        dataset.publishedFileAt = dataset.generatedAt;
      } else {
        dataset.status = DatasetStatus.INVALID;
        log.warn({ scope, year, errors: report.errorCount }, 'generated dataset is invalid: previous file kept');
      }
    } finally {
      await rm(tmp, { force: true });
    }
    await this.em.flush();
    return dataset;
  }

  /**
   * Published deliberations of the year, read in keyset pages with plain SQL (no entity
   * hydration: this runs over millions of rows with flat memory). Same rule as isActPublic.
   */
  private async *records(siren: string | null, year: number): AsyncGenerator<DeliberationRecord> {
    const conn = this.em.getConnection();
    const mainDoc = (col: string) =>
      `(select d.${col} from documents d where d.act_id = a.id and d.annex = 0 order by d.position limit 1)`;
    const sql = `select a.id, a.number, a.date, a.subject, a.classification_code, a.classification_label,
        a.prefecture_ack_date, o.siren, o.siret, o.name, ${mainDoc('id')} as doc_id, ${mainDoc('file_name')} as doc_name
      from acts a join organizations o on o.id = a.organization_id
      where a.nature = ? and a.status = ? and a.deleted_at is null and o.open_data_active = 1
        and a.date >= ? and a.date <= ? and a.id > ? ${siren ? 'and o.siren = ?' : 'and o.siret is not null'}
      order by a.id limit ${BATCH}`;
    let lastId = '';
    for (;;) {
      const params: unknown[] = [ActNature.DELIBERATION, ActStatus.PUBLISHED, `${year}-01-01`, `${year}-12-31`, lastId];
      if (siren) {
        params.push(siren);
      }
      const rows: ExportRow[] = await conn.execute(sql, params);
      for (const r of rows) {
        yield {
          organizationName: r.name,
          siret: r.siret ?? '',
          number: r.number,
          date: r.date,
          subject: r.subject,
          classificationCode: r.classification_code,
          classificationLabel: r.classification_label,
          prefectureAckDate: r.prefecture_ack_date,
          url: r.doc_id ? `${this.publicUrl}${documentPath(r.siren, r.id, r.doc_id, r.doc_name ?? '')}` : null,
        };
      }
      if (rows.length < BATCH) {
        return;
      }
      lastId = rows.at(-1)!.id;
    }
  }

  /** Every (scope, year) that has deliberations, for the nightly regeneration. */
  async allTargets(): Promise<{ siren: string | null; year: number }[]> {
    const rows: { siren: string; year: string }[] = await this.em.getConnection().execute(
      `select distinct o.siren as siren, substr(a.date, 1, 4) as year from acts a join organizations o on o.id = a.organization_id where a.nature = ?`,
      [ActNature.DELIBERATION],
    );
    const years = new Set(rows.map((r) => Number(r.year)));
    return [...rows.map((r) => ({ siren: r.siren, year: Number(r.year) })), ...[...years].map((year) => ({ siren: null, year }))];
  }
}
