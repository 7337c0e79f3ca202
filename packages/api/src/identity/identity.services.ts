import type { EntityManager } from '@mikro-orm/core';
import { portsOf } from '../infra/components.js';
import { AuditService } from './audit/audit.service.js';
import { AccessService } from './auth/access.js';
import { ApiKeyService } from './auth/api-key.service.js';
import { AuthService } from './auth/auth.service.js';
import { MembershipService } from './auth/membership.service.js';
import { UserAdminService } from './auth/user-admin.service.js';
import { UserRights } from './auth/user-rights.js';
import type { Viewer } from '../core/viewer.js';
import type { IdentityComponents } from './identity.components.js';
import { OrganizationService } from './organizations/organization.service.js';
import type { AccountDeps } from './accounts/account-deps.js';
import { InvitationService } from './accounts/invitation.service.js';
import { PasswordResetService } from './accounts/password-reset.service.js';

/** Sign-in and token resolution on one EntityManager fork (needs no viewer). */
export function authServiceOf(em: EntityManager, components: IdentityComponents): AuthService {
  return new AuthService(em, {
    sessionTtlHours: components.config.sessionTtlHours,
    limits: components.rateLimits,
    identityChanged: identityChangedOf(components),
    sessions: components.sessions,
  });
}

/**
 * Announces, after a commit, that someone's rights changed: open subscriptions re-check, and
 * the sessions this process keeps are read again (other processes drop theirs on the event).
 */
function identityChangedOf(components: IdentityComponents) {
  const ports = portsOf(components);
  return () => {
    components.sessions.clear();
    return ports.publish('IDENTITY_CHANGED', { at: new Date().toISOString() });
  };
}

/** Identity services on one EntityManager fork (one request or one job) for one viewer. */
export function createIdentityServices(
  em: EntityManager,
  components: IdentityComponents,
  viewer: Viewer,
  auth: AuthService = authServiceOf(em, components),
) {
  const access = new AccessService(em, viewer);
  const audit = new AuditService(em, viewer);
  const rights = new UserRights(em, access, viewer);
  const identityChanged = identityChangedOf(components);
  const memberships = new MembershipService(em, access, rights, audit, identityChanged);
  const accountDeps: AccountDeps = {
    mail: components.mail,
    background: components.background,
    limits: components.rateLimits,
    publicUrl: components.config.publicUrl,
    identityChanged,
  };
  const passwordReset = new PasswordResetService(em, auth, accountDeps);
  return {
    viewer,
    access,
    audit,
    rights,
    auth,
    identityChanged,
    memberships,
    passwordReset,
    invitations: new InvitationService(em, access, rights, memberships, audit, auth, accountDeps),
    users: new UserAdminService(em, rights, audit, auth, memberships, viewer, (u) =>
      passwordReset.welcome(u),
    ),
    apiKeys: new ApiKeyService(em, access, rights, audit, identityChanged),
    organizations: new OrganizationService(em, access, audit, portsOf(components)),
  };
}

export type IdentityServices = ReturnType<typeof createIdentityServices>;
