import { createRouter, createWebHistory, type RouteLocationRaw, type Router } from 'vue-router';
import { session } from './auth/session';
import AppLayout from './layouts/AppLayout.vue';

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without a session (the sign-in page). */
    public?: boolean;
    /** Document title, in French. */
    title?: string;
  }
}

/** Why the user lands on the sign-in page; shown there as a French message. */
export type SignInReason = 'expired' | 'signed-out' | 'required';

export function signInLocation(reason: SignInReason, redirect?: string): RouteLocationRaw {
  return {
    name: 'sign-in',
    query: { reason, ...(redirect && redirect !== '/' ? { redirect } : {}) },
  };
}

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
        path: '/',
        component: AppLayout,
        children: [
          {
            path: '',
            name: 'dashboard',
            component: () => import('./dashboard/DashboardPage.vue'),
            meta: { title: 'Tableau de bord' },
          },
        ],
      },
      { path: '/:pathMatch(.*)*', redirect: '/' },
    ],
  });

  router.beforeEach((to) => {
    if (!to.meta.public && !session.isSignedIn()) {
      return signInLocation('required', to.fullPath);
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
