import { describe, expect, it } from 'vitest';
import {
  accessibleVariant,
  contrastRatio,
  formatRatio,
  isHexColor,
  normalizeHex,
  themeChecks,
  themeContrastProblems,
} from './contrast.js';

describe('contrast', () => {
  it('computes WCAG ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    // #767676 is the classic lightest grey passing 4.5:1 on white; #777777 fails.
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#FFFFFF')).toBeLessThan(4.5);
    expect(formatRatio(contrastRatio('#777777', '#ffffff'))).toBe('4,47:1');
  });

  it('accepts only #rrggbb', () => {
    expect(isHexColor('#1d4f91')).toBe(true);
    expect(isHexColor('1d4f91')).toBe(false);
    expect(isHexColor('#fff')).toBe(false);
  });

  it('names every failing pair in French', () => {
    expect(
      themeContrastProblems({
        primaryColor: '#1d4f91',
        backgroundColor: '#ffffff',
        textColor: '#1a1a1a',
      }),
    ).toEqual([]);
    const problems = themeContrastProblems({
      primaryColor: '#f2c200',
      backgroundColor: '#ffffff',
      textColor: '#999999',
    });
    expect(problems.map((p) => p.pair)).toEqual(['text-background', 'primary-white']);
    expect(problems[0]!.message).toMatch(
      /^Contraste insuffisant entre le texte et le fond \(#999999 sur #ffffff\) : 2,84:1, il faut au moins 4,5:1\.$/,
    );
    const dark = themeContrastProblems({
      primaryColor: '#1d4f91',
      backgroundColor: '#202020',
      textColor: '#ffffff',
    });
    expect(dark.map((p) => p.pair)).toEqual(['primary-background']);
  });
  it('reports each pair of a theme being typed, a half-typed colour as no ratio', () => {
    const checks = themeChecks({
      primaryColor: '#f2c200',
      backgroundColor: '#ffffff',
      textColor: '#1a1a1a',
    });
    expect(checks.map((c) => c.ok)).toEqual([true, false, false]);
    expect(checks[0]!.label).toBe('Texte sur le fond');
    expect(
      themeChecks({ primaryColor: '#1d4f9', backgroundColor: '#ffffff', textColor: '#1a1a1a' })[1]!
        .ratio,
    ).toBeNull();
    expect(normalizeHex(' 1D4F91 ')).toBe('#1d4f91');
    expect(normalizeHex('#abc')).toBe('#aabbcc');
    expect(normalizeHex('rouge')).toBeNull();
  });

  it('finds an accessible variant of the same hue', () => {
    const fixed = accessibleVariant('#ffff00', ['#ffffff'], 'darken');
    expect(contrastRatio(fixed, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(accessibleVariant('#1d4f91', ['#ffffff'], 'darken')).toBe('#1d4f91');
  });
});
