import { describe, expect, it } from 'vitest';
import { formatDecimal, formatEuros, parseDecimal, shareOf, sumDecimals } from './decimal.js';

describe('exact decimals', () => {
  it('adds amounts exactly where floats drift', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumDecimals(['0.10', '0.20'])).toBe('0.30');
    expect(sumDecimals(Array.from({ length: 1000 }, () => '1234567.89'))).toBe('1234567890.00');
    expect(sumDecimals(['99999999999999999.99', '0.01'])).toBe('100000000000000000.00');
    expect(sumDecimals(['-5', '2.5', ''])).toBe('-2.50');
  });

  it('reads only plain decimals with a point', () => {
    expect(parseDecimal('95000.00')).toBe(95_000_000_000n);
    expect(parseDecimal('0')).toBe(0n);
    expect(parseDecimal('-0.5')).toBe(-500_000n);
    for (const bad of ['1 234,56', '1,5', '1e3', 'NaN', '', '.', '1.1234567']) {
      expect(parseDecimal(bad), bad).toBeNull();
    }
    expect(formatDecimal(parseDecimal('12.345')!)).toBe('12.345');
  });

  it('shares and French amounts', () => {
    expect(shareOf(1n, 3n)).toBe(0.333333);
    expect(shareOf(5n, 0n)).toBe(0);
    expect(formatEuros('1234567.5')).toBe('1\u202f234\u202f567,50\u00a0€');
    expect(formatEuros('-12')).toBe('−12,00\u00a0€');
  });
});
