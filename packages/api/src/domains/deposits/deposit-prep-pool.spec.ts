import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { badDeposits, buildDeposit, writeDeposit } from '../../../test/fixtures/deposit.fixture.js';
import { FileStore } from '../../infra/files/file-store.js';
import { DepositError } from './deposit-error.js';
import { defaultPrepThreads } from './deposit-prep-pool.js';
import { DepositPrep } from './deposit-preparation.js';
import { prepareDepositHere } from './deposit-prep.js';

const started: DepositPrep[] = [];

async function setup(threads: number) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'prep-'));
  const files = new FileStore(path.join(dir, 'files'));
  const prep = new DepositPrep(files, { threads });
  started.push(prep);
  return { dir, files, prep };
}

describe('deposit preparation threads', () => {
  afterEach(async () => {
    await Promise.all(started.splice(0).map((p) => p.close()));
  });

  it('give what the event loop gives: hashes, parsed fields, stored documents, no bytes', async () => {
    const { dir, files, prep } = await setup(2);
    const zip = await writeDeposit(path.join(dir, 'in'), await buildDeposit(), 'aBc1234.zip');
    const here = await prepareDepositHere(zip, new FileStore(path.join(dir, 'other')));
    const threaded = await prep.prepare(zip);
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
    const { dir, prep } = await setup(1);
    const bad = await writeDeposit(
      path.join(dir, 'in'),
      await badDeposits.truncatedZip(),
      'tronque.zip',
    );
    const out = await prep.prepare(bad);
    expect(out!.parsed).toBeInstanceOf(DepositError);
    expect(out!.parsed).toMatchObject({
      code: 'deposit/corrupt_zip',
      details: { zipSha256: out!.source.sha256 },
    });
    expect((out!.parsed as DepositError).message).toMatch(/endommagé/);
    expect(out!.stored).toEqual([]);
    expect(await prep.prepare(path.join(dir, 'in', 'absent.zip'))).toBeNull();
  });

  it('prepare many zips at once, each with its own result', async () => {
    const { dir, prep } = await setup(2);
    const zips = await Promise.all(
      Array.from({ length: 12 }, async (_, i) =>
        writeDeposit(
          path.join(dir, 'in'),
          await buildDeposit({ metadata: { numero_de_lacte: `N_${i}` } }),
          `z${i}.zip`,
        ),
      ),
    );
    const out = await Promise.all(zips.map((z) => prep.prepare(z)));
    expect(out.map((o) => (o!.parsed as { deposit: { number: string } }).deposit.number)).toEqual(
      zips.map((_, i) => `N_${i}`),
    );
  });

  it('prepare a zip ahead of its batch: the batch gets the same result, or null once the zip is gone', async () => {
    const { dir, prep } = await setup(2);
    const zips = await Promise.all(
      ['a', 'b'].map(async (n) =>
        writeDeposit(
          path.join(dir, 'in'),
          await buildDeposit({ metadata: { numero_de_lacte: `AHEAD_${n}` } }),
          `${n}.zip`,
        ),
      ),
    );
    const here = await prepareDepositHere(zips[0]!, new FileStore(path.join(dir, 'other')));
    zips.forEach((z) => prep.prepareAhead(z));
    prep.prepareAhead(zips[0]!); // twice: one preparation
    expect(await prep.prepare(zips[0]!)).toEqual(here);
    // Prepared ahead, then handled elsewhere before its batch: as if it were prepared now.
    await new Promise((r) => setTimeout(r, 200));
    await rm(zips[1]!);
    expect(await prep.prepare(zips[1]!)).toBeNull();
    // A refused zip prepared ahead is refused the same way.
    const bad = await writeDeposit(path.join(dir, 'in'), await badDeposits.truncatedZip(), 't.zip');
    prep.prepareAhead(bad);
    expect((await prep.prepare(bad))!.parsed).toMatchObject({ code: 'deposit/corrupt_zip' });
  }, 30_000);

  it('prepare nothing ahead on the event loop (0 threads): the batch prepares its zips itself', async () => {
    const { dir, prep } = await setup(0);
    const zip = await writeDeposit(path.join(dir, 'in'), await buildDeposit(), 'z.zip');
    prep.prepareAhead(zip);
    await rm(zip);
    expect(await prep.prepare(zip)).toBeNull();
  });

  it('run on the event loop with 0 threads, and start again after being stopped', async () => {
    const { dir, files, prep: inlinePrep } = await setup(0);
    const zip = await writeDeposit(path.join(dir, 'in'), await buildDeposit(), 'aBc1234.zip');
    const inline = await inlinePrep.prepare(zip);
    const threaded = new DepositPrep(files, { threads: 1 });
    started.push(threaded);
    expect(await threaded.prepare(zip)).toEqual(inline);
    await threaded.close();
    expect(await threaded.prepare(zip)).toEqual(inline);
    expect(defaultPrepThreads()).toBeGreaterThanOrEqual(1);
    // Two thread starts on a busy machine: the default 5 s is not a fair bound.
  }, 30_000);
});
