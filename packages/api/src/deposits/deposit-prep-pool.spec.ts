import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { badDeposits, buildDeposit, writeDeposit } from '../../test/fixtures/deposit.fixture.js';
import { FileStore } from '../files/file-store.js';
import { DepositError } from './deposit-error.js';
import { closeDepositPrep, configureDepositPrep, defaultPrepThreads, prepareDeposit } from './deposit-prep-pool.js';
import { prepareDepositHere } from './deposit-prep.js';

async function setup() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'prep-'));
  return { dir, files: new FileStore(path.join(dir, 'files')) };
}

describe('deposit preparation threads', () => {
  const roots: string[] = [];
  afterEach(async () => {
    await Promise.all(roots.splice(0).map((r) => closeDepositPrep(r)));
    configureDepositPrep({ threads: null });
  });

  it('give what the event loop gives: hashes, parsed fields, stored documents, no bytes', async () => {
    configureDepositPrep({ threads: 2 });
    const { dir, files } = await setup();
    roots.push(files.rootDir);
    const zip = await writeDeposit(path.join(dir, 'in'), await buildDeposit(), 'aBc1234.zip');
    const here = await prepareDepositHere(zip, new FileStore(path.join(dir, 'other')));
    const threaded = await prepareDeposit(zip, files);
    expect(threaded).toEqual(here);
    expect(threaded!.stored.map((s) => s.file.fileName)).toEqual([
      '022-213502388-20240306-D2024_001-DE-1-1_1.pdf',
      'Annexe 1 - Étude d’impact.pdf',
    ]);
    for (const s of threaded!.stored) {
      expect(await files.exists(s.key)).toBe(true);
      expect(s.file).not.toHaveProperty('bytes');
    }
  });

  it('hand back a refused zip as a DepositError with its French message, and a vanished one as null', async () => {
    configureDepositPrep({ threads: 1 });
    const { dir, files } = await setup();
    roots.push(files.rootDir);
    const bad = await writeDeposit(path.join(dir, 'in'), await badDeposits.truncatedZip(), 'tronque.zip');
    const out = await prepareDeposit(bad, files);
    expect(out!.parsed).toBeInstanceOf(DepositError);
    expect(out!.parsed).toMatchObject({ code: 'deposit/corrupt_zip', details: { zipSha256: out!.source.sha256 } });
    expect((out!.parsed as DepositError).message).toMatch(/endommagé/);
    expect(out!.stored).toEqual([]);
    expect(await prepareDeposit(path.join(dir, 'in', 'absent.zip'), files)).toBeNull();
  });

  it('prepare many zips at once, each with its own result', async () => {
    configureDepositPrep({ threads: 2 });
    const { dir, files } = await setup();
    roots.push(files.rootDir);
    const zips = await Promise.all(
      Array.from({ length: 12 }, async (_, i) =>
        writeDeposit(path.join(dir, 'in'), await buildDeposit({ metadata: { numero_de_lacte: `N_${i}` } }), `z${i}.zip`),
      ),
    );
    const out = await Promise.all(zips.map((z) => prepareDeposit(z, files)));
    expect(out.map((o) => (o!.parsed as { deposit: { number: string } }).deposit.number)).toEqual(zips.map((_, i) => `N_${i}`));
  });

  it('run on the event loop with 0 threads, and start again after being stopped', async () => {
    const { dir, files } = await setup();
    roots.push(files.rootDir);
    const zip = await writeDeposit(path.join(dir, 'in'), await buildDeposit(), 'aBc1234.zip');
    configureDepositPrep({ threads: 0 });
    const inline = await prepareDeposit(zip, files);
    await closeDepositPrep(files.rootDir);
    configureDepositPrep({ threads: 1 });
    expect(await prepareDeposit(zip, files)).toEqual(inline);
    expect(defaultPrepThreads()).toBeGreaterThanOrEqual(1);
  });
});
