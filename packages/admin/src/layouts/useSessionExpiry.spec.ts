import { mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { session } from '../auth/session';
import { useNotify } from '../shared/useNotify';
import { EXPIRY_WARNING_MS, useSessionExpiry } from './useSessionExpiry';

describe('useSessionExpiry', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    session.clear();
  });

  it('warns two minutes before the end, then sends to the sign-in page with a way back', async () => {
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/connexion', name: 'sign-in', component: { render: () => null } },
        { path: '/actes', name: 'acts', component: { render: () => null } },
      ],
    });
    await router.push('/actes?q=voirie');
    session.save({
      token: 't',
      expiresAt: new Date(Date.now() + 5 * 60_000).toISOString(),
      user: { email: 'a@b.fr', displayName: 'A' },
    });
    const Host = defineComponent({ setup: () => (useSessionExpiry(), () => h('div')) });
    mount(Host, { global: { plugins: [router] } });
    const notify = useNotify();

    vi.advanceTimersByTime(5 * 60_000 - EXPIRY_WARNING_MS + 10);
    expect(notify.current.value?.text).toBe(
      'Votre session expire dans 2 minutes : enregistrez votre travail.',
    );
    vi.advanceTimersByTime(EXPIRY_WARNING_MS);
    await vi.runAllTimersAsync();
    expect(session.current.value).toBeNull();
    expect(router.currentRoute.value.name).toBe('sign-in');
    expect(router.currentRoute.value.query).toEqual({
      reason: 'expired',
      redirect: '/actes?q=voirie',
    });
  });
});
