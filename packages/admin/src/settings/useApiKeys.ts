import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, ref } from 'vue';
import { errorMessage } from '../shared/error-messages';
import { useNotify } from '../shared/useNotify';
import { ApiKeysQuery, CreateApiKeyMutation, RevokeApiKeyMutation } from './settings.graphql';

export const SCOPE_LABELS: Record<string, string> = {
  'public:read': 'Données publiques',
  'org:read': 'Lecture des données de la collectivité',
  'org:write': 'Écriture (publier, modifier des actes)',
};

export interface NewKey {
  name: string;
  scopes: string[];
  sirens: string[];
  expiresAt: string | null;
}

/** The signed-in user's API keys; a new key's secret is kept only until the dialog closes. */
export function useApiKeys() {
  const notify = useNotify();
  const { result, loading, error, refetch } = useQuery(ApiKeysQuery);
  const create = useMutation(CreateApiKeyMutation);
  const revoke = useMutation(RevokeApiKeyMutation);
  /** Shown once, never stored. */
  const secret = ref<{ name: string; value: string } | null>(null);
  const createError = ref<string | null>(null);

  async function createKey(k: NewKey): Promise<boolean> {
    createError.value = null;
    try {
      const r = await create.mutate({
        input: {
          name: k.name.trim(),
          scopes: k.scopes,
          sirens: k.scopes.some((s) => s.startsWith('org:')) ? k.sirens : [],
          expiresAt: k.expiresAt ? new Date(`${k.expiresAt}T23:59:59`).toISOString() : null,
        },
      });
      const created = r?.data?.createApiKey;
      if (created) {
        secret.value = { name: created.key.name, value: created.secret };
      }
      await refetch();
      return true;
    } catch (e) {
      createError.value = errorMessage(e);
      return false;
    }
  }

  async function revokeKey(id: string, name: string) {
    try {
      await revoke.mutate({ id });
      notify.success(`Clé « ${name} » révoquée : elle ne fonctionne plus.`);
      await refetch();
    } catch (e) {
      notify.error(errorMessage(e));
    }
  }

  return {
    /** Forgets the secret shown once and the last creation error. */
    clearCreated() {
      secret.value = null;
      createError.value = null;
    },
    keys: computed(() => result.value?.apiKeys ?? []),
    loading,
    errorText: computed(() => (error.value ? errorMessage(error.value) : undefined)),
    creating: create.loading,
    revoking: revoke.loading,
    createError,
    secret,
    createKey,
    revokeKey,
  };
}
