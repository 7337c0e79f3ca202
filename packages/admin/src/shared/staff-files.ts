import { session } from '../auth/session';

/** A staff download was refused or failed; the message is French. */
export class DownloadError extends Error {}

/**
 * Any document of a readable act, public or not (preview before publishing, withheld annexes):
 * `GET /files/documents/{id}` with the session's bearer token.
 */
export async function fetchStaffDocument(documentId: string): Promise<Blob> {
  const token = session.token();
  let res: Response;
  try {
    res = await fetch(`/files/documents/${encodeURIComponent(documentId)}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
  } catch {
    throw new DownloadError(
      'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.',
    );
  }
  if (res.status === 401) {
    throw new DownloadError('Votre session a expiré : reconnectez-vous.');
  }
  if (!res.ok) {
    throw new DownloadError('Document introuvable ou hors de vos collectivités.');
  }
  return res.blob();
}

/** Saves a blob under its original name (the browser's download). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
