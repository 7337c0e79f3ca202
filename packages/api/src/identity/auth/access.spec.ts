import type { EntityManager } from '@mikro-orm/core';
import { describe, expect, it } from 'vitest';
import { AccessService } from './access.js';
import { Role } from './membership.entity.js';
import { ANONYMOUS, type ApiKeyScope, type Viewer } from '../../core/viewer.js';

/** A fake EntityManager answering the membership query with these rows. */
function emWith(rows: { org: string; role: Role; hr: boolean }[]): EntityManager {
  return {
    find: async (_entity: unknown, where: { organization?: { $in: string[] } }) =>
      rows
        .filter((r) => !where.organization || where.organization.$in.includes(r.org))
        .map((r) => ({ organization: { id: r.org }, role: r.role, hr: r.hr })),
  } as unknown as EntityManager;
}

const owner = [
  { org: 'A', role: Role.ADMIN, hr: true },
  { org: 'B', role: Role.VIEWER, hr: false },
];

const key = (scopes: ApiKeyScope[], orgIds: string[], ownerIsPlatformAdmin = false): Viewer => ({
  kind: 'apikey',
  keyId: 'k',
  keyName: 'k',
  userId: 'u',
  email: 'dev@x.test',
  ownerIsPlatformAdmin,
  scopes,
  orgIds,
});

describe('AccessService with API keys', () => {
  it('caps an org:write key at EDITOR, never hr, within the key’s organisations', async () => {
    const access = new AccessService(emWith(owner), key(['org:write'], ['A']));
    expect(await access.can('A', Role.EDITOR)).toBe(true);
    expect(await access.can('A', Role.ADMIN)).toBe(false);
    expect(await access.canSeeIndividual('A')).toBe(false);
    expect(await access.can('B', Role.VIEWER)).toBe(false);
    expect(await access.readableOrgIds()).toEqual(['A']);
  });

  it('never exceeds the owner’s current role', async () => {
    const access = new AccessService(emWith(owner), key(['org:write'], ['A', 'B']));
    expect(await access.can('B', Role.VIEWER)).toBe(true);
    expect(await access.can('B', Role.EDITOR)).toBe(false);
    // Membership gone: the key loses the organisation too.
    const gone = new AccessService(emWith([]), key(['org:read'], ['A']));
    expect(await gone.readableOrgIds()).toEqual([]);
  });

  it('gives an org:read key VIEWER, and a platform administrator’s key only its organisations', async () => {
    const read = new AccessService(emWith(owner), key(['org:read'], ['A']));
    expect(await read.can('A', Role.VIEWER)).toBe(true);
    expect(await read.can('A', Role.EDITOR)).toBe(false);
    const admin = new AccessService(emWith([]), key(['org:write'], ['C'], true));
    expect(await admin.readableOrgIds()).toEqual(['C']);
    expect(await admin.can('C', Role.EDITOR)).toBe(true);
    expect(await admin.can('D', Role.VIEWER)).toBe(false);
  });

  it('keeps a public:read key and anonymous callers out of staff data', async () => {
    const pub = new AccessService(emWith(owner), key(['public:read'], []));
    expect(() => pub.requireStaff()).toThrow(/public:read/);
    expect(await pub.can('A', Role.VIEWER)).toBe(false);
    const anon = new AccessService(emWith(owner), ANONYMOUS);
    expect(() => anon.requireStaff()).toThrow('Connexion requise.');
    expect(await anon.canSeeIndividual('A')).toBe(false);
  });
});
