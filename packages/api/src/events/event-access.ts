import { isPlatformAdmin, requireSignedIn, type Viewer } from '../auth/viewer.js';

/**
 * Who may open a live-event subscription: any signed-in viewer (throws
 * UnauthenticatedError, `auth/unauthenticated`, otherwise).
 */
export function assertCanSubscribe(viewer: Viewer): void {
  requireSignedIn(viewer);
}

/**
 * Whether `viewer` receives one event about the organisation `siren` (null: an event tied to
 * no organisation). Platform administrators receive everything; other signed-in viewers only
 * events tied to no organisation. The identity work refines this hook with memberships.
 */
export function canReceiveEvent(viewer: Viewer, siren: string | null | undefined): boolean {
  if (isPlatformAdmin(viewer)) {
    return true;
  }
  if (viewer.kind !== 'user') {
    return false;
  }
  return siren == null;
}
