import { apiKeyRoleCap } from './access.js';
import { isPlatformAdmin, requireSignedIn, type Viewer } from '../../core/viewer.js';
import { ForbiddenError } from '../../core/errors.js';

/**
 * Who may open a live-event subscription: any signed-in staff viewer (throws
 * `auth/unauthenticated` for anonymous callers, `auth/insufficient_scope` for a public-only key).
 */
export function assertCanSubscribe(viewer: Viewer): void {
  requireSignedIn(viewer);
  if (viewer.kind === 'apikey' && !apiKeyRoleCap(viewer.scopes)) {
    throw new ForbiddenError(
      'auth/insufficient_scope',
      'Cette clé d’API ne donne accès qu’aux données publiques (portée public:read).',
    );
  }
}

/**
 * Whether `viewer` receives one event about the organisations `sirens` (a SIREN, or none for an
 * event tied to no organisation, such as a platform-wide job). Platform administrators receive
 * everything; other staff viewers (sessions, API keys) only events whose organisations they can
 * all read (memberships, key scopes): an event tied to no organisation reaches administrators only.
 */
export async function canReceiveEvent(
  viewer: Viewer,
  sirens: string | string[] | null | undefined,
  canReadSiren: (siren: string) => Promise<boolean>,
): Promise<boolean> {
  if (isPlatformAdmin(viewer)) {
    return true;
  }
  if (viewer.kind !== 'user' && viewer.kind !== 'apikey') {
    return false;
  }
  const list = sirens == null ? [] : Array.isArray(sirens) ? sirens : [sirens];
  if (!list.length) {
    return false;
  }
  for (const siren of list) {
    if (!(await canReadSiren(siren))) {
      return false;
    }
  }
  return true;
}

/** Whether a long-lived subscription context may still deliver (its caller re-checked if needed). */
export async function stillAllowed(ctx: { revalidate?: () => Promise<boolean> }): Promise<boolean> {
  return ctx.revalidate ? ctx.revalidate() : true;
}
