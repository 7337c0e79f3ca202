import { contrastRatio } from '@opendata/api/shared';
import { describe, expect, it } from 'vitest';
import { PATTERNS, SERIES_COLOURS, fillOf, swatchStyle } from './chart-setup';
import { THEME_PALETTES } from '../shared/theme';

describe('chart colours and patterns', () => {
  it('keeps every series colour at 3:1 or more against white and every theme surface', () => {
    const surfaces = new Set(Object.values(THEME_PALETTES).map((p) => p.surface));
    for (const colour of SERIES_COLOURS) {
      for (const surface of surfaces) {
        expect(contrastRatio(colour, surface), colour).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('gives neighbouring slices different colours and different patterns', () => {
    expect(new Set(PATTERNS).size).toBe(PATTERNS.length);
    for (let i = 0; i < 7; i++) {
      expect(SERIES_COLOURS[i % 8]).not.toBe(SERIES_COLOURS[(i + 1) % 8]);
    }
    // Without a canvas (jsdom), the plain colour is still a valid fill.
    expect(fillOf(0)).toBe(SERIES_COLOURS[0]);
    expect(swatchStyle(1).backgroundColor).toBe(SERIES_COLOURS[1]);
  });
});
