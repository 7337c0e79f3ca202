import { ApolloError } from '@apollo/client/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { errorMessage, isSessionError } from './error-messages';

describe('errorMessage', () => {
  it('prefers the admin wording for a known code, else the api message', () => {
    const known = new ApolloError({
      graphQLErrors: [new GraphQLError('x', { extensions: { code: 'auth/session_expired' } })],
    });
    expect(errorMessage(known)).toBe('Votre session a expiré : reconnectez-vous.');
    const unknown = new ApolloError({
      graphQLErrors: [new GraphQLError('SIREN déjà utilisé.', { extensions: { code: 'x/y' } })],
    });
    expect(errorMessage(unknown)).toBe('SIREN déjà utilisé.');
  });

  it('reads the errors of a 401 answer (refused sign-in, lost session)', () => {
    const err = new ApolloError({
      networkError: Object.assign(new Error('Response not successful: Received status code 401'), {
        result: {
          errors: [
            {
              message: 'Identifiants invalides.',
              extensions: { code: 'auth/invalid_credentials' },
            },
          ],
        },
      }),
    });
    expect(errorMessage(err)).toBe('Adresse e-mail ou mot de passe incorrect.');
  });

  it('explains a network failure in French', () => {
    const err = new ApolloError({ networkError: new TypeError('Failed to fetch') });
    expect(errorMessage(err)).toMatch(/Impossible de joindre le serveur/);
    expect(errorMessage(new Error('boom'))).toMatch(/Une erreur est survenue/);
  });

  it('knows which codes mean the session is gone', () => {
    expect(isSessionError('auth/session_expired')).toBe(true);
    expect(isSessionError('auth/unauthenticated')).toBe(true);
    expect(isSessionError('auth/invalid_credentials')).toBe(false);
    expect(isSessionError(undefined)).toBe(false);
  });
});
