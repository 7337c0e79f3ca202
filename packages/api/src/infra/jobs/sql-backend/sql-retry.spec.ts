import { describe, expect, it } from 'vitest';
import { contentionDelayMs, isTransientSqlError, withContentionRetry } from './sql-retry.js';

describe('lock contention retry', () => {
  it('recognises SQLite busy and MySQL deadlock / lock wait errors only', () => {
    expect(isTransientSqlError({ code: 'SQLITE_BUSY', message: 'database is locked' })).toBe(true);
    expect(isTransientSqlError(new Error('SQLITE_BUSY: database is locked'))).toBe(true);
    expect(isTransientSqlError({ errno: 1213, message: 'Deadlock found' })).toBe(true);
    expect(isTransientSqlError({ errno: 1205, message: 'Lock wait timeout exceeded' })).toBe(true);
    expect(isTransientSqlError({ errno: 1062, message: 'Duplicate entry' })).toBe(false);
    expect(isTransientSqlError(new Error('no such table: agenda_jobs'))).toBe(false);
    expect(isTransientSqlError(undefined)).toBe(false);
  });

  it('waits longer after each attempt, up to half a second, with jitter', () => {
    expect(contentionDelayMs(1, () => 0.5)).toBe(10);
    expect(contentionDelayMs(3, () => 0.5)).toBe(40);
    expect(contentionDelayMs(20, () => 0.5)).toBe(500);
    expect(contentionDelayMs(2, () => 0)).toBe(10);
    expect(contentionDelayMs(2, () => 0.999)).toBeLessThanOrEqual(30);
  });

  it('retries a busy statement, and gives up on other errors at once', async () => {
    let calls = 0;
    const result = await withContentionRetry(async () => {
      calls++;
      if (calls < 3) {
        throw Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
      }
      return 'ok';
    });
    expect([result, calls]).toEqual(['ok', 3]);

    let failures = 0;
    await expect(
      withContentionRetry(async () => {
        failures++;
        throw new Error('syntax error');
      }),
    ).rejects.toThrow('syntax error');
    expect(failures).toBe(1);
  });
});
