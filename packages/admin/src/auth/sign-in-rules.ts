/** Vuetify validation rules: `true` when valid, else the French message to show. */
export type Rule = (value: string) => true | string;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const emailRules: Rule[] = [
  (v) => v.trim().length > 0 || 'Saisissez votre adresse e-mail.',
  (v) => EMAIL.test(v.trim()) || 'Adresse e-mail invalide (exemple : prenom.nom@mairie.fr).',
];

export const passwordRules: Rule[] = [(v) => v.length > 0 || 'Saisissez votre mot de passe.'];

/** Sign-in page banner for `?reason=` (see router `signInLocation`). */
export function reasonMessage(reason: unknown): string | undefined {
  switch (reason) {
    case 'expired':
      return 'Votre session a expiré : reconnectez-vous.';
    case 'signed-out':
      return 'Vous êtes déconnecté.';
    case 'required':
      return 'Connectez-vous pour accéder à l’administration.';
    default:
      return undefined;
  }
}

/** Only same-app paths are followed after sign-in (no open redirect). */
export function safeRedirect(value: unknown): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//')
    ? value
    : '/';
}
