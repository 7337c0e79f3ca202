import { describe, expect, it } from 'vitest';
import { ANONYMOUS, systemViewer, type Viewer } from '../auth/viewer.js';
import { assertCanSubscribe, canReceiveEvent } from './event-access.js';

const user = (isPlatformAdmin: boolean): Viewer => ({
  kind: 'user',
  userId: 'u1',
  email: 'agent@commune.test',
  isPlatformAdmin,
  sessionId: 's1',
});

describe('live event access', () => {
  it('lets platform administrators receive events of every organisation', () => {
    expect(canReceiveEvent(user(true), '215600461')).toBe(true);
    expect(canReceiveEvent(systemViewer('test'), '215600461')).toBe(true);
  });

  it('gives other signed-in viewers only events tied to no organisation', () => {
    expect(canReceiveEvent(user(false), null)).toBe(true);
    expect(canReceiveEvent(user(false), undefined)).toBe(true);
    expect(canReceiveEvent(user(false), '215600461')).toBe(false);
  });

  it('refuses anonymous viewers', () => {
    expect(canReceiveEvent(ANONYMOUS, null)).toBe(false);
    expect(() => assertCanSubscribe(ANONYMOUS)).toThrow('Connexion requise.');
    expect(() => assertCanSubscribe(user(false))).not.toThrow();
  });
});
