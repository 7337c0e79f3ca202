import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('loadConfig', () => {
  it('reads DEPOSIT_PREP_THREADS: unset or empty is the default, 0 keeps zips on the event loop, junk is refused', () => {
    const threads = (v?: string) =>
      loadConfig({ DATA_DIR: '/tmp/opendata-config', DEPOSIT_PREP_THREADS: v }).depositPrepThreads;
    expect(threads(undefined)).toBeNull();
    expect(threads('')).toBeNull();
    expect(threads('0')).toBe(0);
    expect(threads('3')).toBe(3);
    expect(() => threads('trois')).toThrow(/DEPOSIT_PREP_THREADS/);
  });
});
