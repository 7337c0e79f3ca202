import type { AgendaBackend, JobRepository } from 'agenda';
import { pino } from 'pino';
import { describe, expect, it, vi } from 'vitest';
import { reconnectDelayMs, ResilientBackend } from './resilient-backend.js';

const silent = pino({ level: 'silent' });

function flakyBackend(failures: number): AgendaBackend & { attempts: number } {
  return {
    name: 'flaky',
    repository: {} as JobRepository,
    attempts: 0,
    async connect() {
      this.attempts++;
      if (this.attempts <= failures) {
        throw new Error('connect ECONNREFUSED 127.0.0.1:27017');
      }
    },
    async disconnect() {},
  };
}

describe('resilient job backend', () => {
  it('waits 1 s, 2 s, 4 s… at most 30 s between connection attempts', () => {
    expect([1, 2, 3, 6, 10].map(reconnectDelayMs)).toEqual([1000, 2000, 4000, 30_000, 30_000]);
  });

  it('retries a refused connection instead of rejecting, and reports the error meanwhile', async () => {
    vi.useFakeTimers();
    try {
      const inner = flakyBackend(2);
      const backend = new ResilientBackend(inner, silent);
      let settled = false;
      const connecting = backend.connect().then(() => (settled = true));
      await vi.advanceTimersByTimeAsync(0);
      expect(backend.connected).toBe(false);
      expect(backend.lastError).toContain('ECONNREFUSED');
      await vi.advanceTimersByTimeAsync(1000 + 2000);
      await connecting;
      expect([settled, backend.connected, inner.attempts]).toEqual([true, true, 3]);
      expect(backend.lastError).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });

  it('stops retrying once closed, without ever resolving as connected', async () => {
    vi.useFakeTimers();
    try {
      const inner = flakyBackend(1000);
      const backend = new ResilientBackend(inner, silent);
      let settled = false;
      void backend.connect().finally(() => (settled = true));
      await vi.advanceTimersByTimeAsync(0);
      backend.close();
      await vi.advanceTimersByTimeAsync(120_000);
      expect([settled, backend.connected, inner.attempts]).toEqual([false, false, 1]);
    } finally {
      vi.useRealTimers();
    }
  });
});
