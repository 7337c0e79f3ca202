/** WCAG 2.1 contrast helpers for integrator-chosen colours (`#rrggbb`). */

export type Rgb = readonly [number, number, number];

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
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function rgbToHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** Relative luminance (WCAG 2.1 definition). */
export function luminance(hex: string): number {
  const [r, g, b] = hexToRgb(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio between two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function mix(hex: string, towards: Rgb, amount: number): string {
  const rgb = hexToRgb(hex);
  return rgbToHex(rgb.map((c, i) => c + (towards[i]! - c) * amount) as unknown as Rgb);
}

/** `amount` (0–1) of the way from `a` to `b`. */
export function mixHex(a: string, b: string, amount: number): string {
  return mix(a, hexToRgb(b), amount);
}

/**
 * The colour itself when it reaches `min` against every colour of `against`, else the first
 * variant mixed towards black (`darken`) or white (`lighten`) that does: the same hue, accessible.
 */
export function accessibleVariant(
  hex: string,
  against: readonly string[],
  direction: 'darken' | 'lighten',
  min = 4.5,
): string {
  const target: Rgb = direction === 'darken' ? [0, 0, 0] : [255, 255, 255];
  const ok = (c: string) => against.every((other) => contrastRatio(c, other) >= min);
  for (let step = 0; step <= 20; step++) {
    const candidate = mix(hex, target, step / 20);
    if (ok(candidate)) {
      return candidate;
    }
  }
  return direction === 'darken' ? '#000000' : '#ffffff';
}
