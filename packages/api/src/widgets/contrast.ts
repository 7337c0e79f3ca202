/**
 * WCAG 2.x contrast between two sRGB colours written `#rrggbb`. The acts widget refuses a theme
 * whose text or links would fall under 4.5:1 (RGAA 3.2, WCAG 1.4.3).
 */
export const MIN_TEXT_CONTRAST = 4.5;

const HEX = /^#([0-9a-f]{6})$/i;

export function isHexColor(value: string): boolean {
  return HEX.test(value);
}

function channel(byte: number): number {
  const c = byte / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance (0 = black, 1 = white). */
export function luminance(hex: string): number {
  const m = HEX.exec(hex);
  if (!m) {
    throw new RangeError(`not a #rrggbb colour: ${hex}`);
  }
  const n = Number.parseInt(m[1]!, 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** Contrast ratio from 1 (same colour) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** « 4,48:1 », rounded down so that a displayed value never looks better than it is. */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toLocaleString('fr-FR', { maximumFractionDigits: 2 })}:1`;
}

export interface ThemeColors {
  primaryColor: string;
  backgroundColor: string;
  textColor: string;
}

export interface ContrastProblem {
  pair: 'text-background' | 'primary-white' | 'primary-background';
  ratio: number;
  /** French sentence shown to staff. */
  message: string;
}

/** Every pair of the theme under 4.5:1: text on background, primary (buttons, links) on white and on the background. */
export function themeContrastProblems(theme: ThemeColors): ContrastProblem[] {
  const checks: [ContrastProblem['pair'], string, string, string][] = [
    ['text-background', theme.textColor, theme.backgroundColor, 'entre le texte et le fond'],
    ['primary-white', theme.primaryColor, '#ffffff', 'entre la couleur principale et le blanc'],
    ['primary-background', theme.primaryColor, theme.backgroundColor, 'entre la couleur principale et le fond'],
  ];
  const problems: ContrastProblem[] = [];
  for (const [pair, a, b, what] of checks) {
    if (pair === 'primary-background' && b.toLowerCase() === '#ffffff') {
      continue; // same check as primary-white
    }
    const ratio = contrastRatio(a, b);
    if (ratio < MIN_TEXT_CONTRAST) {
      problems.push({
        pair,
        ratio,
        message: `Contraste insuffisant ${what} (${a} sur ${b}) : ${formatRatio(ratio)}, il faut au moins 4,5:1.`,
      });
    }
  }
  return problems;
}
