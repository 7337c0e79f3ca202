import { afterEach, describe, expect, it, vi } from 'vitest';

const KEY = 'opendata.admin.session';
const user = { email: 'agent@mairie.fr', displayName: 'Agent' };

async function freshSession() {
  vi.resetModules();
  return (await import('./session')).session;
}

describe('session', () => {
  afterEach(() => localStorage.clear());

  it('restores a stored, unexpired session and forgets it on clear', async () => {
    const expiresAt = new Date(Date.now() + 60_000).toISOString();
    localStorage.setItem(KEY, JSON.stringify({ token: 'ses_1', expiresAt, user }));
    const session = await freshSession();
    expect(session.isSignedIn()).toBe(true);
    expect(session.token()).toBe('ses_1');
    session.clear();
    expect(session.token()).toBeUndefined();
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('ignores an expired or malformed stored session', async () => {
    localStorage.setItem(
      KEY,
      JSON.stringify({ token: 'ses_2', expiresAt: new Date(Date.now() - 1).toISOString(), user }),
    );
    expect((await freshSession()).isSignedIn()).toBe(false);
    localStorage.setItem(KEY, '{pas du json');
    expect((await freshSession()).current.value).toBeNull();
  });
});
