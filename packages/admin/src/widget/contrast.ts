/** WCAG contrast, as the api checks it (`packages/api/src/widgets/contrast.ts`): 4.5:1 minimum. */
export const MIN_CONTRAST = 4.5;
const HEX = /^#?([0-9a-f]{6})$/i;

export function normalizeHex(value: string): string | null {
  const m = HEX.exec(value.trim());
  return m ? `#${m[1]!.toLowerCase()}` : null;
}

function channel(byte: number): number {
  const c = byte / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return (
    0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255)
  );
}

/** Contrast ratio of two `#rrggbb` colours, or null when one is not a colour. */
export function contrastRatio(a: string, b: string): number | null {
  const x = normalizeHex(a);
  const y = normalizeHex(b);
  if (!x || !y) {
    return null;
  }
  const [hi, lo] = [luminance(x), luminance(y)].sort((p, q) => q - p) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** « 4,47:1 » (rounded down: never better than it is). */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toLocaleString('fr-FR', { maximumFractionDigits: 2 })}:1`;
}

export interface ContrastCheck {
  label: string;
  ratio: number | null;
  ok: boolean;
}

/** The three pairs the widget draws: text on background, primary on white, primary on background. */
export function themeChecks(theme: {
  primaryColor: string;
  backgroundColor: string;
  textColor: string;
}): ContrastCheck[] {
  const pairs: [string, string, string][] = [
    ['Texte sur le fond', theme.textColor, theme.backgroundColor],
    ['Couleur principale sur blanc (boutons, liens)', theme.primaryColor, '#ffffff'],
    ['Couleur principale sur le fond', theme.primaryColor, theme.backgroundColor],
  ];
  return pairs.map(([label, a, b]) => {
    const ratio = contrastRatio(a, b);
    return { label, ratio, ok: ratio !== null && ratio >= MIN_CONTRAST };
  });
}
