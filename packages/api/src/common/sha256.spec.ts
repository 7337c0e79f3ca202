import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from './sha256.js';

describe('sha256Hex', () => {
  it('gives the same hex digest as node:crypto, for a slice of a larger buffer too', async () => {
    const big = Buffer.from('0123456789'.repeat(100_000));
    const slice = big.subarray(5, 70_005);
    expect(await sha256Hex(slice)).toBe(createHash('sha256').update(slice).digest('hex'));
    expect(await sha256Hex(Buffer.alloc(0))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});
