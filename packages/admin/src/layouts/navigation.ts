import { mdiViewDashboardOutline } from '@mdi/js';
import type { RouteLocationRaw } from 'vue-router';

export interface NavigationItem {
  title: string;
  icon: string;
  to: RouteLocationRaw;
}

/** Entries of the navigation drawer, in order; each feature adds its own. */
export const navigationItems: NavigationItem[] = [
  { title: 'Tableau de bord', icon: mdiViewDashboardOutline, to: { name: 'dashboard' } },
];
