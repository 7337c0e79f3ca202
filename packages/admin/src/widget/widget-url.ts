import type { ActNature } from '../gql/graphql';

/** What the admin edits (same fields as the api's widget settings). */
export interface WidgetDraft {
  title: string;
  primaryColor: string;
  backgroundColor: string;
  textColor: string;
  natures: ActNature[];
  classification: string | null;
  /** A year, or a date range (never both). */
  period: 'all' | 'year' | 'range';
  year: number | null;
  dateFrom: string | null;
  dateTo: string | null;
  pageSize: number;
}

/** ACTES nature codes used by the widget's `nature` parameter. */
const NATURE_CODES: Record<ActNature, string> = {
  DELIBERATION: '1',
  REGULATORY: '2',
  INDIVIDUAL: '3',
  CONTRACT: '4',
  BUDGET: '5',
  OTHER: '6',
  OUTSIDE_CONTROL: '7',
};

const WIDGET_PATH = '/widgets/actes/';
/** The host-page script that sizes the iframe to its content (packages/widgets/public/embed.js). */
export const EMBED_SCRIPT_PATH = '/widgets/embed.js';

/** Embedded URL: the SIREN only; the widget reads the saved settings at every display. */
export function embedUrl(origin: string, siren: string): string {
  return `${origin}${WIDGET_PATH}?siren=${siren}`;
}

/** Preview URL: every setting spelled out in the URL, so unsaved changes show at once. */
export function previewUrl(origin: string, siren: string, d: WidgetDraft): string {
  const q = new URLSearchParams({ siren });
  q.set('titre', d.title.trim());
  q.set('couleur', d.primaryColor);
  q.set('couleur_fond', d.backgroundColor);
  q.set('couleur_texte', d.textColor);
  q.set('par_page', String(d.pageSize));
  const codes = d.natures.map((n) => NATURE_CODES[n]).filter((c) => c !== '3');
  if (codes.length) {
    q.set('nature', codes.join(','));
  }
  if (d.classification) {
    q.set('classification', d.classification);
  }
  if (d.period === 'year' && d.year) {
    q.set('annee', String(d.year));
  }
  if (d.period === 'range') {
    if (d.dateFrom) {
      q.set('acte_du', d.dateFrom);
    }
    if (d.dateTo) {
      q.set('acte_au', d.dateTo);
    }
  }
  return `${origin}${WIDGET_PATH}?${q.toString()}`;
}

const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The HTML an authority pastes into its site: a titled, lazy iframe and the auto-height script. */
export function snippet(origin: string, siren: string, title: string): string {
  return [
    '<iframe',
    `  src="${escapeAttr(embedUrl(origin, siren))}"`,
    `  title="${escapeAttr(title.trim())}"`,
    '  loading="lazy"',
    '  style="width:100%;border:0;height:600px"',
    '  allow="clipboard-write"',
    '  referrerpolicy="strict-origin-when-cross-origin"',
    '></iframe>',
    `<script src="${escapeAttr(origin + EMBED_SCRIPT_PATH)}" async></script>`,
  ].join('\n');
}
