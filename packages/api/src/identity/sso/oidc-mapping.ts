import type { OidcRoleRule } from '../../core/config.js';
import { ROLE_RANK } from '../auth/access.js';
import { type Role } from '../auth/membership.entity.js';

/** What the single sign-on claims grant: platform administrator, and roles per SIREN. */
export interface OidcGrants {
  platformAdmin: boolean;
  memberships: Map<string, { role: Role; hr: boolean }>;
}

/** Values at a dot path of the claims, flattened to strings (lists, numbers, single values). */
export function claimValues(claims: Record<string, unknown>, path: string): string[] {
  let cur: unknown = claims;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object' || Array.isArray(cur)) {
      return [];
    }
    cur = (cur as Record<string, unknown>)[part];
  }
  const list = Array.isArray(cur) ? cur : [cur];
  return list
    .filter((v): v is string | number => typeof v === 'string' || typeof v === 'number')
    .map((v) => String(v).trim())
    .filter(Boolean);
}

const ORG_VALUE = /^(\d{9})(?:\d{5})?(?::(VIEWER|EDITOR|ADMIN))?(?::(hr))?$/i;

function grant(into: OidcGrants, siren: string, role: Role, hr: boolean): void {
  const prev = into.memberships.get(siren);
  into.memberships.set(siren, {
    role: prev && ROLE_RANK[prev.role] > ROLE_RANK[role] ? prev.role : role,
    hr: (prev?.hr ?? false) || hr,
  });
}

/**
 * Applies OIDC_ROLE_MAPPING to the claims (see `OidcRoleRule` in config.ts). Values that name
 * no organisation are ignored; several grants for one SIREN keep the highest role and any hr.
 */
export function grantsFromClaims(
  claims: Record<string, unknown>,
  rules: OidcRoleRule[],
): OidcGrants {
  const out: OidcGrants = { platformAdmin: false, memberships: new Map() };
  for (const rule of rules) {
    const values = claimValues(claims, rule.claim);
    const role = (rule.role ?? 'VIEWER') as Role;
    if (rule.equals !== undefined) {
      if (!values.includes(rule.equals)) {
        continue;
      }
      out.platformAdmin ||= !!rule.platformAdmin;
      if (rule.siren) {
        grant(out, rule.siren, role, !!rule.hr);
      }
      continue;
    }
    for (const value of values) {
      const m = ORG_VALUE.exec(value);
      if (m) {
        grant(out, m[1]!, m[2] ? (m[2].toUpperCase() as Role) : role, !!m[3] || !!rule.hr);
      }
    }
  }
  return out;
}

/** A display name from the usual claims (ProConnect: given_name + usual_name). */
export function displayNameOf(claims: Record<string, unknown>, email: string): string {
  const s = (k: string) => (typeof claims[k] === 'string' ? (claims[k] as string).trim() : '');
  const full =
    s('name') || [s('given_name'), s('usual_name') || s('family_name')].filter(Boolean).join(' ');
  return (full || email).slice(0, 255);
}
