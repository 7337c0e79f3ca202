import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js';

// Only what the statistics draw (tree-shaken).
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export { Chart };

export interface Series {
  label: string;
  values: number[];
}

/**
 * Colours of the series, each ≥ 3:1 against white (non-text contrast, WCAG 1.4.11); the table
 * under each chart gives every value in words, so nothing depends on colour alone.
 */
export const STATS_COLOURS = ['#2e6b30', '#4a4f5c', '#b34700', '#1d4f91'] as const;

/** The series of act counts, in the order the charts and tables show them. */
export const ACT_SERIES = [
  ['published', 'Publiés'],
  ['notPublished', 'Non publiés'],
  ['pending', 'En attente'],
] as const;

export interface Counts {
  received: number;
  published: number;
  notPublished: number;
  pending: number;
}

/** Series for rows of counts (one per act decision). */
export function actSeries(rows: readonly Counts[]): Series[] {
  return ACT_SERIES.map(([key, label]) => ({ label, values: rows.map((r) => r[key]) }));
}

/** « 2024-03 » → « mars 2024 ». */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-').map(Number);
  if (!y || !m) {
    return month;
  }
  return new Intl.DateTimeFormat('fr-FR', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, 1)));
}
