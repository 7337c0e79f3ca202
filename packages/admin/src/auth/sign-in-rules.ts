/** Vuetify validation rules: `true` when valid, else the French message to show. */
export type Rule = (value: string) => true | string;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const emailRules: Rule[] = [
  (v) => v.trim().length > 0 || 'Saisissez votre adresse e-mail.',
  (v) => EMAIL.test(v.trim()) || 'Adresse e-mail invalide (exemple : prenom.nom@mairie.fr).',
];

export const passwordRules: Rule[] = [(v) => v.length > 0 || 'Saisissez votre mot de passe.'];

/** A new password: the api's rule (8 to 200 characters). */
export const newPasswordRules: Rule[] = [
  (v) => (v ?? '').length >= 8 || 'Le mot de passe doit comporter au moins 8 caractères.',
  (v) => (v ?? '').length <= 200 || 'Le mot de passe doit comporter au plus 200 caractères.',
];

/** The second field of a new password must repeat the first. */
export function sameAs(first: () => string): Rule {
  return (v) => (v ?? '') === first() || 'Les deux mots de passe ne sont pas identiques.';
}

/** The token of a link received by e-mail (`#jeton=…`), or null. */
export function linkTokenFromHash(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('jeton');
  return token && /^[a-z]{3}_[A-Za-z0-9_-]{20,200}$/.test(token) ? token : null;
}

/** Sign-in page banner for `?reason=` (see router `signInLocation`). */
export function reasonMessage(reason: unknown): string | undefined {
  switch (reason) {
    case 'expired':
      return 'Votre session a expiré : reconnectez-vous.';
    case 'signed-out':
      return 'Vous êtes déconnecté.';
    case 'required':
      return 'Connectez-vous pour accéder à l’administration.';
    case 'password-changed':
      return 'Votre mot de passe est enregistré : connectez-vous avec lui.';
    case 'joined':
      return 'Invitation acceptée : connectez-vous pour accéder à la collectivité.';
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
