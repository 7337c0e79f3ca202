import { AppError } from '../../core/errors.js';
import { UdataError } from '../../infra/udata/udata-client.js';

/** A push that could not start or had to stop (the key, the remote organisation…). */
export class PushError extends AppError {
  readonly logLevel = 'info';
}

/** A udata failure in French, for staff (the remote's own message kept for 400s). */
export function udataMessage(err: unknown, apiUrl: string): string {
  const host = hostOf(apiUrl);
  if (!(err instanceof UdataError)) {
    return err instanceof AppError
      ? err.message
      : `Erreur inattendue pendant l’envoi à ${host} (journalisée).`;
  }
  switch (err.kind) {
    case 'auth':
      return `Clé d’API refusée par ${host} (invalide, expirée ou révoquée) : enregistrez une nouvelle clé.`;
    case 'forbidden':
      return `La clé d’API n’a pas le droit de modifier cet objet sur ${host} : son utilisateur doit être administrateur ou éditeur de l’organisation.`;
    case 'not_found':
    case 'gone':
      return `Introuvable sur ${host} (supprimé ?).`;
    case 'invalid':
      return `Refusé par ${host} (HTTP ${err.status}) : ${err.detail}`;
    case 'rate_limited':
      return `${host} limite le nombre de requêtes (HTTP 429) : abandon après plusieurs essais.`;
    case 'unavailable':
      return `${host} est indisponible (HTTP ${err.status}) : abandon après plusieurs essais.`;
    case 'timeout':
      return `${host} n’a pas répondu à temps : abandon après plusieurs essais.`;
    case 'network':
      return `${host} est injoignable (${err.detail}).`;
  }
}

export function hostOf(apiUrl: string): string {
  try {
    return new URL(apiUrl).host;
  } catch {
    return apiUrl;
  }
}
