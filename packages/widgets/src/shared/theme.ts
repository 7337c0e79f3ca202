import { accessibleVariant, contrastRatio, luminance, mixHex } from '@opendata/api/shared';
import { consoleWarn, type Warn } from './embed-params';

export interface Palette {
  /** Buttons (white text on it), focus ring, rules. */
  primary: string;
  /** Links and secondary buttons' text, on the background and on panels. */
  link: string;
  /** Page background. */
  surface: string;
  /** Cards and panels. */
  surfaceAlt: string;
  text: string;
  textSecondary: string;
}

const WHITE = '#ffffff';
const BASE = { surface: WHITE, text: '#1f2330', textSecondary: '#41475d' };

/** Named themes (the names of the widget it replaces), each ≥ 4.5:1 where it matters. */
export const THEME_PALETTES: Record<string, Palette> = {
  defaut: { ...BASE, primary: '#3a5a9b', link: '#132769', surfaceAlt: '#ebeffc' },
  'rouge-rennes': { ...BASE, primary: '#b0182a', link: '#8a1020', surfaceAlt: '#fbecee' },
  'vert-tours': { ...BASE, primary: '#2e6b30', link: '#1f4f21', surfaceAlt: '#edf5ed' },
  'turquoise-ille-et-vilaine': {
    ...BASE,
    primary: '#00727a',
    link: '#00545a',
    surfaceAlt: '#e8f5f6',
  },
  'jaune-eurelien': { ...BASE, primary: '#855600', link: '#6b4500', surfaceAlt: '#fbf4e6' },
  'orange-orleans': { ...BASE, primary: '#b04600', link: '#8a3700', surfaceAlt: '#fcefe6' },
  'gris-neutre': { ...BASE, primary: '#4a4f5c', link: '#2f333d', surfaceAlt: '#f0f0f1' },
};

export interface CustomColours {
  colour: string | null;
  linkColour: string | null;
  backgroundColour: string | null;
  textColour: string | null;
}

export const MIN_CONTRAST = 4.5;

/** Away from `background`: darker on a light background, lighter on a dark one. */
const awayFrom = (background: string) => (luminance(background) > 0.18 ? 'darken' : 'lighten');

/**
 * The palette to use: the theme's, with the integrator's colours on top. Any colour that would
 * give less than 4.5:1 where it is used is replaced by its closest accessible variant (same hue,
 * darker or lighter), with a warning for the integrator.
 */
export function resolvePalette(
  theme: string,
  custom: CustomColours,
  warn: Warn = consoleWarn,
): Palette {
  const base = THEME_PALETTES[theme] ?? THEME_PALETTES.defaut!;
  const adjust = (name: string, value: string, against: string[]) => {
    const fixed = accessibleVariant(value, against, awayFrom(against[0]!), MIN_CONTRAST);
    if (fixed !== value) {
      const worst = Math.min(...against.map((c) => contrastRatio(value, c)));
      warn(
        `${name}=${value} gives ${worst.toFixed(2)}:1 (< ${MIN_CONTRAST}:1): using the accessible variant ${fixed}`,
      );
    }
    return fixed;
  };
  const surface = custom.backgroundColour ?? base.surface;
  const text = adjust('couleur_texte', custom.textColour ?? base.text, [surface]);
  const textSecondary = custom.textColour || custom.backgroundColour ? text : base.textSecondary;
  // Panels: a light tint of the main colour on white, else the background nudged towards the text.
  const tint = (colour: string, amount: number) =>
    accessibleVariant(mixHex(colour, WHITE, amount), [text, textSecondary], 'lighten');
  let surfaceAlt = base.surfaceAlt;
  if (surface !== WHITE) {
    surfaceAlt = accessibleVariant(mixHex(surface, text, 0.06), [text], awayFrom(text));
  } else if (custom.colour) {
    surfaceAlt = tint(custom.colour, 0.9);
  }
  return {
    surface,
    surfaceAlt,
    text,
    textSecondary,
    primary: adjust('couleur', custom.colour ?? base.primary, [WHITE]),
    link: adjust('couleur_lien', custom.linkColour ?? custom.colour ?? base.link, [
      surface,
      surfaceAlt,
    ]),
  };
}

/** Sets the palette as CSS custom properties (`--od-primary`, …) on `root`. */
export function applyPalette(palette: Palette, root: HTMLElement = document.documentElement): void {
  const vars: Record<string, string> = {
    '--od-primary': palette.primary,
    '--od-link': palette.link,
    '--od-surface': palette.surface,
    '--od-surface-alt': palette.surfaceAlt,
    '--od-text': palette.text,
    '--od-text-secondary': palette.textSecondary,
  };
  for (const [name, value] of Object.entries(vars)) {
    root.style.setProperty(name, value);
  }
}
