import { computed, ref } from 'vue';

/** What the admin keeps of a sign-in: the bearer token and who it belongs to. */
export interface StoredSession {
  token: string;
  expiresAt: string;
  user: { email: string; displayName: string };
}

const STORAGE_KEY = 'opendata.admin.session';

function isStoredSession(value: unknown): value is StoredSession {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const v = value as Record<string, unknown>;
  const user = v.user as Record<string, unknown> | undefined;
  return (
    typeof v.token === 'string' &&
    typeof v.expiresAt === 'string' &&
    typeof user?.email === 'string' &&
    typeof user.displayName === 'string'
  );
}

function read(): StoredSession | null {
  try {
    const raw = globalThis.localStorage?.getItem(STORAGE_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    if (!isStoredSession(parsed) || Date.parse(parsed.expiresAt) <= Date.now()) {
      return null;
    }
    return parsed;
  } catch {
    return null;
  }
}

const current = ref<StoredSession | null>(read());

/** The signed-in session, shared by the router guard, the Apollo links and the layout. */
export const session = {
  current: computed(() => current.value),
  isSignedIn(): boolean {
    const s = current.value;
    return s !== null && Date.parse(s.expiresAt) > Date.now();
  },
  token(): string | undefined {
    return this.isSignedIn() ? current.value?.token : undefined;
  },
  save(value: StoredSession): void {
    current.value = value;
    globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(value));
  },
  clear(): void {
    current.value = null;
    globalThis.localStorage?.removeItem(STORAGE_KEY);
  },
};
