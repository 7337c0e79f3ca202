import {
  BUDGET_CHARTS,
  budgetChartTitleParam,
  normalizeHex,
  type BudgetChartId,
} from '@opendata/api/shared';
import { EMBED_SCRIPT_PATH } from '../widget/widget-url';

/** What the admin chooses for the budget widget's snippet (all of it lives in the URL). */
export interface BudgetWidgetDraft {
  title: string;
  /** Main colour `#rrggbb`, or empty: the widget's default theme. */
  colour: string;
  /** One chart alone, or the whole widget. */
  chart: BudgetChartId | '';
  /** Chart titles; empty: the widget's default title. */
  titles: Record<BudgetChartId, string>;
}

export const BUDGET_WIDGET_PATH = '/widgets/budget/';

export function emptyBudgetDraft(organizationName: string): BudgetWidgetDraft {
  return {
    title: `Budget de ${organizationName}`,
    colour: '',
    chart: '',
    titles: Object.fromEntries(BUDGET_CHARTS.map((c) => [c.id, ''])) as Record<
      BudgetChartId,
      string
    >,
  };
}

/** Problems that keep the snippet from being offered. */
export function budgetDraftProblems(d: BudgetWidgetDraft): string[] {
  const problems: string[] = [];
  if (!d.title.trim() || d.title.trim().length > 120) {
    problems.push('Le titre est obligatoire (120 caractères au plus).');
  }
  if (d.colour.trim() && !normalizeHex(d.colour)) {
    problems.push('Couleur principale : format #RRGGBB attendu.');
  }
  for (const c of BUDGET_CHARTS) {
    if (d.titles[c.id].trim().length > 120) {
      problems.push(`Titre du graphique « ${c.label} » : 120 caractères au plus.`);
    }
  }
  return problems;
}

/** The widget's URL for these choices (the citizen's year, establishment and stage come later). */
export function budgetWidgetUrl(origin: string, siren: string, d: BudgetWidgetDraft): string {
  const q = new URLSearchParams({ siren });
  q.set('titre', d.title.trim());
  const colour = normalizeHex(d.colour);
  if (colour) {
    q.set('couleur', colour.slice(1));
  }
  if (d.chart) {
    q.set('graphique', d.chart);
  }
  for (const c of BUDGET_CHARTS) {
    const title = d.titles[c.id].trim();
    if (title && (!d.chart || d.chart === c.id)) {
      q.set(budgetChartTitleParam(c.id), title);
    }
  }
  return `${origin}${BUDGET_WIDGET_PATH}?${q.toString()}`;
}

const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The HTML to paste: a titled iframe (the whole widget or one chart) and the auto-height script. */
export function budgetSnippet(origin: string, siren: string, d: BudgetWidgetDraft): string {
  const chart = BUDGET_CHARTS.find((c) => c.id === d.chart);
  const title = chart ? `${d.titles[chart.id].trim() || chart.label} — ${d.title.trim()}` : d.title;
  return [
    '<iframe',
    `  src="${escapeAttr(budgetWidgetUrl(origin, siren, d))}"`,
    `  title="${escapeAttr(title.trim())}"`,
    '  loading="lazy"',
    `  style="width:100%;border:0;height:${chart ? 560 : 1400}px"`,
    '  referrerpolicy="strict-origin-when-cross-origin"',
    '></iframe>',
    `<script src="${escapeAttr(origin + EMBED_SCRIPT_PATH)}" async></script>`,
  ].join('\n');
}
