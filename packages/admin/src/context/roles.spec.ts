import { describe, expect, it } from 'vitest';
import { hasHr, hasRole, pickOrganization, roleIn, type ViewerLike } from './roles';

const org = (siren: string) => ({ siren, name: `Commune ${siren}` });
const agent: ViewerLike = {
  isPlatformAdmin: false,
  memberships: [
    { role: 'EDITOR', hr: false, organization: org('111111111') },
    { role: 'ADMIN', hr: true, organization: org('222222222') },
  ],
};
const operator: ViewerLike = { isPlatformAdmin: true, memberships: [] };

describe('roles', () => {
  it('reads the role in an organisation', () => {
    expect(roleIn(agent, '111111111')).toBe('EDITOR');
    expect(roleIn(agent, '333333333')).toBeNull();
    expect(roleIn(operator, '333333333')).toBe('ADMIN');
    expect(hasRole(agent, '111111111', 'EDITOR')).toBe(true);
    expect(hasRole(agent, '111111111', 'ADMIN')).toBe(false);
    expect(hasHr(agent, '111111111')).toBe(false);
    expect(hasHr(agent, '222222222')).toBe(true);
    expect(hasHr(operator, '999999999')).toBe(true);
  });

  it('keeps a stored organisation only while it is readable', () => {
    expect(pickOrganization(agent, org('222222222'))).toEqual(org('222222222'));
    expect(pickOrganization(agent, org('999999999'))).toEqual(org('111111111'));
    expect(pickOrganization(agent, null)).toEqual(org('111111111'));
    expect(pickOrganization(operator, org('999999999'))).toEqual(org('999999999'));
    expect(pickOrganization(operator, null)).toBeNull();
  });
});
