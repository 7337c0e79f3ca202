import type { ApolloError } from '@apollo/client/core';

/**
 * Error code (api `errors.ts`, `extensions.code`) → text shown to staff. The api already sends
 * French messages; this table wins when present so the admin controls its own wording.
 */
const MESSAGES: Record<string, string> = {
  'auth/invalid_credentials': 'Adresse e-mail ou mot de passe incorrect.',
  'auth/invalid_link':
    'Ce lien n’est plus valable (déjà utilisé ou expiré). Demandez-en un nouveau.',
  'auth/password_required': 'Choisissez un mot de passe pour créer votre compte.',
  'auth/account_disabled': 'Ce compte est désactivé.',
  'auth/session_expired': 'Votre session a expiré : reconnectez-vous.',
  'auth/unauthenticated': 'Connectez-vous pour accéder à l’administration.',
  'auth/invalid_token': 'Votre session n’est plus valide : reconnectez-vous.',
  'auth/forbidden': 'Vous n’avez pas les droits pour cette action.',
  'auth/platform_admin_required': 'Action réservée aux administrateurs de la plateforme.',
  'internal/unexpected': 'Une erreur inattendue est survenue. Réessayez dans un instant.',
};

const NETWORK_MESSAGE = 'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.';
const FALLBACK_MESSAGE = 'Une erreur est survenue. Réessayez dans un instant.';

/** Codes meaning “the stored session cannot be used any more: sign in again”. */
const SESSION_CODES = new Set([
  'auth/session_expired',
  'auth/unauthenticated',
  'auth/invalid_token',
]);

export function isSessionError(code: unknown): boolean {
  return typeof code === 'string' && SESSION_CODES.has(code);
}

export function messageForCode(code: string | undefined, serverMessage?: string): string {
  return (code && MESSAGES[code]) || serverMessage || FALLBACK_MESSAGE;
}

function isApolloError(error: unknown): error is ApolloError {
  return typeof error === 'object' && error !== null && 'graphQLErrors' in error;
}

interface ErrorLike {
  message: string;
  extensions?: Record<string, unknown>;
}

/**
 * GraphQL errors of a failed operation: in the body of a 200 answer (`graphQLErrors`), or of a
 * 4xx answer (the api answers 401 to a refused sign-in or a lost session: `networkError.result`).
 */
export function graphQLErrorsOf(error: ApolloError): readonly ErrorLike[] {
  if (error.graphQLErrors.length) {
    return error.graphQLErrors;
  }
  const result = (error.networkError as { result?: unknown } | null)?.result;
  const errors = (result as { errors?: unknown } | undefined)?.errors;
  return Array.isArray(errors) ? (errors as ErrorLike[]) : [];
}

/** One French sentence for any error thrown by Apollo, fetch or our own code. */
export function errorMessage(error: unknown): string {
  if (isApolloError(error)) {
    const first = graphQLErrorsOf(error)[0];
    if (first) {
      const code = first.extensions?.code;
      return messageForCode(typeof code === 'string' ? code : undefined, first.message);
    }
    if (error.networkError) {
      return NETWORK_MESSAGE;
    }
  }
  if (error instanceof TypeError) {
    return NETWORK_MESSAGE;
  }
  return FALLBACK_MESSAGE;
}
