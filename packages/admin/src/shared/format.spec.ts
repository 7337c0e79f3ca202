import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatDate,
  formatNumber,
  formatShortDate,
  formatSiren,
  monthStartIso,
  todayIso,
} from './format';
import { afterCursor } from './pagination';

describe('format', () => {
  it('formats French dates, numbers and SIRENs', () => {
    expect(formatDate('2025-03-03T10:00:00Z')).toBe('3 mars 2025');
    expect(formatDate('pas une date')).toBe('pas une date');
    expect(formatShortDate('2024-03-01')).toBe('01/03/2024');
    expect(formatShortDate(null)).toBe('—');
    expect(formatNumber(1234567)).toBe('1\u202f234\u202f567');
    expect(formatSiren('123456789')).toBe('123 456 789');
    expect(formatSiren('12345')).toBe('12345');
  });

  it('formats sizes with French units', () => {
    expect(formatBytes(512)).toBe('512 octets');
    expect(formatBytes(1536)).toBe('1,5 Ko');
    expect(formatBytes(50 * 1024 * 1024)).toBe('50 Mo');
  });

  it('gives Paris calendar days', () => {
    // 23:30 UTC on 31 January is already 1 February in Paris.
    const late = new Date('2025-01-31T23:30:00Z');
    expect(todayIso(late)).toBe('2025-02-01');
    expect(monthStartIso(late)).toBe('2025-02-01');
  });

  it('builds the api’s offset cursors', () => {
    expect(afterCursor(0)).toBeUndefined();
    // Same as Buffer.from('o:19').toString('base64url') in the api.
    expect(afterCursor(20)).toBe('bzoxOQ');
  });
});
