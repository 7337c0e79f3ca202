import type { EntityManager } from '@mikro-orm/core';
import type { AuditService } from '../audit/audit.service.js';
import type { OidcRoleRule } from '../../core/config.js';
import { childLogger } from '../../core/logger.js';
import { Organization } from '../tenants/organization.entity.js';
import { Membership } from '../auth/membership.entity.js';
import type { MembershipService } from '../auth/membership.service.js';
import { displayNameOf, grantsFromClaims } from './oidc-mapping.js';
import { OidcLoginError } from './oidc-error.js';
import { hashToken } from '../auth/tokens.js';
import { User, UserStatus } from '../auth/user.entity.js';

const log = childLogger('oidc');

function profileOf(u: User) {
  return { email: u.email, displayName: u.displayName, isPlatformAdmin: u.isPlatformAdmin };
}

/**
 * Finds or creates (just in time) the user of a single sign-on, then aligns their SSO-granted
 * rights with the claims: memberships marked `fromSso` are added, changed or removed to match
 * OIDC_ROLE_MAPPING; memberships given by an administrator are never touched. Audited.
 *
 * Linking: by the provider's subject first; else by e-mail, unless the provider says the
 * e-mail is not verified (`email_verified: false`).
 */
export async function provisionOidcUser(
  em: EntityManager,
  memberships: MembershipService,
  audit: AuditService,
  input: { issuer: string; claims: Record<string, unknown>; rules: OidcRoleRule[] },
  /** Announces a change of rights (open sessions and subscriptions read them again). */
  identityChanged: () => Promise<void> = async () => undefined,
): Promise<User> {
  const { claims } = input;
  const subject = hashToken(`${input.issuer} ${String(claims.sub)}`);
  const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : '';
  let user = await em.findOne(User, { oidcSubject: subject });
  if (!user && email) {
    if (!email.includes('@')) {
      throw new OidcLoginError('no_email', 'invalid email claim');
    }
    user = await em.findOne(User, { email });
    if (user && claims.email_verified === false) {
      throw new OidcLoginError('account_conflict', 'unverified email matches an existing account');
    }
    if (user?.oidcSubject && user.oidcSubject !== subject) {
      throw new OidcLoginError(
        'account_conflict',
        'account already linked to another SSO identity',
      );
    }
  }
  if (!user) {
    if (!email) {
      throw new OidcLoginError('no_email', 'no email claim');
    }
    user = em.create(User, {
      email,
      displayName: displayNameOf(claims, email),
      oidcSubject: subject,
      passwordHash: null,
    });
    audit.record('user.create', { type: 'User', id: user.id }, undefined, {
      ...profileOf(user),
      via: 'sso',
    });
  }
  if (user.status !== UserStatus.ACTIVE) {
    throw new OidcLoginError('account_disabled', 'account disabled');
  }
  user.oidcSubject = subject;

  const grants = grantsFromClaims(claims, input.rules);
  const before = profileOf(user);
  if (grants.platformAdmin && !user.isPlatformAdmin) {
    user.isPlatformAdmin = true;
    user.oidcPlatformAdmin = true;
  } else if (!grants.platformAdmin && user.oidcPlatformAdmin) {
    user.isPlatformAdmin = false;
    user.oidcPlatformAdmin = false;
  }
  let rightsChanged = before.isPlatformAdmin !== user.isPlatformAdmin;
  if (rightsChanged) {
    audit.record('user.update', { type: 'User', id: user.id }, before, {
      ...profileOf(user),
      via: 'sso',
    });
  }

  const current = await em.find(Membership, { user }, { populate: ['organization'] });
  const bySiren = new Map(current.map((m) => [m.organization.siren, m]));
  const orgs = grants.memberships.size
    ? await em.find(Organization, { siren: { $in: [...grants.memberships.keys()] } })
    : [];
  const known = new Set(orgs.map((o) => o.siren));
  for (const [siren, g] of grants.memberships) {
    const existing = bySiren.get(siren);
    if (!known.has(siren)) {
      log.warn({ siren }, 'SSO claims name an unknown organisation: ignored');
    } else if (!existing || existing.fromSso) {
      await memberships.upsert(user, siren, g.role, g.hr, true);
    }
  }
  for (const m of current) {
    if (m.fromSso && !grants.memberships.has(m.organization.siren)) {
      audit.record(
        'membership.remove',
        { type: 'User', id: user.id, siren: m.organization.siren },
        { role: m.role, hr: m.hr, email: user.email },
        { via: 'sso' },
      );
      em.remove(m);
      rightsChanged = true;
    }
  }
  await em.flush();
  if (rightsChanged) {
    // A right taken back applies at once to the sessions already open, not at their next read.
    await identityChanged();
  }
  return user;
}
