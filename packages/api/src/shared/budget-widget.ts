/**
 * The budget widget's charts (`/widgets/budget/?graphique=…`) and their title parameters, shared
 * by the widget and the admin page that writes its snippet.
 */
export const BUDGET_CHARTS = [
  { id: 'depenses', label: 'Dépenses (fonction, nature ou chapitre)' },
  { id: 'recettes', label: 'Recettes (fonction, nature ou chapitre)' },
  { id: 'sections', label: 'Fonctionnement et investissement' },
  { id: 'top-depenses', label: 'Principales dépenses' },
  { id: 'evolution', label: 'Évolution : prévu et réalisé' },
] as const;

export type BudgetChartId = (typeof BUDGET_CHARTS)[number]['id'];

/** `titre_depenses`, `titre_top_depenses`…: the URL parameter of one chart's title. */
export function budgetChartTitleParam(chart: BudgetChartId): string {
  return `titre_${chart.replace('-', '_')}`;
}
