import { describe, expect, it } from 'vitest';
import { ANONYMOUS, systemViewer, type Viewer } from '../../core/viewer.js';
import { assertCanSubscribe, canReceiveEvent } from './event-access.js';

const user = (isPlatformAdmin: boolean): Viewer => ({
  kind: 'user',
  userId: 'u1',
  email: 'agent@commune.test',
  isPlatformAdmin,
  sessionId: 's1',
});

const key = (scopes: ('public:read' | 'org:read' | 'org:write')[]): Viewer => ({
  kind: 'apikey',
  keyId: 'k1',
  keyName: 'k',
  userId: 'u1',
  email: 'dev@commune.test',
  ownerIsPlatformAdmin: false,
  scopes,
  orgIds: ['o1'],
});

/** The viewer reads only the organisation 215600461. */
const readsCrach = async (siren: string) => siren === '215600461';

describe('live event access', () => {
  it('lets platform administrators receive events of every organisation', async () => {
    expect(await canReceiveEvent(user(true), '200067213', readsCrach)).toBe(true);
    expect(await canReceiveEvent(systemViewer('test'), '200067213', readsCrach)).toBe(true);
  });

  it('gives other staff viewers only events whose organisations they can all read', async () => {
    // A job tied to no organisation (deposit intake before its SIREN is known, a platform-wide
    // export) says nothing staff of one authority should see.
    expect(await canReceiveEvent(user(false), null, readsCrach)).toBe(false);
    expect(await canReceiveEvent(user(false), undefined, readsCrach)).toBe(false);
    expect(await canReceiveEvent(user(false), [], readsCrach)).toBe(false);
    expect(await canReceiveEvent(user(false), ['215600461'], readsCrach)).toBe(true);
    expect(await canReceiveEvent(user(false), ['215600461', '200067213'], readsCrach)).toBe(false);
    expect(await canReceiveEvent(user(false), '215600461', readsCrach)).toBe(true);
    expect(await canReceiveEvent(user(false), '200067213', readsCrach)).toBe(false);
    expect(await canReceiveEvent(key(['org:read']), '200067213', readsCrach)).toBe(false);
    expect(await canReceiveEvent(key(['org:read']), '215600461', readsCrach)).toBe(true);
  });

  it('refuses anonymous viewers and public-only keys', async () => {
    expect(await canReceiveEvent(ANONYMOUS, null, readsCrach)).toBe(false);
    expect(() => assertCanSubscribe(ANONYMOUS)).toThrow('Connexion requise.');
    expect(() => assertCanSubscribe(key(['public:read']))).toThrow(/public:read/);
    expect(() => assertCanSubscribe(key(['org:read']))).not.toThrow();
    expect(() => assertCanSubscribe(user(false))).not.toThrow();
  });
});
