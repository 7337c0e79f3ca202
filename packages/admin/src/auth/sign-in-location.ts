import type { RouteLocationRaw } from 'vue-router';

/** Why the user lands on the sign-in page; shown there as a French message. */
export type SignInReason = 'expired' | 'signed-out' | 'required';

export function signInLocation(reason: SignInReason, redirect?: string): RouteLocationRaw {
  return {
    name: 'sign-in',
    query: { reason, ...(redirect && redirect !== '/' ? { redirect } : {}) },
  };
}
