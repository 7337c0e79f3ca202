import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { MikroORM } from '@mikro-orm/core';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ActNature,
  ActSource,
  ActStatus,
  PublicationDecision,
} from '../../src/domains/acts/act.enums.js';
import { Act } from '../../src/domains/acts/act.entity.js';
import { documentPath } from '../../src/domains/acts/act-visibility.js';
import { Document } from '../../src/domains/acts/document.entity.js';
import type { Config } from '../../src/core/config.js';
import { initOrm, ormOptions } from '../../src/app/db/orm.js';
import { setLogLevel } from '../../src/core/logger.js';
import { Organization } from '../../src/identity/tenants/organization.entity.js';
import { csvText } from '../../src/domains/datasets/dataset-csv-writer.js';
import { DatasetGeneration } from '../../src/domains/datasets/dataset-generation.entity.js';
import { DatasetExportService } from '../../src/domains/datasets/dataset-export.service.js';
import { EXPORT_BATCH } from '../../src/domains/datasets/dataset-export-source.js';
import { datasetFile } from '../../src/domains/datasets/dataset-paths.js';
import {
  SCDL_DELIBERATIONS_COLUMNS,
  scdlDeliberationsCsv,
  SCDL_DELIBERATIONS_SCHEMA,
  toScdlDeliberationRow,
  type DeliberationRecord,
} from '../../src/domains/datasets/scdl-deliberations.js';
import type * as ScdlModule from '../../src/domains/datasets/scdl-deliberations.js';
import { validateCsvFile } from '../../src/infra/table-schema/table-schema-validator.js';

// Lets a test corrupt the row of some deliberations (an invalid SIRET), or fail on one.
const hook = vi.hoisted(() => ({ corrupt: new Set<string>(), fail: '' }));
vi.mock('../../src/domains/datasets/scdl-deliberations.js', async (importOriginal) => {
  const mod = await importOriginal<typeof ScdlModule>();
  return {
    ...mod,
    toScdlDeliberationRow: (rec: DeliberationRecord) => {
      if (rec.number === hook.fail) {
        throw new Error('panne');
      }
      const res = mod.toScdlDeliberationRow(rec);
      return res.ok && hook.corrupt.has(rec.number)
        ? { ...res, row: res.row.with(1, '21860194600012') }
        : res;
    },
  };
});

const PUBLIC_URL = 'https://data.example.org';
const A = '213502388';
const B = '217500016';
const ACTS = 2 * EXPORT_BATCH + 200;

async function database(dialect: 'sqlite' | 'mysql'): Promise<Config['database']> {
  if (dialect === 'sqlite') {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'dataset-export-'));
    return { kind: 'sqlite', path: path.join(dir, 'test.sqlite') };
  }
  const url = new URL(process.env.TEST_MYSQL_URL!.replace(/^mariadb:/, 'mysql:'));
  // Named after the test database: runs against other test databases do not share it.
  const name = `${url.pathname.slice(1) || 'test'}_dataset_export_unit`;
  const admin = await MikroORM.init(ormOptions({ kind: 'mysql', url: url.toString() }));
  await admin.em.getConnection().execute(`drop database if exists \`${name}\``);
  await admin.em
    .getConnection()
    .execute(`create database \`${name}\` character set utf8mb4 collate utf8mb4_unicode_ci`);
  await admin.close(true);
  url.pathname = `/${name}`;
  return { kind: 'mysql', url: url.toString() };
}

const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** What the file must hold: the records of the exported acts, by date, number then id. */
function expectedRecords(acts: Act[], docs: Map<Act, Document[]>): DeliberationRecord[] {
  return acts
    .sort((x, y) => cmp(x.date, y.date) || cmp(x.number, y.number) || cmp(x.id, y.id))
    .map((act) => {
      const main = (docs.get(act) ?? [])
        .filter((d) => !d.annex)
        .sort((x, y) => x.position - y.position || (x.id < y.id ? -1 : 1))[0];
      return {
        organizationName: act.organization.name,
        siret: act.organization.siret ?? '',
        number: act.number,
        date: act.date,
        subject: act.subject,
        classificationCode: act.classificationCode ?? null,
        classificationLabel: act.classificationLabel ?? null,
        prefectureAckDate: act.prefectureAckDate,
        url: main
          ? `${PUBLIC_URL}${documentPath(act.organization.siren, act.id, main.id, main.fileName)}`
          : null,
      };
    });
}

const dialects = ['sqlite', ...(process.env.TEST_MYSQL_URL ? ['mysql' as const] : [])] as const;

describe.each(dialects)('DatasetExportService on %s', (dialect) => {
  let orm: MikroORM;
  let dataDir: string;
  const exported = new Map<string, Act[]>();
  const docs = new Map<Act, Document[]>();
  const service = () => new DatasetExportService(orm.em.fork(), dataDir, PUBLIC_URL);

  beforeAll(async () => {
    setLogLevel('silent');
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'dataset-export-data-'));
    orm = await initOrm(await database(dialect));
    await orm.schema.createSchema();
    const em = orm.em.fork();
    const org = (siren: string, siret: string | null, openDataActive = true) =>
      em.create(Organization, { siren, siret, name: `Commune ${siren}, « test »`, openDataActive });
    const orgs = [org(A, '21350238800001'), org(B, '21750001600019'), org('218601946', null)];
    const inactive = org('200000172', '20000017200013', false);
    const act = (o: Organization, i: number, over: Partial<Act> = {}) =>
      em.create(Act, {
        organization: o,
        number: `D${i}`,
        date: `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
        subject:
          i % 5 === 0 ? `Objet n° ${i}, « entre guillemets »\nsur deux lignes` : `Objet ${i}`,
        nature: ActNature.DELIBERATION,
        classificationCode: ['8.5', '7.2.1', '9.99'][i % 3],
        classificationLabel: i % 3 === 2 ? 'Nouvelle matière' : null,
        publicationDecision: PublicationDecision.PUBLISH,
        status: ActStatus.PUBLISHED,
        source: ActSource.DEPOSIT,
        prefectureAckDate: i % 4 === 0 ? '2024-12-31' : null,
        ...over,
      });
    const doc = (a: Act, position: number, annex = false, fileName = `acte ${position}.pdf`) => {
      const d = em.create(Document, {
        act: a,
        fileName,
        mediaType: 'application/pdf',
        size: 1,
        sha256: 'a'.repeat(64),
        storageKey: 'k',
        annex,
        position,
      });
      docs.set(a, [...(docs.get(a) ?? []), d]);
    };
    for (let i = 0; i < ACTS; i++) {
      const o = orgs[i % 7 === 0 ? 1 : 0];
      const a = act(o, i);
      if (i % 11 !== 0) {
        // Main documents in decreasing position, an annex first: the last main one is kept.
        doc(a, -1, true);
        for (let k = (i % 3) + 1; k > 0; k--) {
          doc(a, k, false, `n°${i} é ${k}%.pdf`);
        }
        if (i % 13 === 0) {
          doc(a, 1, false, 'même position.pdf');
        }
      }
      exported.set(o.siren, [...(exported.get(o.siren) ?? []), a]);
    }
    // Numbers whose order differs between code points (SQLite) and MariaDB's case- and
    // accent-insensitive collation: the file is ordered by code point on both.
    for (const [i, number] of ['a2', 'B1', 'É1', 'F1', 'z0', 'Z9'].entries()) {
      const a = act(orgs[0], 8000 + i, { number, date: '2024-06-15' });
      doc(a, 1, false, `${number}.pdf`);
      exported.set(A, [...exported.get(A)!, a]);
    }
    // Left out: other nature, not published, deleted, other year, no SIRET, open data off.
    act(orgs[0], 9001, { nature: ActNature.INDIVIDUAL });
    act(orgs[0], 9002, { status: ActStatus.NOT_PUBLISHED });
    act(orgs[0], 9003, { deletedAt: new Date() });
    act(orgs[0], 9004, { date: '2023-12-31' });
    act(orgs[2], 9005);
    act(inactive, 9006);
    await em.flush();
  });

  afterAll(async () => {
    await orm?.close(true);
  });

  beforeEach(() => {
    hook.corrupt.clear();
    hook.fail = '';
  });

  it('writes the published deliberations by date then number, each with its main document', async () => {
    const ds = await service().exportDeliberations(A, 2024);
    const file = datasetFile(dataDir, A, 2024);
    const csv = await readFile(file);
    const records = expectedRecords(exported.get(A)!, docs);
    expect(csv.toString()).toBe(await text(scdlDeliberationsCsv(records)));
    expect(ds).toMatchObject({
      status: 'VALID',
      valid: true,
      rowCount: records.length,
      errorCount: 0,
      errors: [],
      notes: [],
      size: csv.length,
      sha256: createHash('sha256').update(csv).digest('hex'),
    });
    expect(await validateCsvFile(file, SCDL_DELIBERATIONS_SCHEMA)).toMatchObject({ valid: true });
    expect(await readdir(path.dirname(file))).toEqual(['2024.csv', '2024.xlsx']);
  });

  it('puts the same rows, as text, in a spreadsheet beside the CSV', async () => {
    const csvRows = parseCsv(await readFile(datasetFile(dataDir, A, 2024)), { bom: true });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(datasetFile(dataDir, A, 2024, 'DELIBERATIONS', 'xlsx'));
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('Délibérations 2024');
    const cells: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      cells.push(
        Array.from({ length: SCDL_DELIBERATIONS_COLUMNS.length }, (_, i) => {
          const v = row.getCell(i + 1).value;
          expect(v === null || typeof v === 'string').toBe(true);
          return (v as string | null) ?? '';
        }),
      );
    });
    expect(cells).toEqual(csvRows);
    expect(cells[1]![1]).toBe('21350238800001');
  });

  it('writes every organisation that has a SIRET and open data on into the file of all', async () => {
    const ds = await service().exportDeliberations(null, 2024);
    const records = expectedRecords([...exported.get(A)!, ...exported.get(B)!], docs);
    expect(ds).toMatchObject({ status: 'VALID', rowCount: records.length });
    expect((await readFile(datasetFile(dataDir, 'all', 2024))).toString()).toBe(
      await text(scdlDeliberationsCsv(records)),
    );
  });

  it('keeps the served file and stores the report of an invalid export', async () => {
    const file = datasetFile(dataDir, A, 2024);
    await writeFile(file, 'fichier publié');
    const records = expectedRecords(exported.get(A)!, docs);
    hook.corrupt.add(records[EXPORT_BATCH + 3].number);
    // What the file validator makes of the file the export would have written.
    const rows = records.map((r) => toScdlDeliberationRow(r)).map((r) => (r.ok ? r.row : []));
    const would = path.join(dataDir, 'would.csv');
    await writeFile(would, csvText([[...SCDL_DELIBERATIONS_COLUMNS], ...rows]));
    const report = await validateCsvFile(would, SCDL_DELIBERATIONS_SCHEMA, { maxErrors: 100 });
    expect(report.errors).toEqual([
      expect.objectContaining({
        row: EXPORT_BATCH + 5,
        column: 'COLL_SIRET',
        rule: 'french-siret-value',
      }),
    ]);

    const ds = await service().exportDeliberations(A, 2024);
    expect(ds).toMatchObject({ status: 'INVALID', valid: false, rowCount: records.length });
    expect(ds.errors).toEqual(report.errors);
    expect(ds.errorCount).toBe(1);
    expect(await readFile(file, 'utf8')).toBe('fichier publié');
    expect(await readdir(path.dirname(file))).toEqual(['2024.csv', '2024.xlsx']);
    // The history keeps the refused generation, marked as not published.
    const history = await orm.em
      .fork()
      .find(DatasetGeneration, { scope: A, year: 2024 }, { orderBy: { generatedAt: 'desc' } });
    // (MariaDB keeps whole seconds: generations of the same second are not ordered.)
    const refused = history.filter((h) => !h.published);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({
      reason: 'export',
      valid: false,
      published: false,
      rowCount: records.length,
      errorCount: 1,
      sha256: null,
    });
    expect(
      history.filter((h) => h.published).every((h) => h.valid && h.published && h.sha256),
    ).toBe(true);
  });

  it('stops cleanly on a failure midway, and the next export runs', async () => {
    const file = datasetFile(dataDir, B, 2024);
    await service().exportDeliberations(B, 2024);
    const before = await readFile(file);
    const records = expectedRecords(exported.get(B)!, docs);
    hook.fail = records[records.length - 2].number;
    await expect(service().exportDeliberations(B, 2024)).rejects.toThrow('panne');
    expect(await readFile(file)).toEqual(before);
    expect(await readdir(path.dirname(file))).toEqual(['2024.csv', '2024.xlsx']);
    hook.fail = '';
    expect(await service().exportDeliberations(B, 2024)).toMatchObject({
      status: 'VALID',
      rowCount: records.length,
    });
  });

  it('writes no file for an organisation without SIRET', async () => {
    const ds = await service().exportDeliberations('218601946', 2024);
    expect(ds).toMatchObject({ status: 'MISSING_SIRET', valid: false, rowCount: 0 });
    expect(ds.errors.map((e) => e.rule)).toEqual(['siret-missing']);
  });
});
