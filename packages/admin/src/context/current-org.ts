import { computed, ref } from 'vue';

/** The organisation the admin works on (acts, deposits, datasets, widget, settings). */
export interface OrgRef {
  siren: string;
  name: string;
}

const STORAGE_KEY = 'opendata.admin.organization';

function read(): OrgRef | null {
  try {
    const raw = globalThis.localStorage?.getItem(STORAGE_KEY);
    const v = raw ? (JSON.parse(raw) as Partial<OrgRef>) : null;
    return v && typeof v.siren === 'string' && /^\d{9}$/.test(v.siren) && typeof v.name === 'string'
      ? { siren: v.siren, name: v.name }
      : null;
  } catch {
    return null;
  }
}

const current = ref<OrgRef | null>(read());

export const currentOrg = {
  value: computed(() => current.value),
  siren: computed(() => current.value?.siren ?? null),
  set(org: OrgRef): void {
    current.value = { siren: org.siren, name: org.name };
    globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(current.value));
  },
  clear(): void {
    current.value = null;
    globalThis.localStorage?.removeItem(STORAGE_KEY);
  },
};
