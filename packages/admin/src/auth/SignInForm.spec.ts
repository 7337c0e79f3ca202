import { ApolloClient, ApolloLink, InMemoryCache, Observable } from '@apollo/client/core';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { flushPromises, mount } from '@vue/test-utils';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { createVuetify } from 'vuetify';
import SignInForm from './SignInForm.vue';
import { session } from './session';

type Reply = { data?: unknown; errors?: GraphQLError[] };

function mountForm(reply: (variables: Record<string, unknown>) => Reply) {
  const calls: Record<string, unknown>[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        calls.push(operation.variables);
        const r = reply(operation.variables);
        observer.next(r as never);
        observer.complete();
      }),
  );
  const client = new ApolloClient({ link, cache: new InMemoryCache() });
  const wrapper = mount(SignInForm, {
    attachTo: document.body,
    global: { plugins: [createVuetify()], provide: { [DefaultApolloClient]: client } },
  });
  return { wrapper, calls };
}

const inputByLabel = (wrapper: ReturnType<typeof mount>, label: string) => {
  const id = wrapper
    .findAll('label[for]')
    .find((l) => l.text() === label)
    ?.attributes('for');
  return wrapper.find(`input#${id}`);
};

describe('SignInForm', () => {
  afterEach(() => {
    session.clear();
    document.body.innerHTML = '';
  });

  it('labels its fields and button in French', () => {
    const { wrapper } = mountForm(() => ({}));
    expect(inputByLabel(wrapper, 'Adresse e-mail').attributes('type')).toBe('email');
    expect(inputByLabel(wrapper, 'Mot de passe').attributes('type')).toBe('password');
    expect(wrapper.find('button[type="submit"]').text()).toBe('Se connecter');
  });

  it('refuses an empty or malformed form without calling the api', async () => {
    const { wrapper, calls } = mountForm(() => ({}));
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.text()).toContain('Saisissez votre adresse e-mail.');
    expect(wrapper.text()).toContain('Saisissez votre mot de passe.');

    await inputByLabel(wrapper, 'Adresse e-mail').setValue('pas-une-adresse');
    await inputByLabel(wrapper, 'Mot de passe').setValue('secret');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.text()).toContain('Adresse e-mail invalide');
    expect(wrapper.text()).not.toContain('Saisissez votre mot de passe.');
    expect(calls).toHaveLength(0);
  });

  it('shows the French message of a refused sign-in and clears the password', async () => {
    const { wrapper, calls } = mountForm(() => ({
      errors: [
        new GraphQLError('Identifiants invalides.', {
          extensions: { code: 'auth/invalid_credentials' },
        }),
      ],
    }));
    await inputByLabel(wrapper, 'Adresse e-mail').setValue(' agent@mairie.fr ');
    await inputByLabel(wrapper, 'Mot de passe').setValue('mauvais');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(calls).toEqual([{ email: 'agent@mairie.fr', password: 'mauvais' }]);
    const alert = wrapper.find('[role="alert"][data-test="sign-in-error"]');
    expect(alert.text()).toBe('Adresse e-mail ou mot de passe incorrect.');
    expect((inputByLabel(wrapper, 'Mot de passe').element as HTMLInputElement).value).toBe('');
    expect(session.isSignedIn()).toBe(false);
  });

  it('stores the session and tells the page when the api accepts', async () => {
    const expiresAt = new Date(Date.now() + 3_600_000).toISOString();
    const { wrapper } = mountForm(() => ({
      data: {
        login: {
          __typename: 'LoginPayload',
          token: 'ses_abc',
          expiresAt,
          user: { __typename: 'User', email: 'agent@mairie.fr', displayName: 'Agent' },
        },
      },
    }));
    await inputByLabel(wrapper, 'Adresse e-mail').setValue('agent@mairie.fr');
    await inputByLabel(wrapper, 'Mot de passe').setValue('correct-horse');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.emitted('signedIn')).toHaveLength(1);
    expect(session.token()).toBe('ses_abc');
    expect(session.current.value?.user.displayName).toBe('Agent');
  });
});
