import { readFile } from 'node:fs/promises';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  SHARED_FIXTURES_DIR,
  sharedFixturesSkipReason,
} from '../../../test/fixtures/shared-fixtures.js';
import { SCDL_DELIBERATIONS_SCHEMA } from './scdl-deliberations.js';
import { isValidFrenchSiret } from '../../infra/table-schema/table-schema-checks.js';
import {
  loadTableSchema,
  validateCsv,
  validateCsvFile,
  type TableSchema,
} from '../../infra/table-schema/table-schema-validator.js';

const HEADER =
  'COLL_NOM,COLL_SIRET,DELIB_ID,DELIB_DATE,DELIB_MATIERE_CODE,DELIB_MATIERE_NOM,DELIB_OBJET,BUDGET_ANNEE,BUDGET_NOM,PREF_ID,PREF_DATE,VOTE_EFFECTIF,VOTE_REEL,VOTE_POUR,VOTE_CONTRE,VOTE_ABSTENTION,DELIB_URL';
// formats.md §2.1: the minimal valid file.
const ROW1 =
  'Ville de Poitiers,21860194600013,2024-017,2024-03-25,7.1,finances locales/décisions budgétaires,"Budget primitif 2024, budget principal",2024,Budget principal,PREF086,2024-03-28,53,50,40,6,4,https://example.org/delib/2024-017.pdf';
const ROW2 =
  "Ville de Poitiers,21860194600013,2024-018,2024-03-25,8.4,domaines de compétences par thèmes/aménagement du territoire,Convention d'aménagement,,,,,,,,,,";
const VALID = `${HEADER}\n${ROW1}\n${ROW2}\n`;

const COLS = HEADER.split(',');
/** ROW1 with some cells replaced. */
function row(changes: Record<string, string>): string {
  const cells = [
    'Ville de Poitiers',
    '21860194600013',
    '2024-017',
    '2024-03-25',
    '7.1',
    'finances locales/décisions budgétaires',
    'Budget primitif 2024',
    '2024',
    'Budget principal',
    'PREF086',
    '2024-03-28',
    '53',
    '50',
    '40',
    '6',
    '4',
    'https://example.org/delib/2024-017.pdf',
  ];
  for (const [col, v] of Object.entries(changes)) {
    cells[COLS.indexOf(col)] = v;
  }
  return cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');
}

async function rulesFor(
  changes: Record<string, string>,
  schema: TableSchema = SCDL_DELIBERATIONS_SCHEMA,
) {
  const report = await validateCsv(`${HEADER}\n${row(changes)}\n`, schema);
  return report.errors.map((e) => `${e.rule}:${e.column ?? ''}`);
}

describe('validateCsv with the SCDL Délibérations 2.1.3 schema', () => {
  it('reads ISO dates of years 0 to 99 as such (not as 19xx), and still refuses impossible days', async () => {
    expect(await rulesFor({ DELIB_DATE: '0050-03-25', PREF_DATE: '0050-03-28' })).toEqual([]);
    expect(await rulesFor({ DELIB_DATE: '0050-02-30' })).toEqual(['type-error:DELIB_DATE']);
  });

  it('accepts the minimal valid file of formats.md', async () => {
    expect(await validateCsv(VALID, SCDL_DELIBERATIONS_SCHEMA)).toEqual({
      valid: true,
      rowCount: 2,
      errorCount: 0,
      errors: [],
      errorsTruncated: false,
      errorCountByRule: {},
      warnings: [],
    });
  });

  it('reports each negative case of formats.md with its rule', async () => {
    expect(await rulesFor({ COLL_SIRET: '21860194600012' })).toEqual([
      'french-siret-value:COLL_SIRET',
    ]);
    expect(await rulesFor({ DELIB_MATIERE_NOM: 'URBANISME' })).toEqual([
      'nomenclature-actes-value:DELIB_MATIERE_NOM',
    ]);
    expect(await rulesFor({ DELIB_MATIERE_NOM: 'urbanisme / documents d’urbanisme' })).toEqual([
      'nomenclature-actes-value:DELIB_MATIERE_NOM',
    ]);
    expect(
      await rulesFor({
        DELIB_MATIERE_NOM: 'Libertes publiques et pourvoirs de police/police municipale',
      }),
    ).toEqual(['nomenclature-actes-value:DELIB_MATIERE_NOM']);
    expect(await rulesFor({ BUDGET_ANNEE: '2018/2017' })).toEqual([
      'year-interval-value:BUDGET_ANNEE',
    ]);
    expect(await rulesFor({ BUDGET_ANNEE: '2018/2018' })).toEqual([
      'year-interval-value:BUDGET_ANNEE',
    ]);
    expect(await rulesFor({ BUDGET_NOM: '' })).toEqual(['cohesive-columns-value:BUDGET_ANNEE']);
    expect(await rulesFor({ VOTE_CONTRE: '' })).toEqual(['cohesive-columns-value:VOTE_EFFECTIF']);
    expect(await rulesFor({ VOTE_REEL: '49' })).toEqual(['sum-columns-value:VOTE_REEL']);
    expect(await rulesFor({ PREF_DATE: '2024-03-20' })).toEqual([
      'compare-columns-value:PREF_DATE',
    ]);
    expect(await rulesFor({ DELIB_DATE: '25/03/2024' })).toEqual(['type-error:DELIB_DATE']);
    expect(await rulesFor({ VOTE_POUR: '40.0' })).toEqual(['type-error:VOTE_POUR']);
  });

  it('checks required, pattern, dates and URIs', async () => {
    expect(await rulesFor({ DELIB_OBJET: '' })).toEqual(['required:DELIB_OBJET']);
    expect(await rulesFor({ DELIB_MATIERE_CODE: '7.1.1' })).toEqual(['pattern:DELIB_MATIERE_CODE']);
    expect(await rulesFor({ COLL_SIRET: '2186019460001' })).toEqual([
      'pattern:COLL_SIRET',
      'french-siret-value:COLL_SIRET',
    ]);
    expect(await rulesFor({ DELIB_DATE: '2024-02-30' })).toEqual(['type-error:DELIB_DATE']);
    expect(await rulesFor({ DELIB_URL: 'example.org/a.pdf' })).toEqual(['type-error:DELIB_URL']);
    expect(await rulesFor({ VOTE_EFFECTIF: '49' })).toEqual([
      'compare-columns-value:VOTE_EFFECTIF',
    ]);
  });

  it('writes French messages naming the column and the row', async () => {
    const report = await validateCsv(
      `${HEADER}\n${ROW1}\n${row({ COLL_SIRET: '21860194600012' })}\n`,
      SCDL_DELIBERATIONS_SCHEMA,
    );
    expect(report.errors).toEqual([
      {
        row: 3,
        column: 'COLL_SIRET',
        rule: 'french-siret-value',
        message:
          'Le SIRET « 21860194600012 » est invalide (14 chiffres et clé de contrôle attendus).',
      },
    ]);
  });

  it('checks the header strictly, or the Validata way', async () => {
    const swapped = HEADER.replace('COLL_NOM,COLL_SIRET', 'COLL_SIRET,COLL_NOM');
    const body = row({}).split(',');
    [body[0], body[1]] = [body[1], body[0]];
    const csv = `${swapped}\n${body.join(',')}\n`;
    const strict = await validateCsv(csv, SCDL_DELIBERATIONS_SCHEMA);
    expect(strict.errors.map((e) => e.rule)).toEqual(['incorrect-label', 'incorrect-label']);
    const relaxed = await validateCsv(csv, SCDL_DELIBERATIONS_SCHEMA, { headerMode: 'validata' });
    expect(relaxed.valid).toBe(true);
    expect(relaxed.warnings).toEqual(["Les colonnes ne sont pas dans l'ordre du schéma."]);

    const noUrl = `${HEADER.replace(',DELIB_URL', '')}\n${row({}).replace(/,https:.*$/, '')}\n`;
    expect((await validateCsv(noUrl, SCDL_DELIBERATIONS_SCHEMA)).errors.map((e) => e.rule)).toEqual(
      ['missing-label'],
    );
    expect(
      (await validateCsv(noUrl, SCDL_DELIBERATIONS_SCHEMA, { headerMode: 'validata' })).valid,
    ).toBe(true);
    const noName = `${HEADER.replace('COLL_NOM,', '')}\n${row({}).replace('Ville de Poitiers,', '')}\n`;
    const missingRequired = await validateCsv(noName, SCDL_DELIBERATIONS_SCHEMA, {
      headerMode: 'validata',
    });
    expect(missingRequired.errors.map((e) => `${e.rule}:${e.column}`)).toEqual([
      'missing-label:COLL_NOM',
    ]);
    const extra = await validateCsv(`${HEADER},EXTRA\n${ROW1},x\n`, SCDL_DELIBERATIONS_SCHEMA);
    expect(extra.errors.map((e) => e.rule)).toEqual(['extra-label']);
  });

  it('reports structural problems: cells, blank rows, quotes, encoding, empty file', async () => {
    const cells = await validateCsv(
      `${HEADER}\n${ROW1},x\n\n${ROW1.replace(/,https:.*$/, '')}\n`,
      SCDL_DELIBERATIONS_SCHEMA,
    );
    expect(cells.errors.map((e) => `${e.row}:${e.rule}`)).toEqual([
      '2:extra-cell',
      '3:blank-row',
      '4:missing-cell',
    ]);
    const quotes = await validateCsv(
      `${HEADER}\n"Ville de Poitiers,2186`,
      SCDL_DELIBERATIONS_SCHEMA,
    );
    expect(quotes.errors.map((e) => e.rule)).toEqual(['source-error']);
    const latin1 = Buffer.from(VALID, 'latin1');
    const enc = await validateCsv(latin1, SCDL_DELIBERATIONS_SCHEMA);
    expect(enc.errors.map((e) => e.rule)).toEqual(['encoding-error']);
    expect((await validateCsv('', SCDL_DELIBERATIONS_SCHEMA)).errors.map((e) => e.rule)).toEqual([
      'empty-file',
    ]);
  });

  it('tolerates a BOM with a warning', async () => {
    const report = await validateCsv(Buffer.from(`\uFEFF${VALID}`), SCDL_DELIBERATIONS_SCHEMA);
    expect(report.valid).toBe(true);
    expect(report.warnings[0]).toMatch(/BOM/);
  });

  it('caps the error list but counts everything', async () => {
    const bad = row({ COLL_SIRET: '21860194600012' });
    const csv = `${HEADER}\n${Array.from({ length: 30 }, () => bad).join('\n')}\n`;
    const report = await validateCsv(csv, SCDL_DELIBERATIONS_SCHEMA, { maxErrors: 5 });
    expect(report).toMatchObject({
      valid: false,
      rowCount: 30,
      errorCount: 30,
      errorsTruncated: true,
    });
    expect(report.errors).toHaveLength(5);
    expect(report.errorCountByRule).toEqual({ 'french-siret-value': 30 });
  });

  it('streams a file from disk, byte by byte chunks included', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'csv-'));
    const file = path.join(dir, 'delib.csv');
    await writeFile(file, VALID);
    expect((await validateCsvFile(file, SCDL_DELIBERATIONS_SCHEMA)).valid).toBe(true);
    const bytes = Buffer.from(VALID);
    const oneByOne = (async function* () {
      for (const b of bytes) {
        yield Uint8Array.of(b);
      }
    })();
    expect((await validateCsv(oneByOne, SCDL_DELIBERATIONS_SCHEMA)).valid).toBe(true);
  });
});

describe('isValidFrenchSiret', () => {
  it('follows python-stdnum (Luhn on SIRET and SIREN, La Poste exception)', () => {
    expect(isValidFrenchSiret('21860194600013')).toBe(true);
    expect(isValidFrenchSiret('21860194600012')).toBe(false);
    expect(isValidFrenchSiret('35600000000048')).toBe(true);
    expect(isValidFrenchSiret('35600000000010')).toBe(true);
    expect(isValidFrenchSiret('35600000000011')).toBe(false);
    expect(isValidFrenchSiret('2186019460001A')).toBe(false);
  });
});

const skip = sharedFixturesSkipReason();

describe.skipIf(skip !== undefined)('the official schema file', () => {
  const official = path.join(SHARED_FIXTURES_DIR, 'formats/scdl-deliberations/2.1.3/schema.json');
  it('is shipped byte for byte with the code', async () => {
    const shipped = fileURLToPath(
      new URL('./schemas/scdl-deliberations/2.1.3/schema.json', import.meta.url),
    );
    expect((await readFile(shipped)).equals(await readFile(official))).toBe(true);
  });
  it('validates the minimal file when loaded from the shared fixtures', async () => {
    const schema = await loadTableSchema(official);
    expect(schema).toEqual(SCDL_DELIBERATIONS_SCHEMA);
    expect(schema.custom_checks).toHaveLength(11);
    expect((await validateCsv(VALID, schema)).valid).toBe(true);
  });
});
