import { describe, expect, it } from 'vitest';
import { OutboxCursor } from './outbox-cursor.js';

describe('OutboxCursor', () => {
  it('accepts each id once and moves over contiguous ids', () => {
    const c = new OutboxCursor(10, 1000);
    expect([11, 12, 13].map((id) => c.accept(id))).toEqual([true, true, true]);
    c.advance(0);
    expect(c.position).toBe(13);
    expect(c.accept(12)).toBe(false);
    expect(c.accept(13)).toBe(false);
  });

  it('waits for a late commit in a hole, then delivers it exactly once', () => {
    const c = new OutboxCursor(0, 1000);
    c.accept(1);
    c.accept(3);
    c.advance(0);
    expect(c.position).toBe(1);
    expect(c.accept(3)).toBe(false); // re-read while waiting: not delivered twice
    c.advance(500);
    expect(c.position).toBe(1);
    expect(c.accept(2)).toBe(true); // the late row shows up
    c.advance(600);
    expect(c.position).toBe(3);
  });

  it('skips a hole that lasts longer than the grace period', () => {
    const c = new OutboxCursor(0, 1000);
    c.accept(2);
    c.accept(5);
    c.advance(0);
    expect(c.position).toBe(0);
    c.advance(1000);
    expect(c.position).toBe(2);
    c.advance(1500); // hole 3–4 has its own grace period, started at 1000
    expect(c.position).toBe(2);
    c.advance(2600);
    expect(c.position).toBe(5);
    expect(c.accept(1)).toBe(false);
  });
});
