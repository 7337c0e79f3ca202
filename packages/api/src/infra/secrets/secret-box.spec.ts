import { mkdtemp, readFile, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { platformSecret, SecretBox, SecretBoxError } from './secret-box.js';

describe('SecretBox', () => {
  const box = new SecretBox('a platform secret of at least thirty-two characters');

  it('seals a key that only the same secret and the same row open', () => {
    const sealed = box.seal('udata_the-key', 'row-1');
    expect(sealed).toMatch(/^v1:/);
    expect(sealed).not.toContain('udata_the-key');
    expect(box.seal('udata_the-key', 'row-1')).not.toBe(sealed); // random IV
    expect(box.open(sealed, 'row-1')).toBe('udata_the-key');
    expect(() => box.open(sealed, 'row-2')).toThrow(SecretBoxError);
    expect(() => new SecretBox('another secret, also long enough!!').open(sealed, 'row-1')).toThrow(
      SecretBoxError,
    );
    const tampered = sealed.slice(0, -4) + (sealed.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    expect(() => box.open(tampered, 'row-1')).toThrow(SecretBoxError);
  });

  it('without SECRET_KEY, makes one secret file in DATA_DIR (0600) and keeps it', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'secret-'));
    const first = platformSecret(undefined, dir);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(platformSecret(undefined, dir)).toBe(first);
    expect((await readFile(path.join(dir, 'secret.key'), 'utf8')).trim()).toBe(first);
    expect((await stat(path.join(dir, 'secret.key'))).mode & 0o777).toBe(0o600);
    expect(platformSecret('x'.repeat(40), dir)).toBe('x'.repeat(40));
  });
});
