import { createRouter, createWebHistory, type Router } from 'vue-router';
import { session } from './auth/session';
import { signInLocation } from './auth/sign-in-location';
import AppLayout from './layouts/AppLayout.vue';

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without a session (the sign-in page). */
    public?: boolean;
    /** Document title, in French. */
    title?: string;
    /** The page works on the current organisation (a message asks to choose one otherwise). */
    needsOrganization?: boolean;
  }
}

const org = (title: string) => ({ title, needsOrganization: true });

export function createAppRouter(): Router {
  const router = createRouter({
    history: createWebHistory(import.meta.env.BASE_URL),
    routes: [
      {
        path: '/connexion',
        name: 'sign-in',
        component: () => import('./auth/SignInPage.vue'),
        meta: { public: true, title: 'Connexion' },
      },
      {
        path: '/mot-de-passe-oublie',
        name: 'forgot-password',
        component: () => import('./auth/ForgotPasswordPage.vue'),
        meta: { public: true, title: 'Mot de passe oublié' },
      },
      {
        path: '/nouveau-mot-de-passe',
        name: 'new-password',
        component: () => import('./auth/NewPasswordPage.vue'),
        meta: { public: true, title: 'Nouveau mot de passe' },
      },
      {
        path: '/invitation',
        name: 'invitation',
        component: () => import('./auth/InvitationPage.vue'),
        meta: { public: true, title: 'Invitation' },
      },
      {
        path: '/',
        component: AppLayout,
        children: [
          {
            path: '',
            name: 'dashboard',
            component: () => import('./dashboard/DashboardPage.vue'),
            meta: org('Tableau de bord'),
          },
          {
            path: 'actes/a-statuer',
            name: 'acts-to-decide',
            component: () => import('./acts/ActsListPage.vue'),
            props: { view: 'to-decide' },
            meta: org('À statuer'),
          },
          {
            path: 'actes',
            name: 'acts',
            component: () => import('./acts/ActsListPage.vue'),
            props: { view: 'all' },
            meta: org('Toutes les publications'),
          },
          {
            path: 'actes/nouveau',
            name: 'act-create',
            component: () => import('./acts/ActCreatePage.vue'),
            meta: org('Ajouter un acte'),
          },
          {
            path: 'actes/:id',
            name: 'act',
            component: () => import('./acts/ActDetailPage.vue'),
            props: true,
            meta: { title: 'Acte' },
          },
          {
            path: 'depots',
            name: 'deposits',
            component: () => import('./deposits/DepositsPage.vue'),
            meta: org('Dépôts'),
          },
          {
            path: 'jeux-de-donnees',
            name: 'datasets',
            component: () => import('./datasets/DatasetsPage.vue'),
            meta: org('Jeux de données'),
          },
          {
            path: 'marches-publics',
            name: 'procurement',
            component: () => import('./procurement/ProcurementPage.vue'),
            meta: org('Marchés publics'),
          },
          {
            path: 'marque-blanche',
            name: 'widget',
            component: () => import('./widget/WidgetPage.vue'),
            meta: org('Marque blanche'),
          },
          {
            path: 'budgets',
            name: 'budgets',
            component: () => import('./budgets/BudgetsPage.vue'),
            meta: org('Budgets'),
          },
          {
            path: 'marque-blanche/budgets',
            name: 'budget-widget',
            component: () => import('./budgets/BudgetWidgetPage.vue'),
            meta: org('Marque blanche des budgets'),
          },
          {
            path: 'parametres',
            name: 'settings',
            component: () => import('./settings/SettingsPage.vue'),
            meta: org('Paramètres'),
          },
          {
            path: 'activite',
            name: 'activity',
            component: () => import('./activity/ActivityPage.vue'),
            meta: { title: 'Activité' },
          },
          {
            path: 'collectivites',
            name: 'organizations',
            component: () => import('./organizations/OrganizationsPage.vue'),
            meta: { title: 'Collectivités' },
          },
          {
            path: 'statistiques',
            name: 'stats',
            component: () => import('./operations/StatsPage.vue'),
            meta: { title: 'Statistiques' },
          },
          {
            path: 'planification',
            name: 'schedules',
            component: () => import('./operations/SchedulesPage.vue'),
            meta: { title: 'Tâches planifiées' },
          },
          {
            path: 'courriels',
            name: 'sent-mails',
            component: () => import('./activity/SentMailsPage.vue'),
            meta: { title: 'Courriels envoyés' },
          },
          {
            path: ':pathMatch(.*)*',
            name: 'not-found',
            component: () => import('./layouts/NotFoundPage.vue'),
            meta: { title: 'Page introuvable' },
          },
        ],
      },
    ],
  });

  router.beforeEach((to) => {
    if (!to.meta.public && !session.isSignedIn()) {
      return signInLocation(session.current.value ? 'expired' : 'required', to.fullPath);
    }
    return true;
  });
  router.afterEach((to) => {
    document.title = to.meta.title
      ? `${to.meta.title} · Administration open data`
      : 'Administration open data';
  });
  return router;
}
