import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  badDeposits,
  buildDeposit,
  buildZip,
  renameEntryBytes,
  writeDeposit,
} from '../../../test/fixtures/deposit.fixture.js';
import { ZipError } from './zip-error.js';
import {
  announcedInflatedBytes,
  forEachZipEntry,
  readZipEntries,
  unsafePathReason,
} from './safe-unzip.js';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(ZipError);
    return (err as ZipError).code;
  }
  throw new Error('expected a ZipError');
}

function setFlagBit(zip: Buffer, bit: number): Buffer {
  const out = Buffer.from(zip);
  for (let i = 0; i + 4 <= out.length; i++) {
    if (out.readUInt32LE(i) === 0x02014b50) {
      out.writeUInt16LE(out.readUInt16LE(i + 8) | (1 << bit), i + 8);
    }
  }
  return out;
}

describe('readZipEntries', () => {
  it('reads every file of a valid deposit with its SHA-256 and UTF-8 name', async () => {
    const zip = await buildDeposit();
    const entries = await readZipEntries(zip);
    expect(entries.map((e) => e.name)).toEqual([
      'metadata.json',
      'Délibération D2024_001.pdf',
      '022-213502388-20240306-D2024_001-DE-1-1_1.pdf',
      'Annexe 1 - Étude d’impact.pdf',
    ]);
    for (const e of entries) {
      expect(e.size).toBe(e.bytes.length);
      expect(e.sha256).toBe(createHash('sha256').update(e.bytes).digest('hex'));
    }
  });

  it('reads documents larger than one read slice byte for byte, stored or deflated, from a buffer or a file', async () => {
    const scan = randomBytes(300 * 1024);
    const text = Buffer.from(
      'Considérant le code général des collectivités territoriales. '.repeat(6000),
    );
    const zip = await buildZip([
      { name: 'scan.pdf', data: scan, compress: false },
      { name: 'texte.pdf', data: text },
      { name: 'scan-deflate.pdf', data: scan },
    ]);
    const dir = await mkdtemp(path.join(os.tmpdir(), 'unzip-'));
    for (const source of [zip, await writeDeposit(dir, zip, 'gros.zip')]) {
      const entries = await readZipEntries(source);
      expect(entries.map((e) => [e.name, e.size])).toEqual([
        ['scan.pdf', scan.length],
        ['texte.pdf', text.length],
        ['scan-deflate.pdf', scan.length],
      ]);
      for (const [e, original] of [scan, text, scan].map((b, i) => [entries[i]!, b] as const)) {
        expect(e.bytes.equals(original)).toBe(true);
        expect(e.sha256).toBe(createHash('sha256').update(original).digest('hex'));
      }
    }
  });

  it('reads from a file path as well as from a buffer', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'unzip-'));
    const file = await writeDeposit(dir, await buildDeposit());
    expect((await readZipEntries(file)).length).toBe(4);
  });

  it('rejects empty, non-zip, truncated and CRC-damaged files', async () => {
    expect(await codeOf(readZipEntries(await badDeposits.emptyFile()))).toBe('zip/empty_file');
    expect(await codeOf(readZipEntries(await badDeposits.notAZip()))).toBe('zip/not_a_zip');
    expect(await codeOf(readZipEntries(await badDeposits.truncatedZip()))).toBe('zip/corrupt_zip');
    expect(await codeOf(readZipEntries(await badDeposits.badCrc()))).toBe('zip/corrupt_zip');
  });

  it('rejects path traversal, absolute paths, drive letters, backslashes and symlinks', async () => {
    expect(await codeOf(readZipEntries(await badDeposits.pathTraversal()))).toBe('zip/unsafe_path');
    for (const [placeholder, evil] of [
      ['xtmp/evil.pdf', '/tmp/evil.pdf'],
      ['Cx/evil.pdf', 'C:/evil.pdf'],
      ['a_evil.pdf', 'a\\evil.pdf'],
    ]) {
      const zip = renameEntryBytes(
        await buildZip([{ name: placeholder, data: 'x' }]),
        placeholder,
        evil,
      );
      expect(await codeOf(readZipEntries(zip))).toBe('zip/unsafe_path');
    }
    expect(await codeOf(readZipEntries(await badDeposits.symlink()))).toBe('zip/unsafe_path');
  });

  it('names the unsafe entry in a French message', async () => {
    await expect(readZipEntries(await badDeposits.pathTraversal())).rejects.toThrow(
      /Entrée du zip refusée « \.\.\/\.\.\/evil\.pdf »/,
    );
  });

  it('rejects a deflated entry whose compressed data is garbled, from a buffer or a file', async () => {
    const text = 'Délibération du conseil municipal. '.repeat(2000);
    const zip = await buildZip([{ name: 'acte.txt', data: text }]);
    // Overwrite the middle of the entry's compressed data (after its 30-byte header and name).
    const garbled = Buffer.from(zip);
    const start = 30 + 'acte.txt'.length;
    garbled.fill(0xff, start + 20, start + 60);
    expect(await codeOf(readZipEntries(garbled))).toBe('zip/corrupt_zip');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'unzip-garbled-'));
    expect(await codeOf(readZipEntries(await writeDeposit(dir, garbled, 'garbled.zip')))).toBe(
      'zip/corrupt_zip',
    );
    expect((await readZipEntries(zip))[0]!.bytes.toString('utf8')).toBe(text);
  });

  it('detects zip bombs from the announced ratio and from a lying size header', async () => {
    expect(await codeOf(readZipEntries(await badDeposits.zipBomb()))).toBe('zip/zip_bomb');
    expect(await codeOf(readZipEntries(await badDeposits.lyingSize()))).toBe('zip/zip_bomb');
  });

  it('refuses many entries each under the per-entry threshold, before holding much of them', async () => {
    // The reported attack: hundreds of entries of just under 1 MiB of zeros (≈ 1,000:1 overall).
    const zeros = Buffer.alloc(1024 * 1024 - 1);
    const zip = await buildZip(
      Array.from({ length: 40 }, (_, i) => ({ name: `zeros-${i}.bin`, data: zeros })),
    );
    let inflated = 0;
    const err = await forEachZipEntry(zip, async (_h, data) => {
      for await (const chunk of data) {
        inflated += (chunk as Buffer).length;
      }
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ZipError);
    expect((err as ZipError).code).toBe('zip/zip_bomb');
    expect((err as ZipError).message).toMatch(/ensemble du zip/);
    expect(inflated).toBeLessThan(11 * 1024 * 1024);
    // A real set of documents (random data, ratio about 1) of the same size passes.
    const real = await buildZip(
      Array.from({ length: 12 }, (_, i) => ({
        name: `doc-${i}.pdf`,
        data: randomBytes(1024 * 1024),
      })),
    );
    expect(await readZipEntries(real)).toHaveLength(12);
  });

  it('tells what a zip announces it inflates to, without inflating it (a batch budgets on it)', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'announced-'));
    const file = path.join(dir, 'a.zip');
    await writeFile(
      file,
      await buildZip([
        { name: 'a.bin', data: Buffer.alloc(300_000) },
        { name: 'b.bin', data: randomBytes(5_000) },
      ]),
    );
    expect(await announcedInflatedBytes(file)).toBe(305_000);
    await writeFile(file, 'pas un zip');
    expect(await announcedInflatedBytes(file)).toBeNull();
  });

  it('verifies sizes even when the callback does not read the data', async () => {
    const zip = await badDeposits.lyingSize();
    expect(await codeOf(forEachZipEntry(zip, async () => undefined))).toBe('zip/zip_bomb');
  });

  it('enforces entry, total, count and zip size limits', async () => {
    const big = await buildZip([{ name: 'a.bin', data: randomBytes(20_000) }]);
    expect(await codeOf(readZipEntries(big, { maxEntryBytes: 10_000 }))).toBe('zip/too_large');
    const two = await buildZip([
      { name: 'a.bin', data: randomBytes(6_000) },
      { name: 'b.bin', data: randomBytes(6_000) },
    ]);
    expect(await codeOf(readZipEntries(two, { maxTotalBytes: 10_000 }))).toBe('zip/too_large');
    expect(await codeOf(readZipEntries(two, { maxEntries: 1 }))).toBe('zip/too_many_entries');
    expect(await codeOf(readZipEntries(two, { maxZipBytes: 1_000 }))).toBe('zip/too_large');
  });

  it('rejects duplicate names and encrypted entries', async () => {
    const dup = await buildZip([
      { name: 'a.pdf', data: 'un' },
      { name: 'a.pdf', data: 'deux' },
    ]);
    expect(await codeOf(readZipEntries(dup))).toBe('zip/duplicate_entry');
    const encrypted = setFlagBit(await buildZip([{ name: 'a.pdf', data: 'secret' }]), 0);
    expect(await codeOf(readZipEntries(encrypted))).toBe('zip/unsupported_entry');
  });

  it('streams entries one at a time to a callback', async () => {
    const seen: string[] = [];
    const result = await forEachZipEntry(await buildDeposit(), async (header, data) => {
      let n = 0;
      for await (const chunk of data) {
        n += (chunk as Buffer).length;
      }
      seen.push(`${header.name}:${n === header.declaredSize}`);
    });
    expect(seen).toHaveLength(4);
    expect(seen.every((s) => s.endsWith(':true'))).toBe(true);
    expect(result.totalBytes).toBe(result.entries.reduce((s, e) => s + e.size, 0));
  });
});

describe('unsafePathReason', () => {
  it('accepts plain names and sub-folders, refuses the rest', () => {
    expect(unsafePathReason('Annexe 1 - Étude.pdf')).toBeNull();
    expect(unsafePathReason('dossier/fichier.pdf')).toBeNull();
    expect(unsafePathReason('../x.pdf')).not.toBeNull();
    expect(unsafePathReason('a/../../x.pdf')).not.toBeNull();
    expect(unsafePathReason('/x.pdf')).not.toBeNull();
    expect(unsafePathReason('c:/x.pdf')).not.toBeNull();
    expect(unsafePathReason('a\\x.pdf')).not.toBeNull();
    expect(unsafePathReason('a\u0000.pdf')).not.toBeNull();
  });
});
