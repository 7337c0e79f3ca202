import { ForbiddenError, UnauthenticatedError } from './errors.js';

/** API key scopes (the strings are the public contract). */
export const API_KEY_SCOPES = ['public:read', 'org:read', 'org:write'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

/** Who is calling. Every service method that reads or writes takes one. */
export type Viewer =
  | { kind: 'anonymous' }
  | { kind: 'system'; reason: string }
  | {
      kind: 'user';
      userId: string;
      email: string;
      isPlatformAdmin: boolean;
      sessionId: string;
    }
  | {
      /** A developer's API key: never more than its owner's rights, never `hr`, never ADMIN. */
      kind: 'apikey';
      keyId: string;
      keyName: string;
      userId: string;
      email: string;
      ownerIsPlatformAdmin: boolean;
      scopes: ApiKeyScope[];
      /** Organisations the key was created for (org:read / org:write). */
      orgIds: string[];
    };

export const ANONYMOUS: Viewer = { kind: 'anonymous' };

export function systemViewer(reason: string): Viewer {
  return { kind: 'system', reason };
}

export function requireSignedIn(viewer: Viewer): Exclude<Viewer, { kind: 'anonymous' }> {
  if (viewer.kind === 'anonymous') {
    throw new UnauthenticatedError();
  }
  return viewer;
}

/** Operations reserved to a person with a session (an API key cannot manage users or keys). */
export function requireSession(viewer: Viewer): Extract<Viewer, { kind: 'user' | 'system' }> {
  const v = requireSignedIn(viewer);
  if (v.kind === 'apikey') {
    throw new ForbiddenError(
      'auth/session_required',
      'Cette opération demande une session ouverte dans l’administration, pas une clé d’API.',
    );
  }
  return v;
}

export function isPlatformAdmin(viewer: Viewer): boolean {
  return viewer.kind === 'system' || (viewer.kind === 'user' && viewer.isPlatformAdmin);
}

export function requirePlatformAdmin(viewer: Viewer): void {
  requireSignedIn(viewer);
  if (!isPlatformAdmin(viewer)) {
    throw new ForbiddenError(
      'auth/platform_admin_required',
      'Cette action est réservée aux administrateurs de la plateforme.',
    );
  }
}

/** The user behind a viewer (session or API key owner), if any. */
export function userIdOf(viewer: Viewer): string | null {
  return viewer.kind === 'user' || viewer.kind === 'apikey' ? viewer.userId : null;
}
