import { ForbiddenError, UnauthenticatedError } from '../errors.js';

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
