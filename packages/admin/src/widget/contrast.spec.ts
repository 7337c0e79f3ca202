import { describe, expect, it } from 'vitest';
import { contrastRatio, formatRatio, normalizeHex, themeChecks } from './contrast';

describe('widget contrast', () => {
  it('computes the WCAG ratio like the api', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(formatRatio(contrastRatio('#777777', '#ffffff')!)).toBe('4,47:1');
    expect(contrastRatio('rouge', '#ffffff')).toBeNull();
    expect(normalizeHex(' 1D4F91 ')).toBe('#1d4f91');
  });

  it('flags each pair under 4.5:1', () => {
    const checks = themeChecks({
      primaryColor: '#f2c200',
      backgroundColor: '#ffffff',
      textColor: '#1a1a1a',
    });
    expect(checks.map((c) => c.ok)).toEqual([true, false, false]);
    expect(
      themeChecks({
        primaryColor: '#1d4f91',
        backgroundColor: '#ffffff',
        textColor: '#1a1a1a',
      }).every((c) => c.ok),
    ).toBe(true);
  });
});
