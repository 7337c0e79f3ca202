import type { Role } from '../gql/graphql';

export const ROLE_RANK: Record<Role, number> = { VIEWER: 1, EDITOR: 2, ADMIN: 3 };

export interface MembershipLike {
  role: Role;
  hr: boolean;
  organization: { siren: string; name: string };
}

export interface ViewerLike {
  isPlatformAdmin: boolean;
  memberships: MembershipLike[];
}

/** The viewer's role in an organisation (platform administrators: ADMIN everywhere). */
export function roleIn(viewer: ViewerLike | null | undefined, siren: string | null): Role | null {
  if (!viewer || !siren) {
    return null;
  }
  if (viewer.isPlatformAdmin) {
    return 'ADMIN';
  }
  return viewer.memberships.find((m) => m.organization.siren === siren)?.role ?? null;
}

export function hasRole(
  viewer: ViewerLike | null | undefined,
  siren: string | null,
  min: Role,
): boolean {
  const role = roleIn(viewer, siren);
  return role !== null && ROLE_RANK[role] >= ROLE_RANK[min];
}

/** Individual acts (personal data) need the hr permission. */
export function hasHr(viewer: ViewerLike | null | undefined, siren: string | null): boolean {
  if (!viewer || !siren) {
    return false;
  }
  return (
    viewer.isPlatformAdmin || viewer.memberships.some((m) => m.organization.siren === siren && m.hr)
  );
}

/**
 * Which organisation to work on: the stored one when the viewer may still read it, else the
 * first membership; platform administrators keep any stored one (they may read all).
 */
export function pickOrganization(
  viewer: ViewerLike,
  stored: { siren: string; name: string } | null,
): { siren: string; name: string } | null {
  if (
    stored &&
    (viewer.isPlatformAdmin ||
      viewer.memberships.some((m) => m.organization.siren === stored.siren))
  ) {
    return stored;
  }
  const first = viewer.memberships[0]?.organization;
  return first ? { siren: first.siren, name: first.name } : null;
}
