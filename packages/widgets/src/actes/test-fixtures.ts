// Test helpers: GraphQL results shaped like the api's, and a scriptable fake client.
import type { ActsWidgetSearchQuery } from '../gql/graphql';
import type { GraphQLClient, StringDocument } from '../shared/graphql-client';

type Edge = ActsWidgetSearchQuery['searchActs']['edges'][number];

export function edge(id: string, subject = `Objet ${id}`, extra: Partial<Edge['node']> = {}): Edge {
  return {
    cursor: `c-${id}`,
    highlights: { subject: null, text: null },
    node: {
      id,
      number: `N-${id}`,
      date: '2024-03-06',
      subject,
      nature: 'DELIBERATION',
      natureLabel: 'Délibération',
      classificationCode: '8.5',
      classificationLabel: 'Politique de la ville-habitat-logement',
      publishedAt: '2024-03-12T09:00:00.000Z',
      documents: [
        {
          id: `d-${id}`,
          fileName: `${id}.pdf`,
          mediaType: 'application/pdf',
          size: 12_400,
          sha256: 'ab'.repeat(32),
          annex: false,
          url: `http://platform.test/opendata/213502388/actes/${id}/d-${id}/${id}.pdf`,
        },
      ],
      ...extra,
    },
  };
}

export function searchResult(
  edges: Edge[],
  total = edges.length,
  hasNextPage = false,
): ActsWidgetSearchQuery {
  return {
    publicOrganization: { siren: '213502388', name: 'Commune de Test' },
    searchActs: {
      totalCount: total,
      pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
      edges,
      facets: {
        natures: [{ value: 'DELIBERATION', label: 'Délibération', count: total }],
        years: [{ value: '2024', label: '2024', count: total }],
        classifications: [
          { value: '8', label: 'Domaines de compétences par thèmes', count: total },
        ],
      },
    },
  };
}

export interface Call {
  variables: Record<string, unknown>;
  signal?: AbortSignal;
  resolve: (data: unknown) => void;
  reject: (e: unknown) => void;
}

/** A client whose requests stay pending until the test answers them (`calls[i].resolve`). */
export function fakeClient() {
  const calls: Call[] = [];
  const client: GraphQLClient = {
    request<TResult, TVariables>(
      _doc: StringDocument<TResult, TVariables>,
      variables: TVariables,
      options: { signal?: AbortSignal } = {},
    ): Promise<TResult> {
      return new Promise<TResult>((resolve, reject) => {
        options.signal?.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        );
        calls.push({
          variables: variables as Record<string, unknown>,
          signal: options.signal,
          resolve: resolve as (d: unknown) => void,
          reject,
        });
      });
    },
  };
  return { client, calls };
}
