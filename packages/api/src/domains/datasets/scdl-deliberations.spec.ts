import { text } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import {
  SCDL_DELIBERATIONS_COLUMNS,
  SCDL_DELIBERATIONS_SCHEMA,
  scdlDeliberationsCsv,
  scdlFileName,
  toScdlDeliberationRow,
  type DeliberationRecord,
} from './scdl-deliberations.js';
import { validateCsv } from '../../infra/table-schema/table-schema-validator.js';

const HEADER = SCDL_DELIBERATIONS_COLUMNS.join(',');

function record(overrides: Partial<DeliberationRecord> = {}): DeliberationRecord {
  return {
    organizationName: 'Ville de Poitiers',
    siret: '21860194600013',
    number: '2024-017',
    date: '2024-03-25',
    subject: 'Budget primitif 2024, budget principal',
    classificationCode: '7.1',
    budgetYear: '2024',
    budgetName: 'Budget principal',
    prefectureId: 'PREF086',
    prefectureAckDate: '2024-03-28',
    votes: { effectif: 53, reel: 50, pour: 40, contre: 6, abstention: 4 },
    url: 'https://example.org/delib/2024-017.pdf',
    ...overrides,
  };
}

describe('scdlDeliberationsCsv', () => {
  it('writes cells safe to open in a spreadsheet, still valid against the schema', async () => {
    const csv = await text(
      scdlDeliberationsCsv([
        record({
          organizationName: '@Ville\u0007 de Poitiers',
          subject: '=HYPERLINK("http://evil.example";"clic")\u001b[31m',
          budgetName: '+Budget principal',
          prefectureId: '-PREF086',
        }),
      ]),
    );
    expect(csv).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
    const cells = csv.split('\n')[1]!;
    expect(cells).toContain("'@Ville de Poitiers,");
    expect(cells).toContain(`"'=HYPERLINK(""http://evil.example"";""clic"")[31m"`);
    expect(cells).toContain(",'+Budget principal,'-PREF086,");
    expect((await validateCsv(csv, SCDL_DELIBERATIONS_SCHEMA)).errors).toEqual([]);
  });

  it('writes the header alone when there is nothing to export', async () => {
    expect(await text(scdlDeliberationsCsv([]))).toBe(`${HEADER}\n`);
  });

  it('writes one row per deliberation, in schema order, quoted as RFC 4180 asks', async () => {
    const csv = await text(
      scdlDeliberationsCsv([
        record(),
        record({
          number: '2024-018',
          classificationCode: '8.4.2',
          subject: 'Convention « Cœur de ville »,\nsignée le "1er" avril',
          budgetYear: null,
          budgetName: null,
          prefectureId: null,
          prefectureAckDate: null,
          votes: null,
          url: null,
        }),
      ]),
    );
    expect(csv).toBe(
      [
        HEADER,
        'Ville de Poitiers,21860194600013,2024-017,2024-03-25,7.1,finances locales/décisions budgétaires,"Budget primitif 2024, budget principal",2024,Budget principal,PREF086,2024-03-28,53,50,40,6,4,https://example.org/delib/2024-017.pdf',
        'Ville de Poitiers,21860194600013,2024-018,2024-03-25,8.4,domaines de compétences par thèmes/aménagement du territoire,"Convention « Cœur de ville », signée le ""1er"" avril",,,,,,,,,,',
        '',
      ].join('\n'),
    );
    const report = await validateCsv(csv, SCDL_DELIBERATIONS_SCHEMA);
    expect(report).toMatchObject({ valid: true, rowCount: 2, errors: [] });
  });

  it('leaves out what cannot be written validly and says why', async () => {
    const skipped: string[] = [];
    const csv = await text(
      scdlDeliberationsCsv(
        [
          record({ siret: '21860194600012' }),
          record({ classificationCode: null }),
          record({ classificationCode: '12.1' }),
          record({ subject: '  ' }),
          record({ date: '2024-02-30' }),
        ],
        { onSkip: (_r, reason) => skipped.push(reason) },
      ),
    );
    expect(csv).toBe(`${HEADER}\n`);
    expect(skipped).toEqual([
      'SIRET « 21860194600012 » invalide',
      'classification absente',
      'classification « 12.1 » hors nomenclature ACTES',
      'objet absent',
      "date de l'acte invalide",
    ]);
  });

  it('keeps a deliberation whose level 2 is unknown and unlabelled, said as such (valid file)', async () => {
    const csv = await text(
      scdlDeliberationsCsv([record({ classificationCode: '9.99', classificationLabel: null })]),
    );
    expect(csv.split('\n')[1]).toContain(',9.99,autres domaines de compétences/code inconnu,');
    expect((await validateCsv(csv, SCDL_DELIBERATIONS_SCHEMA)).valid).toBe(true);
  });

  it('empties incoherent optional columns rather than writing an invalid row', async () => {
    const res = toScdlDeliberationRow(
      record({
        classificationCode: '9.99',
        classificationLabel: 'Nouvelle Matière (test)',
        prefectureAckDate: '2024-03-01',
        votes: { effectif: 10, reel: 9, pour: 1, contre: 1, abstention: 1 },
        budgetYear: '2025/2024',
        url: 'https://example.org/délib 1.pdf',
      }),
    );
    expect(res.ok).toBe(true);
    if (!res.ok) {
      return;
    }
    expect(res.row[5]).toBe('autres domaines de compétences/nouvelle matière test');
    expect(res.row.slice(7, 16)).toEqual(['', '', 'PREF086', '', '', '', '', '', '']);
    expect(res.row[16]).toBe('https://example.org/d%C3%A9lib%201.pdf');
    expect(res.notes).toHaveLength(3);
    const csv = await text(
      scdlDeliberationsCsv([
        record({ votes: { effectif: 1, reel: 2, pour: 2, contre: 0, abstention: 0 } }),
      ]),
    );
    expect((await validateCsv(csv, SCDL_DELIBERATIONS_SCHEMA)).valid).toBe(true);
  });

  it('gives each row its own cells when values repeat or alternate', () => {
    const rows = [
      record({ classificationCode: '9.99', classificationLabel: 'Matière A' }),
      record({ classificationCode: '9.99', classificationLabel: 'Matière B' }),
      record({ classificationCode: '9.99', classificationLabel: null }),
      record({ classificationCode: ' 9.99 ', classificationLabel: 'Matière\u00a0 A' }),
      record({ siret: '21860194600012' }),
      record(),
      record({ date: '2024-02-30' }),
      record({ date: ' 2024-03-25T10:00:00Z', subject: 'Un\tobjet \n sur  deux lignes ' }),
    ].map((r) => toScdlDeliberationRow(r));
    expect(rows.map((r) => (r.ok ? r.row[5] : r.reason))).toEqual([
      'autres domaines de compétences/matière a',
      'autres domaines de compétences/matière b',
      'autres domaines de compétences/code inconnu',
      'autres domaines de compétences/matière a',
      'SIRET « 21860194600012 » invalide',
      'finances locales/décisions budgétaires',
      "date de l'acte invalide",
      'finances locales/décisions budgétaires',
    ]);
    expect(rows[7].ok && [rows[7].row[3], rows[7].row[6]]).toEqual([
      '2024-03-25',
      'Un objet sur deux lignes',
    ]);
  });

  it('streams many rows and the result validates', async () => {
    async function* many() {
      for (let i = 0; i < 5_000; i++) {
        yield record({ number: `D${i}`, subject: `Objet n°${i}, avec virgule` });
      }
    }
    const report = await validateCsv(scdlDeliberationsCsv(many()), SCDL_DELIBERATIONS_SCHEMA);
    expect(report).toMatchObject({ valid: true, rowCount: 5_000 });
  });

  it('pulls records only as fast as they are read (flat memory)', async () => {
    let produced = 0;
    function* endless() {
      for (;;) {
        produced++;
        yield record({ number: `D${produced}` });
      }
    }
    const stream = scdlDeliberationsCsv(endless());
    let read = 0;
    for await (const chunk of stream) {
      read += (chunk as Buffer).length;
      if (read > 10_000) {
        break;
      }
    }
    expect(produced).toBeLessThan(500);
  });

  it('propagates a failing source as a stream error', async () => {
    async function* failing() {
      yield record();
      throw new Error('base indisponible');
    }
    await expect(text(scdlDeliberationsCsv(failing()))).rejects.toThrow('base indisponible');
  });
});

describe('scdlFileName', () => {
  it('follows AAAAMMJJ_<SIREN>_<slug>.csv', () => {
    expect(
      scdlFileName('213502388', 'Délibérations Rennes 2024', new Date('2024-03-14T12:00:00Z')),
    ).toBe('20240314_213502388_deliberations-rennes-2024.csv');
  });
});
