import { randomBytes } from 'node:crypto';

let lastMs = 0;
let seq = 0;
// Random bytes drawn 4 KB at a time: one call to the CSPRNG per 512 ids, not one per id (bulk
// imports create tens of thousands of rows).
const POOL = 4096;
let pool = Buffer.alloc(0);
let at = POOL;

function random8(): Buffer {
  if (at + 8 > pool.length) {
    pool = randomBytes(POOL);
    at = 0;
  }
  at += 8;
  return Buffer.from(pool.subarray(at - 8, at));
}

/**
 * A UUID version 7: time-ordered (millisecond timestamp, then a per-process sequence), so rows
 * created in the same second (MySQL DATETIME has no fraction) still sort in creation order.
 */
export function uuidv7(): string {
  const now = Date.now();
  if (now === lastMs) {
    seq = (seq + 1) & 0xfff;
  } else {
    lastMs = now;
    seq = 0;
  }
  const ts = now.toString(16).padStart(12, '0');
  const rand = random8();
  rand[0] = (rand[0]! & 0x3f) | 0x80;
  const r = rand.toString('hex');
  return `${ts.slice(0, 8)}-${ts.slice(8, 12)}-7${seq.toString(16).padStart(3, '0')}-${r.slice(0, 4)}-${r.slice(4, 16)}`;
}
