import { InvalidInputError } from '../../core/errors.js';

/** How long links sent by email stay valid. */
export const INVITATION_DAYS = 7;
export const RESET_MINUTES = 60;
export const WELCOME_DAYS = 7;

/** Token prefixes (the token itself is random; only its SHA-256 is stored). */
export const INVITATION_PREFIX = 'inv';
export const PASSWORD_PREFIX = 'pwd';

/**
 * Links to the admin's pages; the token travels in the fragment (`#jeton=`), which browsers
 * never send to a server nor in a Referer.
 */
export const accountLinks = {
  invitation: (publicUrl: string, token: string) => `${publicUrl}/admin/invitation#jeton=${token}`,
  password: (publicUrl: string, token: string) =>
    `${publicUrl}/admin/nouveau-mot-de-passe#jeton=${token}`,
};

/** The one answer for a link that is unknown, used, expired or whose account is disabled. */
export function invalidLink(): InvalidInputError {
  return new InvalidInputError(
    'auth/invalid_link',
    'Ce lien n’est plus valable (déjà utilisé ou expiré). Demandez-en un nouveau.',
  );
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function inDays(days: number): Date {
  return new Date(Date.now() + days * 86_400_000);
}
