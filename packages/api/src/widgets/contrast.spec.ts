import { describe, expect, it } from 'vitest';
import { contrastRatio, formatRatio, isHexColor, themeContrastProblems } from './contrast.js';

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
    expect(themeContrastProblems({ primaryColor: '#1d4f91', backgroundColor: '#ffffff', textColor: '#1a1a1a' })).toEqual([]);
    const problems = themeContrastProblems({ primaryColor: '#f2c200', backgroundColor: '#ffffff', textColor: '#999999' });
    expect(problems.map((p) => p.pair)).toEqual(['text-background', 'primary-white']);
    expect(problems[0]!.message).toMatch(/^Contraste insuffisant entre le texte et le fond \(#999999 sur #ffffff\) : 2,84:1, il faut au moins 4,5:1\.$/);
    const dark = themeContrastProblems({ primaryColor: '#1d4f91', backgroundColor: '#202020', textColor: '#ffffff' });
    expect(dark.map((p) => p.pair)).toEqual(['primary-background']);
  });
});
