import { describe, expect, it } from 'vitest';
import { TokenBucket } from './token-bucket.js';

describe('TokenBucket', () => {
  it('lets a burst of `capacity` through, then paces the rest', async () => {
    const bucket = new TokenBucket(600, 2); // a burst of 2, then one every 100 ms
    const t0 = Date.now();
    const times: number[] = [];
    await Promise.all(
      Array.from({ length: 4 }, () => bucket.take().then(() => times.push(Date.now() - t0))),
    );
    expect(times[1]).toBeLessThan(50);
    expect(times[2]).toBeGreaterThanOrEqual(90);
    expect(times[3]).toBeGreaterThanOrEqual(190);
  });

  it('empties on drain (a 429 slows every caller down)', async () => {
    let now = 0;
    const bucket = new TokenBucket(60, 5, () => now);
    bucket.drain();
    let done = false;
    const taken = bucket.take().then(() => (done = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(false);
    now += 1000;
    await taken;
    expect(done).toBe(true);
  });
});
