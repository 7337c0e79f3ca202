import { describe, expect, it } from 'vitest';
import { SessionCache } from './session-cache.js';

const viewer = (userId: string) => ({
  kind: 'user' as const,
  userId,
  email: `${userId}@example.fr`,
  isPlatformAdmin: false,
  sessionId: `s-${userId}`,
});
const inAnHour = () => new Date(Date.now() + 3_600_000);

describe('SessionCache', () => {
  it('answers a session read under the current rights version, as a frozen copy', () => {
    const cache = new SessionCache({ version: 0 });
    expect(cache.get('h1')).toBeUndefined();
    cache.set('h1', viewer('u1'), inAnHour(), cache.version());
    const hit = cache.get('h1');
    expect(hit).toEqual(viewer('u1'));
    expect(Object.isFrozen(hit)).toBe(true);
  });

  it('drops every entry once a change of rights is seen (any process)', () => {
    const rights = { version: 3 };
    const cache = new SessionCache(rights);
    cache.set('h1', viewer('u1'), inAnHour(), cache.version());
    rights.version = 4;
    expect(cache.get('h1')).toBeUndefined();
  });

  it('keeps nothing read before a change of rights, even if stored after it', () => {
    const rights = { version: 0 };
    const cache = new SessionCache(rights);
    const before = cache.version();
    cache.clear(); // a revocation in this process while the session was being read
    cache.set('h1', viewer('u1'), inAnHour(), before);
    expect(cache.get('h1')).toBeUndefined();
    rights.version = 1;
    const stale = `0/${before.split('/')[1]}`;
    cache.set('h2', viewer('u2'), inAnHour(), stale);
    expect(cache.get('h2')).toBeUndefined();
  });

  it('forgets everything on clear()', () => {
    const cache = new SessionCache({ version: 0 });
    cache.set('h1', viewer('u1'), inAnHour(), cache.version());
    cache.clear();
    expect(cache.get('h1')).toBeUndefined();
  });

  it('trusts an entry for its time to live only, and never past the session end', () => {
    const cache = new SessionCache({ version: 0 }, 1_000);
    const now = Date.now();
    cache.set('h1', viewer('u1'), inAnHour(), cache.version());
    expect(cache.get('h1', now + 500)).toBeDefined();
    expect(cache.get('h1', now + 1_500)).toBeUndefined();
    cache.set('h2', viewer('u2'), new Date(now + 200), cache.version());
    expect(cache.get('h2', now + 100)).toBeDefined();
    expect(cache.get('h2', now + 300)).toBeUndefined();
  });

  it('keeps at most `max` sessions, dropping the oldest first', () => {
    const cache = new SessionCache({ version: 0 }, 5_000, 2);
    cache.set('h1', viewer('u1'), inAnHour(), cache.version());
    cache.set('h2', viewer('u2'), inAnHour(), cache.version());
    cache.set('h3', viewer('u3'), inAnHour(), cache.version());
    expect(cache.get('h1')).toBeUndefined();
    expect(cache.get('h2')?.userId).toBe('u2');
    expect(cache.get('h3')?.userId).toBe('u3');
  });
});
