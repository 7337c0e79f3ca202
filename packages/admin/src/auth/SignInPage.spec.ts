import { DefaultApolloClient } from '@vue/apollo-composable';
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { createVuetify } from 'vuetify';
import { fakeApollo } from '../test-support/apollo';
import { VApp } from 'vuetify/components';
import { h } from 'vue';
import SignInPage from './SignInPage.vue';
import { session } from './session';

async function mountPage(url: string, oidcEnabled: boolean) {
  const { client, calls } = fakeApollo(({ operationName }) =>
    operationName === 'AuthConfig'
      ? {
          data: {
            authConfig: {
              oidcEnabled,
              oidcLoginUrl: oidcEnabled ? 'https://plateforme.test/auth/oidc/login' : null,
            },
          },
        }
      : {
          data: {
            exchangeLoginCode: {
              token: 'ses_sso',
              expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
              user: { email: 'agent@mairie.fr', displayName: 'Agent SSO' },
            },
          },
        },
  );
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/connexion', name: 'sign-in', component: SignInPage },
      { path: '/actes', name: 'acts', component: { render: () => null } },
      { path: '/mot-de-passe-oublie', name: 'forgot-password', component: { render: () => null } },
      { path: '/', name: 'dashboard', component: { render: () => null } },
    ],
  });
  await router.push(url);
  const w = mount(
    { render: () => h(VApp, () => h(SignInPage)) },
    {
      attachTo: document.body,
      global: { plugins: [createVuetify(), router], provide: { [DefaultApolloClient]: client } },
    },
  );
  await flushPromises();
  return { w, calls, router };
}

describe('SignInPage', () => {
  afterEach(() => {
    session.clear();
    window.location.hash = '';
    document.body.innerHTML = '';
  });

  it('offers single sign-on only when the platform has it', async () => {
    const on = await mountPage('/connexion', true);
    const link = on.w.find('a[href="https://plateforme.test/auth/oidc/login"]');
    expect(link.text()).toBe('Se connecter avec l’authentification unique');
    const off = await mountPage('/connexion', false);
    expect(off.w.text()).not.toContain('authentification unique');
    expect(off.w.find('[data-test="forgot-password"]').text()).toBe('Mot de passe oublié ?');
  });

  it('explains a failed single sign-on in French', async () => {
    const { w } = await mountPage('/connexion?sso_error=account_disabled', true);
    expect(w.find('[data-test="sso-error"]').text()).toBe('Ce compte est désactivé.');
  });

  it('exchanges the one-time code for a session and goes on', async () => {
    window.location.hash = '#sso_code=login_abcdefghij';
    sessionStorage.setItem('opendata.admin.sso-redirect', '/actes');
    const { calls, router } = await mountPage('/connexion', true);
    await flushPromises();
    expect(calls.find((c) => c.operationName === 'ExchangeLoginCode')?.variables).toEqual({
      code: 'login_abcdefghij',
    });
    expect(session.token()).toBe('ses_sso');
    expect(window.location.hash).toBe('');
    expect(router.currentRoute.value.path).toBe('/actes');
  });
});
