import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatSiren } from './format';

describe('format', () => {
  it('formats French dates, numbers and SIRENs', () => {
    expect(formatDate('2025-03-03T10:00:00Z')).toBe('3 mars 2025');
    expect(formatDate('pas une date')).toBe('pas une date');
    expect(formatNumber(1234567)).toBe('1\u202f234\u202f567');
    expect(formatSiren('123456789')).toBe('123 456 789');
    expect(formatSiren('12345')).toBe('12345');
  });
});
