/**
 * WCAG 2.x contrast of sRGB colours written `#rrggbb`: the one rule the api (it refuses a widget
 * theme under 4.5:1, RGAA 3.2 / WCAG 1.4.3), the admin (live report) and the widgets (accessible
 * variants of an integrator's colour) apply.
 */
export const MIN_TEXT_CONTRAST = 4.5;

export type Rgb = readonly [number, number, number];

const HEX6 = /^#([0-9a-f]{6})$/i;

/** A stored colour: exactly `#rrggbb`. */
export function isHexColor(value: string): boolean {
  return HEX6.test(value);
}

/** `#1f4e8c`, `1f4e8c` or `#abc` → `#1f4e8c` (lower case), `null` when not a hex colour. */
export function normalizeHex(raw: string): string | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(raw.trim());
  if (!m) {
    return null;
  }
  const hex = m[1]!.toLowerCase();
  return `#${hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex}`;
}

export function hexToRgb(hex: string): Rgb {
  const m = HEX6.exec(hex);
  if (!m) {
    throw new RangeError(`not a #rrggbb colour: ${hex}`);
  }
  const n = Number.parseInt(m[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function rgbToHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** Relative luminance (0 = black, 1 = white). */
export function luminance(hex: string): number {
  const [r, g, b] = hexToRgb(hex).map((byte) => {
    const c = byte / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
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

/** `amount` (0–1) of the way from `a` to `b`. */
export function mixHex(a: string, b: string, amount: number): string {
  const from = hexToRgb(a);
  const to = hexToRgb(b);
  return rgbToHex(from.map((c, i) => c + (to[i]! - c) * amount) as unknown as Rgb);
}

/**
 * The colour itself when it reaches `min` against every colour of `against`, else the first
 * variant mixed towards black (`darken`) or white (`lighten`) that does: the same hue, accessible.
 */
export function accessibleVariant(
  hex: string,
  against: readonly string[],
  direction: 'darken' | 'lighten',
  min = MIN_TEXT_CONTRAST,
): string {
  const target = direction === 'darken' ? '#000000' : '#ffffff';
  const ok = (c: string) => against.every((other) => contrastRatio(c, other) >= min);
  for (let step = 0; step <= 20; step++) {
    const candidate = mixHex(hex, target, step / 20);
    if (ok(candidate)) {
      return candidate;
    }
  }
  return target;
}

export interface ThemeColors {
  primaryColor: string;
  backgroundColor: string;
  textColor: string;
}

type Pair = 'text-background' | 'primary-white' | 'primary-background';

/** The three pairs a widget draws, with their French names. */
function themePairs(theme: ThemeColors): [Pair, string, string, string][] {
  return [
    ['text-background', theme.textColor, theme.backgroundColor, 'entre le texte et le fond'],
    ['primary-white', theme.primaryColor, '#ffffff', 'entre la couleur principale et le blanc'],
    [
      'primary-background',
      theme.primaryColor,
      theme.backgroundColor,
      'entre la couleur principale et le fond',
    ],
  ];
}

export interface ContrastCheck {
  pair: Pair;
  /** French label of the pair, for a report. */
  label: string;
  /** null when one of the colours is not a colour (yet: staff is typing). */
  ratio: number | null;
  ok: boolean;
}

const PAIR_LABELS: Record<Pair, string> = {
  'text-background': 'Texte sur le fond',
  'primary-white': 'Couleur principale sur blanc (boutons, liens)',
  'primary-background': 'Couleur principale sur le fond',
};

/** Every pair of a theme being edited, with its ratio (the admin's live report). */
export function themeChecks(theme: ThemeColors): ContrastCheck[] {
  return themePairs(theme).map(([pair, a, b]) => {
    const x = normalizeHex(a);
    const y = normalizeHex(b);
    const ratio = x && y ? contrastRatio(x, y) : null;
    return {
      pair,
      label: PAIR_LABELS[pair],
      ratio,
      ok: ratio !== null && ratio >= MIN_TEXT_CONTRAST,
    };
  });
}

export interface ContrastProblem {
  pair: Pair;
  ratio: number;
  /** French sentence shown to staff. */
  message: string;
}

/** Every pair of a stored theme under 4.5:1 (the api refuses such a theme). */
export function themeContrastProblems(theme: ThemeColors): ContrastProblem[] {
  const problems: ContrastProblem[] = [];
  for (const [pair, a, b, what] of themePairs(theme)) {
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
