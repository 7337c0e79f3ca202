import { onScopeDispose, ref, shallowRef, watch } from 'vue';
import {
  GraphQLRequestError,
  SERVER_MESSAGE,
  isAbortError,
  type GraphQLClient,
  type StringDocument,
} from './graphql-client';

/**
 * Runs `document` whenever `variables()` changes (`null` = wait). A newer run aborts the older
 * one, and leaving the component aborts the last one.
 */
export function useGraphQLQuery<TResult, TVariables>(
  client: GraphQLClient,
  document: StringDocument<TResult, TVariables>,
  variables: () => TVariables | null,
) {
  const data = shallowRef<TResult>();
  const error = shallowRef<GraphQLRequestError>();
  const loading = ref(false);
  let controller: AbortController | undefined;

  async function run(vars: TVariables | null) {
    controller?.abort();
    controller = undefined;
    if (vars === null) {
      loading.value = false;
      return;
    }
    const mine = new AbortController();
    controller = mine;
    loading.value = true;
    error.value = undefined;
    try {
      data.value = await client.request(document, vars, { signal: mine.signal });
    } catch (e) {
      if (isAbortError(e) || mine.signal.aborted) {
        return;
      }
      error.value =
        e instanceof GraphQLRequestError
          ? e
          : new GraphQLRequestError('unexpected', SERVER_MESSAGE);
    } finally {
      if (controller === mine) {
        loading.value = false;
      }
    }
  }

  watch(variables, (vars) => void run(vars), { immediate: true, deep: true });
  onScopeDispose(() => controller?.abort());

  return { data, error, loading, refetch: () => run(variables()) };
}
