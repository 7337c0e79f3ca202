import { describe, expect, it } from 'vitest';
import { compareCodePoints, sortedWithinDays } from './dataset-export-mysql.js';

let seed = 11;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
// Case, accents, a character above U+E000 and one beyond U+FFFF: the orders that differ.
const CHARS = ['a', 'B', 'b', 'É', 'e', 'F', '1', '2', '-', '_', '\uFB01', '😀', 'Z'];
const text = () => Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(CHARS)).join('');
/** SQLite's BINARY collation: the bytes of the UTF-8 text. */
const bytes = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

describe('compareCodePoints', () => {
  it('orders strings as their UTF-8 bytes (SQLite), not as UTF-16 or a collation', () => {
    const words = Array.from({ length: 2000 }, text);
    expect([...words].sort(compareCodePoints)).toEqual([...words].sort(bytes));
    expect(compareCodePoints('\uFB01', '😀')).toBeLessThan(0); // '\uFB01' > '😀' in UTF-16
    expect(compareCodePoints('B1', 'a2')).toBeLessThan(0);
    expect(compareCodePoints('F1', 'É1')).toBeLessThan(0);
    expect(compareCodePoints('D1', 'D10')).toBeLessThan(0);
    expect(compareCodePoints('D1', 'D1')).toBe(0);
  });
});

describe('sortedWithinDays', () => {
  it('gives rows that come by date in date, number, id order, an act’s rows adjacent', async () => {
    type Row = [id: string, number: string, date: string, doc: string];
    const rows: Row[] = [];
    for (let day = 1; day <= 40; day++) {
      // Some dates hold one act, some many (more than a batch), in any order.
      const acts = day % 7 === 0 ? 1 : Math.floor(random() * 30);
      for (let i = 0; i < acts; i++) {
        const act: [string, string] = [`id-${text()}-${day}-${i}`, `${text()}${i}`];
        for (let d = 0; d < 1 + (i % 3); d++) {
          rows.push([...act, `2024-01-${String(day).padStart(2, '0')}`, `doc ${d}`]);
        }
      }
    }
    // As the database sends them: by date only, acts shuffled within a date, an act's rows
    // adjacent (the order of the documents of an act is kept).
    const sent = [...rows].sort((x, y) => bytes(x[2], y[2]) || random() - 0.5);
    const byAct = new Map<string, Row[]>();
    for (const r of sent) {
      byAct.set(r[0], [...(byAct.get(r[0]) ?? []), r]);
    }
    const grouped = [...byAct.values()].flat();
    async function* batches() {
      for (let i = 0; i < grouped.length; i += 17) {
        yield grouped.slice(i, i + 17);
      }
      yield [];
    }
    const out: Row[] = [];
    for await (const batch of sortedWithinDays(batches())) {
      out.push(...batch);
    }
    const expected = [...grouped].sort(
      (x, y) => bytes(x[2], y[2]) || bytes(x[1], y[1]) || bytes(x[0], y[0]),
    );
    expect(out).toEqual(expected);
  });
});
