import { describe, expect, it } from 'vitest';
import {
  centsToDecimal,
  formatCompact,
  formatEuros,
  formatPercent,
  percentOf,
  sumCents,
  toCents,
} from './money';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('budget money', () => {
  it('reads decimal strings to exact cents', () => {
    expect(toCents('1234567.89')).toBe(123456789n);
    expect(toCents('12.5')).toBe(1250n);
    expect(toCents('7')).toBe(700n);
    expect(toCents('-0.10')).toBe(-10n);
    expect(toCents('0.005')).toBe(1n);
    expect(() => toCents('1e5')).toThrow(RangeError);
  });

  it('sums without floating point drift', () => {
    // 0.1 + 0.2 in floats is 0.30000000000000004
    expect(sumCents(['0.10', '0.20'])).toBe(30n);
    const many = Array.from({ length: 1000 }, () => '1234567.01');
    expect(centsToDecimal(sumCents(many))).toBe('1234567010.00');
  });

  it('formats euros the French way, exactly', () => {
    expect(plain(formatEuros(123456789n))).toBe('1 234 567,89 €');
    expect(plain(formatEuros(5n))).toBe('0,05 €');
    expect(plain(formatEuros(-150n))).toBe('-1,50 €');
    // Beyond 2^53 cents, still exact.
    expect(plain(formatEuros(9007199254740993n))).toBe('90 071 992 547 409,93 €');
  });

  it('gives compact amounts and shares for display', () => {
    expect(plain(formatCompact(1234567800n))).toBe('12,3 M€');
    expect(plain(formatCompact(84512300n))).toBe('845 k€');
    expect(plain(formatCompact(95000n))).toBe('950 €');
    expect(percentOf(1n, 3n)).toBeCloseTo(33.333, 3);
    expect(percentOf(5n, 0n)).toBe(0);
    expect(plain(formatPercent(12.345))).toBe('12,3 %');
    expect(plain(formatPercent(0.01))).toBe('< 0,1 %');
    expect(centsToDecimal(-5n, ',')).toBe('-0,05');
  });
});
