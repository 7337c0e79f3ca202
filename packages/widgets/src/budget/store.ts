import { computed, inject, onScopeDispose, reactive, type InjectionKey } from 'vue';
import { createGraphQLClient, type GraphQLClient } from '../shared/graphql-client';
import { useGraphQLQuery } from '../shared/useGraphQLQuery';
import { DocumentsQuery } from './budget.graphql';
import {
  budgetQuery,
  cloneState,
  parseState,
  sameState,
  type BudgetConfig,
  type BudgetState,
} from './budget-params';
import { currentDocuments, resolveSelection, type Selection } from './documents';

const silent = () => undefined;

/** `/widgets/budget/` (Vite's base + the page folder). */
export const basePath = () => `${import.meta.env.BASE_URL}budget/`;

export interface BudgetHistoryState {
  widget: 'budget';
}

/**
 * The budget widget's state, shared by its components: what the citizen explores (year,
 * establishment, stage, view, section, drill-down paths) mirrored in the URL, each committed
 * change a history entry (Back returns to it), and the organisation's documents.
 */
export function createBudgetStore(
  config: BudgetConfig & { siren: string },
  initial: BudgetState,
  client: GraphQLClient = createGraphQLClient(),
) {
  const state = reactive<BudgetState>(cloneState(initial));
  const documents = useGraphQLQuery(client, DocumentsQuery, () => ({ siren: config.siren }));
  const organization = computed(() => documents.data.value?.publicOrganization);
  const available = computed(() => currentDocuments(documents.data.value?.budgetDocuments ?? []));
  /** The document shown: what the URL asks for, or the closest one available. */
  const selection = computed<Selection | null>(() =>
    resolveSelection(available.value, {
      year: state.year,
      siret: state.siret,
      stage: state.stage,
    }),
  );

  const href = () => `${basePath()}?${budgetQuery(config, state).toString()}`;
  const entry: BudgetHistoryState = { widget: 'budget' };

  /** A citizen's change: a new history entry (Back returns to the previous view). */
  function commit(patch: Partial<BudgetState>) {
    const next = { ...cloneState(state), ...patch };
    const resolved = resolveSelection(available.value, next);
    if (resolved) {
      Object.assign(next, { year: resolved.year, siret: resolved.siret, stage: resolved.stage });
    }
    if (sameState(next, state)) {
      return;
    }
    Object.assign(state, next);
    history.pushState(entry, '', href());
  }

  /** The URL names what is shown once the documents are known (no entry of its own). */
  function settle() {
    const s = selection.value;
    if (!s) {
      return;
    }
    const resolved = { year: s.year, siret: s.siret, stage: s.stage };
    const changedDocument =
      state.year !== s.year ||
      state.siret !== s.siret ||
      JSON.stringify(state.stage) !== JSON.stringify(s.stage);
    if (changedDocument && (state.year !== null || state.siret !== null || state.stage !== null)) {
      // The URL asked for a document that is not (or no longer) published: start at the top.
      Object.assign(state, resolved, { expensePath: [], revenuePath: [] });
    } else {
      Object.assign(state, resolved);
    }
    history.replaceState(entry, '', href());
  }

  function onPopState() {
    const next = parseState(location.search, silent);
    if (!sameState(next, state)) {
      Object.assign(state, next);
    }
  }
  window.addEventListener('popstate', onPopState);
  onScopeDispose(() => window.removeEventListener('popstate', onPopState));

  return {
    config,
    client,
    state,
    documents,
    organization,
    available,
    selection,
    commit,
    settle,
    /** Absolute URL of the current view (to share). */
    link: () => new URL(href(), location.origin).href,
  };
}

export type BudgetStore = ReturnType<typeof createBudgetStore>;
export const BudgetStoreKey: InjectionKey<BudgetStore> = Symbol('budget-store');

export function useBudgetStore(): BudgetStore {
  const store = inject(BudgetStoreKey);
  if (!store) {
    throw new Error('useBudgetStore() outside the budget widget');
  }
  return store;
}
