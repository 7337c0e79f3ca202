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

/** `?sso_error=` reasons sent back by the api after a failed single sign-on. */
export function ssoErrorMessage(reason: unknown): string | undefined {
  switch (reason) {
    case undefined:
    case null:
    case '':
      return undefined;
    case 'denied':
      return 'La connexion unique a été refusée ou annulée.';
    case 'expired':
      return 'La connexion unique a pris trop de temps : recommencez.';
    case 'browser_mismatch':
      return 'La connexion unique doit se terminer dans le navigateur où elle a commencé : recommencez.';
    case 'no_email':
      return 'Le fournisseur d’identité n’a pas transmis votre adresse e-mail.';
    case 'account_disabled':
      return 'Ce compte est désactivé.';
    case 'account_conflict':
      return 'Un autre compte utilise déjà cette adresse e-mail : contactez un administrateur.';
    case 'unavailable':
      return 'Le service de connexion unique est momentanément indisponible. Réessayez plus tard ou utilisez votre mot de passe.';
    default:
      return 'La connexion unique a échoué. Réessayez.';
  }
}

/** The one-time code in `#sso_code=…` after a successful single sign-on. */
export function ssoCodeFromHash(hash: string): string | null {
  const code = new URLSearchParams(hash.replace(/^#/, '')).get('sso_code');
  return code && /^[A-Za-z0-9_-]{8,200}$/.test(code) ? code : null;
}
