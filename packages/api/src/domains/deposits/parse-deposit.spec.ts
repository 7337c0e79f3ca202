import { createHash } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  badDeposits,
  buildDeposit,
  minimalPdf,
  writeDeposit,
} from '../../../test/fixtures/deposit.fixture.js';
import {
  PASTELL_DIR,
  pastellManifest,
  sharedFixturesSkipReason,
} from '../../../test/fixtures/shared-fixtures.js';
import { DepositError } from './deposit-error.js';
import { hashFile, parseDeposit } from './parse-deposit.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'deposits-'));
});

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function codeOf(zip: Buffer): Promise<string> {
  const file = await writeDeposit(dir, zip, `bad${Math.random().toString(36).slice(2, 8)}.zip`);
  try {
    await parseDeposit(file);
  } catch (err) {
    expect(err).toBeInstanceOf(DepositError);
    expect((err as DepositError).details.zipSha256).toBe(sha(zip));
    return (err as DepositError).code;
  }
  throw new Error('expected a DepositError');
}

describe('parseDeposit', () => {
  it('returns the act, its stamped main document, the annex and the superseded original', async () => {
    const zip = await buildDeposit();
    const file = await writeDeposit(dir, zip, 'aBc1234.zip');
    const parsed = await parseDeposit(file);
    expect(parsed.zipSha256).toBe(sha(zip));
    expect(parsed.zipSize).toBe(zip.length);
    expect(parsed.deposit.idD).toBe('aBc1234');
    expect(parsed.warnings).toEqual([]);
    expect(parsed.files.map((f) => [f.role, f.main, f.fileName, f.mediaType])).toEqual([
      ['stamped', true, '022-213502388-20240306-D2024_001-DE-1-1_1.pdf', 'application/pdf'],
      ['annex', false, 'Annexe 1 - Étude d’impact.pdf', 'application/pdf'],
      ['original', false, 'Délibération D2024_001.pdf', 'application/pdf'],
    ]);
    for (const f of parsed.files) {
      expect(f.sha256).toBe(sha(f.bytes));
      expect(f.size).toBe(f.bytes.length);
    }
  });

  it('uses the originals as main documents when there is no stamped copy', async () => {
    const file = await writeDeposit(
      dir,
      await buildDeposit({ metadata: { acte_tamponne: [] } }),
      'nOstamp.zip',
    );
    const parsed = await parseDeposit(file);
    expect(parsed.files.filter((f) => f.main).map((f) => f.role)).toEqual(['original']);
  });

  it('accepts an unknown classification code with a warning', async () => {
    const zip = await buildDeposit({ metadata: { classification: '9.99 Nouvelle matière' } });
    const parsed = await parseDeposit(await writeDeposit(dir, zip, 'unKnown.zip'));
    expect(parsed.deposit.classificationCode).toBe('9.99');
    expect(parsed.warnings).toEqual([
      'Code de classification « 9.99 » inconnu de la nomenclature ACTES : conservé tel quel.',
    ]);
  });

  it('warns about unlisted entries, duplicates and a .pdf that is not a PDF', async () => {
    const zip = await buildDeposit({
      metadata: { autre_document_attache: ['a.pdf', 'a.pdf'] },
      contents: { 'a.pdf': 'texte brut' },
      extraEntries: [{ name: 'orphelin.pdf', data: minimalPdf('x') }],
    });
    const parsed = await parseDeposit(await writeDeposit(dir, zip, 'wArn123.zip'));
    expect(parsed.warnings).toEqual([
      "Le fichier « a.pdf » porte l'extension .pdf mais n'est pas un PDF.",
      'Le fichier « a.pdf » est cité plusieurs fois dans metadata.json : gardé une seule fois.',
      'Le fichier « orphelin.pdf » est présent dans le zip sans être cité dans metadata.json : ignoré.',
    ]);
    expect(parsed.files.find((f) => f.fileName === 'a.pdf')?.mediaType).toBe(
      'application/octet-stream',
    );
  });

  it('rejects every kind of bad deposit with its code', async () => {
    const cases: [keyof typeof badDeposits, string][] = [
      ['truncatedZip', 'deposit/corrupt_zip'],
      ['badCrc', 'deposit/corrupt_zip'],
      ['noMetadata', 'deposit/no_metadata'],
      ['invalidJson', 'deposit/invalid_json'],
      ['badSiren', 'deposit/bad_siren'],
      ['missingField', 'deposit/missing_field'],
      ['invalidDate', 'deposit/bad_date'],
      ['missingFile', 'deposit/missing_file'],
      ['pathTraversal', 'deposit/unsafe_path'],
      ['symlink', 'deposit/unsafe_path'],
      ['zipBomb', 'deposit/zip_bomb'],
      ['lyingSize', 'deposit/zip_bomb'],
      ['notAZip', 'deposit/not_a_zip'],
      ['emptyFile', 'deposit/empty_file'],
      ['emptyDocument', 'deposit/empty_document'],
    ];
    for (const [kind, code] of cases) {
      const build = badDeposits[kind] as () => Promise<Buffer>;
      expect(await codeOf(await build()), kind).toBe(code);
    }
  });

  it('names the missing file in its French message', async () => {
    const file = await writeDeposit(dir, await badDeposits.missingFile(), 'mIssing.zip');
    await expect(parseDeposit(file)).rejects.toThrow(
      'Le fichier « Annexe 9 - Pièce absente.pdf » est cité dans metadata.json mais absent du zip.',
    );
  });

  it('hashes a file as a stream', async () => {
    const zip = await buildDeposit();
    expect(await hashFile(await writeDeposit(dir, zip, 'hAsh.zip'))).toEqual({
      sha256: sha(zip),
      size: zip.length,
    });
  });
});

const skip = sharedFixturesSkipReason();

describe.skipIf(skip !== undefined)('parseDeposit on the real Pastell deposits', () => {
  const BAD_CODES: Record<string, string> = {
    'bad:truncated-zip': 'deposit/corrupt_zip',
    'bad:no-metadata': 'deposit/no_metadata',
    'bad:metadata-not-json': 'deposit/invalid_json',
    'bad:siren-not-9-digits': 'deposit/bad_siren',
    'bad:missing-objet': 'deposit/missing_field',
    'bad:listed-file-missing': 'deposit/missing_file',
    'bad:path-traversal': 'deposit/unsafe_path',
    'bad:zip-bomb': 'deposit/zip_bomb',
    'bad:not-a-zip': 'deposit/not_a_zip',
    'bad:invalid-date': 'deposit/bad_date',
    'bad:empty-file': 'deposit/empty_file',
  };

  it('parses the valid ones as the manifest expects', async () => {
    for (const d of pastellManifest().deposits.filter((x) => x.expected)) {
      const e = d.expected!;
      const parsed = await parseDeposit(path.join(PASTELL_DIR, d.file));
      expect(parsed.zipSha256, d.file).toBe(d.zip_sha256);
      expect(parsed.deposit, d.file).toMatchObject({
        idD: d.id_d,
        siren: e.siren,
        entityName: e.entity_name,
        number: e.number,
        date: e.date,
        prefectureAckDate: e.date_ar,
        subject: e.objet,
        nature: Number(e.nature),
        natureDetail: e.nature_autre_detail,
        classification: e.classification,
        classificationCode: e.classification_code,
        publicationOpenData: e.pod_raw === '' ? null : e.pod_raw,
      });
      const files = (role: string) => parsed.files.filter((f) => f.role === role);
      const pick = (f: { fileName: string; sha256: string; size: number }) => [
        f.fileName,
        f.sha256,
        f.size,
      ];
      const pickM = (f: { name: string; sha256: string; size: number }) => [
        f.name,
        f.sha256,
        f.size,
      ];
      expect(parsed.files.filter((f) => f.main).map(pick), d.file).toEqual(e.main_files.map(pickM));
      expect(files('annex').map(pick), d.file).toEqual(e.annex_files.map(pickM));
      expect(
        parsed.warnings.some((w) => /inconnu de la nomenclature/.test(w)),
        d.file,
      ).toBe(e.warnings.includes('unknown-classification'));
    }
  });

  it('rejects the bad ones with the right code', async () => {
    const bad = pastellManifest().deposits.filter((x) => x.kind.startsWith('bad:'));
    expect(bad.length).toBe(Object.keys(BAD_CODES).length);
    for (const d of bad) {
      try {
        await parseDeposit(path.join(PASTELL_DIR, d.file));
        throw new Error(`${d.file} should be rejected`);
      } catch (err) {
        expect((err as DepositError).code, `${d.file} ${d.kind}`).toBe(BAD_CODES[d.kind]);
        expect((err as DepositError).details.zipSha256).toBe(d.zip_sha256);
      }
    }
  });
});
