import { createHash } from 'node:crypto';
import { mkdtemp, open, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FileStore, fileKey } from './file-store.js';

const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

describe('FileStore', () => {
  let root: string;
  let store: FileStore;
  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'files-'));
    store = new FileStore(path.join(root, 'files'));
  });

  it('stores bytes under their SHA-256 and reads them back', async () => {
    const bytes = Buffer.from('%PDF-1.4 délibération');
    const put = await store.put(bytes);
    expect(put).toEqual({
      sha256: sha(bytes),
      size: bytes.length,
      key: fileKey(sha(bytes)),
      created: true,
    });
    expect(put.key).toMatch(/^sha256\/[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{64}$/);
    expect(await store.exists(put.key)).toBe(true);
    expect(await store.size(put.key)).toBe(bytes.length);
    expect((await store.get(put.key)).equals(bytes)).toBe(true);
    expect(store.pathOf(put.key)).toBe(path.join(root, 'files', ...put.key.split('/')));
  });

  it('is idempotent: the same content twice is written once', async () => {
    const first = await store.put(Buffer.from('même contenu'));
    const second = await store.put(Readable.from([Buffer.from('même '), Buffer.from('contenu')]));
    expect(second.key).toBe(first.key);
    expect(second.created).toBe(false);
    expect(await readdir(path.join(root, 'files', '.tmp'))).toEqual([]);
  });

  it('with a known SHA-256: skips stored content and refuses bytes that do not match', async () => {
    const bytes = Buffer.from('%PDF-1.4 annexe');
    expect((await store.put(bytes, { sha256: sha(bytes) })).created).toBe(true);
    expect(await store.put(bytes, { sha256: sha(bytes) })).toMatchObject({
      created: false,
      size: bytes.length,
    });
    const other = Buffer.from('%PDF-1.4 autre contenu');
    await expect(store.put(other, { sha256: sha(bytes) })).rejects.toMatchObject({
      code: 'files/hash_mismatch',
    });
    await expect(store.put(other, { sha256: sha('absent') })).rejects.toMatchObject({
      code: 'files/hash_mismatch',
    });
    expect(await store.exists(fileKey(sha(other)))).toBe(false);
    expect(await readdir(path.join(root, 'files', '.tmp'))).toEqual([]);
  });

  it('does not rewrite stored bytes, and trusts a hash the caller computed from the same bytes', async () => {
    const bytes = Buffer.from('%PDF-1.4 délibération');
    const first = await store.put(bytes);
    const mtime = (await stat(store.pathOf(first.key))).mtimeMs;
    expect(await store.put(Buffer.from(bytes))).toMatchObject({ key: first.key, created: false });
    const trusted = Buffer.from('%PDF-1.4 annexe hachée au dézippage');
    expect(await store.put(trusted, { sha256: sha(trusted), verified: true })).toMatchObject({
      key: fileKey(sha(trusted)),
      created: true,
    });
    expect((await store.get(fileKey(sha(trusted)))).equals(trusted)).toBe(true);
    expect((await stat(store.pathOf(first.key))).mtimeMs).toBe(mtime);
  });

  it('recreates its temporary folder when it was removed while running', async () => {
    await store.put(Buffer.from('un'));
    await rm(path.join(root, 'files', '.tmp'), { recursive: true });
    expect((await store.put(Buffer.from('deux'))).created).toBe(true);
  });

  it('stores a stream and serves byte ranges', async () => {
    const data = Buffer.alloc(100_000, 'x');
    const put = await store.put(Readable.from([data.subarray(0, 50_000), data.subarray(50_000)]));
    expect(put.size).toBe(100_000);
    const chunks: Buffer[] = [];
    for await (const c of await store.createReadStream(put.key, { start: 10, end: 19 })) {
      chunks.push(c as Buffer);
    }
    expect(Buffer.concat(chunks).length).toBe(10);
  });

  it('refuses malformed keys and reports missing files', async () => {
    await expect(store.get('sha256/../../etc/passwd')).rejects.toMatchObject({
      code: 'files/invalid_key',
    });
    const other = 'a'.repeat(64);
    await expect(store.get(`sha256/bb/aa/${other}`)).rejects.toMatchObject({
      code: 'files/invalid_key',
    });
    expect(await store.exists(fileKey(other))).toBe(false);
    await expect(store.get(fileKey(other))).rejects.toMatchObject({ code: 'files/not_found' });
    await expect(store.createReadStream(fileKey(other))).rejects.toMatchObject({
      code: 'files/not_found',
    });
  });

  it('leaves nothing behind when a stream fails or is too large', async () => {
    async function* failing() {
      yield Buffer.from('début');
      throw new Error('coupure');
    }
    await expect(store.put(failing())).rejects.toThrow('coupure');
    await expect(store.put(Buffer.alloc(20), { maxBytes: 10 })).rejects.toMatchObject({
      code: 'files/too_large',
    });
    expect(await readdir(path.join(root, 'files', '.tmp'))).toEqual([]);
  });

  it('reports health, and a failure when the folder is not writable', async () => {
    expect(await store.health()).toEqual({ ok: true, engine: 'fs' });
    const blocked = path.join(root, 'not-a-dir');
    await writeFile(blocked, 'file');
    const broken = await new FileStore(blocked).health();
    expect(broken.ok).toBe(false);
    expect(broken.detail).toBeTruthy();
  });

  it('cleans stale temporary files', async () => {
    await store.put(Buffer.from('x'));
    const tmp = path.join(root, 'files', '.tmp', 'stale.part');
    await writeFile(tmp, 'partial');
    expect(await store.cleanTemporary(-1)).toBe(1);
  });

  describe('when the disk is full', () => {
    /** FileHandle's prototype (the class is not exported): what open() returns. */
    const fileHandleProto = async () => {
      const fh = await open(path.join(root, 'probe'), 'w');
      await fh.close();
      return Object.getPrototypeOf(fh) as {
        write: (...a: unknown[]) => Promise<{ bytesWritten: number }>;
        writeFile: (...a: unknown[]) => Promise<void>;
      };
    };
    afterEach(() => {
      vi.restoreAllMocks();
    });

    it('writes every byte when the disk ends a write short (never a truncated file)', async () => {
      const proto = await fileHandleProto();
      const write = proto.write;
      vi.spyOn(proto, 'write').mockImplementation(function (this: unknown, ...a: unknown[]) {
        const [buf, offset = 0, length] = a as [Buffer, number?, number?];
        const len = length ?? buf.length - offset;
        // At most 1000 bytes per call, as a nearly full disk may do.
        return write.call(this, buf, offset, Math.min(len, 1000));
      });
      const bytes = Buffer.alloc(10_000, 'x');
      const put = await store.put(bytes, { sha256: sha(bytes), verified: true });
      vi.restoreAllMocks();
      expect((await store.get(put.key)).equals(bytes)).toBe(true);
    });

    it('refuses with files/no_space in French, keeps no partial file, and stores once space returns', async () => {
      const proto = await fileHandleProto();
      vi.spyOn(proto, 'write').mockRejectedValue(
        Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }),
      );
      const bytes = Buffer.from('%PDF-1.4 plein');
      await expect(store.put(bytes)).rejects.toMatchObject({
        code: 'files/no_space',
        message: expect.stringMatching(/^Espace disque plein/),
      });
      expect(await store.exists(fileKey(sha(bytes)))).toBe(false);
      expect(await readdir(path.join(root, 'files', '.tmp'))).toEqual([]);
      vi.restoreAllMocks();
      expect((await store.put(bytes)).created).toBe(true);
    });

    it('reports itself down without leaving its probe file behind', async () => {
      const proto = await fileHandleProto();
      vi.spyOn(proto, 'writeFile').mockRejectedValue(
        Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }),
      );
      const health = await store.health();
      expect(health).toMatchObject({ ok: false, detail: expect.stringMatching(/ENOSPC/) });
      expect(await readdir(path.join(root, 'files', '.tmp'))).toEqual([]);
    });
  });
});
