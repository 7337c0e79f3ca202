import { describe, expect, it } from 'vitest';
import { claimValues, displayNameOf, grantsFromClaims } from './oidc-mapping.js';

describe('OIDC claims → memberships', () => {
  it('reads dot paths, lists and numbers', () => {
    const claims = { groups: ['a', 'b'], org: { siren: 215600461 }, empty: null };
    expect(claimValues(claims, 'groups')).toEqual(['a', 'b']);
    expect(claimValues(claims, 'org.siren')).toEqual(['215600461']);
    expect(claimValues(claims, 'empty')).toEqual([]);
    expect(claimValues(claims, 'missing.deeper')).toEqual([]);
  });

  it('maps a claim carrying SIREN, SIRET and SIREN:ROLE[:hr] values', () => {
    const g = grantsFromClaims(
      {
        siren: [
          '215600461',
          '21560046100085',
          '200067213:ADMIN',
          '123456789:EDITOR:hr',
          'junk',
          '12345',
        ],
      },
      [{ claim: 'siren', role: 'VIEWER' }],
    );
    expect(Object.fromEntries(g.memberships)).toEqual({
      '215600461': { role: 'VIEWER', hr: false },
      '200067213': { role: 'ADMIN', hr: false },
      '123456789': { role: 'EDITOR', hr: true },
    });
    expect(g.platformAdmin).toBe(false);
  });

  it('maps groups to organisations and to platform administrators, keeping the highest role', () => {
    const rules = [
      { claim: 'groups', equals: 'opsn-admins', platformAdmin: true },
      { claim: 'groups', equals: 'crach-editors', siren: '215600461', role: 'EDITOR' as const },
      {
        claim: 'groups',
        equals: 'crach-rh',
        siren: '215600461',
        role: 'VIEWER' as const,
        hr: true,
      },
      { claim: 'groups', equals: 'other', siren: '200067213', role: 'ADMIN' as const },
    ];
    const g = grantsFromClaims({ groups: ['crach-editors', 'crach-rh'] }, rules);
    expect(Object.fromEntries(g.memberships)).toEqual({
      '215600461': { role: 'EDITOR', hr: true },
    });
    expect(g.platformAdmin).toBe(false);
    expect(grantsFromClaims({ groups: 'opsn-admins' }, rules).platformAdmin).toBe(true);
  });

  it('builds a display name', () => {
    expect(displayNameOf({ given_name: 'Marie', usual_name: 'Curie' }, 'm@x.fr')).toBe(
      'Marie Curie',
    );
    expect(displayNameOf({ name: 'Jean Moulin' }, 'j@x.fr')).toBe('Jean Moulin');
    expect(displayNameOf({}, 'j@x.fr')).toBe('j@x.fr');
  });
});
