import { describe, expect, it } from 'vitest';
import { accessibleVariant, contrastRatio, normalizeHex } from '@opendata/api/shared';
import { MIN_CONTRAST, THEME_PALETTES, resolvePalette, type Palette } from './theme';

const none = { colour: null, linkColour: null, backgroundColour: null, textColour: null };

/** Every pair the widget draws, as [foreground, background]. */
function pairs(p: Palette): [string, string][] {
  return [
    [p.text, p.surface],
    [p.text, p.surfaceAlt],
    [p.textSecondary, p.surface],
    [p.textSecondary, p.surfaceAlt],
    ['#ffffff', p.primary],
    [p.link, p.surface],
    [p.link, p.surfaceAlt],
  ];
}
const worst = (p: Palette) => Math.min(...pairs(p).map(([a, b]) => contrastRatio(a, b)));

describe('contrast', () => {
  it('computes WCAG ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(normalizeHex('ABC')).toBe('#aabbcc');
    expect(normalizeHex('#12345')).toBeNull();
  });

  it('finds the closest accessible variant of a colour, keeping it when it passes', () => {
    expect(accessibleVariant('#1f4e8c', ['#ffffff'], 'darken')).toBe('#1f4e8c');
    const fixed = accessibleVariant('#ffff00', ['#ffffff'], 'darken');
    expect(contrastRatio(fixed, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(
      contrastRatio(accessibleVariant('#ffff00', ['#ffffff'], 'darken', 4.5), '#ffffff'),
    ).toBeLessThan(6);
  });
});

describe('theme palette', () => {
  it('keeps every named theme at 4.5:1 or more, untouched', () => {
    for (const name of Object.keys(THEME_PALETTES)) {
      const warnings: string[] = [];
      const p = resolvePalette(name, none, (m) => warnings.push(m));
      expect(p).toEqual(THEME_PALETTES[name]);
      expect(worst(p), name).toBeGreaterThanOrEqual(MIN_CONTRAST);
      expect(warnings).toEqual([]);
    }
  });

  it('falls back to an accessible variant of a failing colour, with a warning', () => {
    const warnings: string[] = [];
    const p = resolvePalette('defaut', { ...none, colour: '#ffcc00' }, (m) => warnings.push(m));
    expect(p.primary).not.toBe('#ffcc00');
    expect(worst(p)).toBeGreaterThanOrEqual(MIN_CONTRAST);
    expect(warnings.join('\n')).toMatch(/couleur=#ffcc00 gives 1\.\d+:1.*accessible variant #/);
  });

  it('keeps text readable on a custom background, light or dark', () => {
    for (const bg of ['#f4f1e8', '#777777', '#102030']) {
      for (const text of [null, '#999999']) {
        const p = resolvePalette(
          'vert-tours',
          { colour: '#88cc88', linkColour: null, backgroundColour: bg, textColour: text },
          () => undefined,
        );
        expect(worst(p), `${bg} ${text}`).toBeGreaterThanOrEqual(MIN_CONTRAST);
      }
    }
  });

  it('uses a passing custom colour as given', () => {
    const p = resolvePalette(
      'defaut',
      { ...none, colour: '#005a9c', linkColour: '#00407a' },
      () => {
        throw new Error('no warning expected');
      },
    );
    expect([p.primary, p.link]).toEqual(['#005a9c', '#00407a']);
  });
});
