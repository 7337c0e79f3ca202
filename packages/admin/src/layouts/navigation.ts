import {
  mdiCalendarClock,
  mdiCashMultiple,
  mdiChartBar,
  mdiChartDonut,
  mdiChartTimelineVariant,
  mdiCogOutline,
  mdiDatabaseOutline,
  mdiDomain,
  mdiFileDocumentMultipleOutline,
  mdiGavel,
  mdiHandshakeOutline,
  mdiInboxArrowDownOutline,
  mdiPaletteSwatchOutline,
  mdiViewDashboardOutline,
} from '@mdi/js';
import type { RouteLocationRaw } from 'vue-router';

export interface NavigationItem {
  title: string;
  icon: string;
  to: RouteLocationRaw;
  /** Shown to platform administrators only. */
  platformAdmin?: boolean;
}

/** Entries of the navigation drawer, in order. */
export const navigationItems: NavigationItem[] = [
  { title: 'Tableau de bord', icon: mdiViewDashboardOutline, to: { name: 'dashboard' } },
  { title: 'À statuer', icon: mdiGavel, to: { name: 'acts-to-decide' } },
  { title: 'Toutes les publications', icon: mdiFileDocumentMultipleOutline, to: { name: 'acts' } },
  { title: 'Dépôts', icon: mdiInboxArrowDownOutline, to: { name: 'deposits' } },
  { title: 'Budgets', icon: mdiCashMultiple, to: { name: 'budgets' } },
  { title: 'Marchés publics', icon: mdiHandshakeOutline, to: { name: 'procurement' } },
  { title: 'Jeux de données', icon: mdiDatabaseOutline, to: { name: 'datasets' } },
  { title: 'Marque blanche', icon: mdiPaletteSwatchOutline, to: { name: 'widget' } },
  { title: 'Marque blanche des budgets', icon: mdiChartDonut, to: { name: 'budget-widget' } },
  { title: 'Paramètres', icon: mdiCogOutline, to: { name: 'settings' } },
  { title: 'Activité', icon: mdiChartTimelineVariant, to: { name: 'activity' } },
  { title: 'Statistiques', icon: mdiChartBar, to: { name: 'stats' } },
  { title: 'Collectivités', icon: mdiDomain, to: { name: 'organizations' }, platformAdmin: true },
  {
    title: 'Tâches planifiées',
    icon: mdiCalendarClock,
    to: { name: 'schedules' },
    platformAdmin: true,
  },
];
