import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { fakeApollo, withSetup } from '../test-support/apollo';
import { useBulkActions } from './useBulkActions';

const act = (id: string) => ({
  id,
  status: 'TO_DECIDE',
  hidden: true,
  deleted: false,
  publishedAt: null,
});

describe('useBulkActions', () => {
  it('asks first, sends batches of 50, names every refused act and undoes what was done', async () => {
    const { client, calls } = fakeApollo(({ variables }) => {
      const ids = variables.ids as string[];
      // The api refuses one act (an individual act the viewer may not see, say).
      const refused: string[] = ids.filter((id) => id === 'a7');
      return {
        data: {
          applyActAction: {
            updated: ids.filter((id) => !refused.includes(id)).map(act),
            failed: refused.map((id) => ({
              id,
              code: 'acts/not_found',
              message: 'Acte introuvable ou hors de vos collectivités.',
            })),
            jobId: `job-${calls.length}`,
          },
        },
      };
    });
    let changed = 0;
    const bulk = withSetup(
      () =>
        useBulkActions({ labelOf: (id) => `Acte ${id.toUpperCase()}`, onChanged: () => changed++ }),
      client,
    );
    const ids = Array.from({ length: 120 }, (_, i) => `a${i}`);

    bulk.request('hide', ids);
    expect(bulk.confirmOpen.value).toBe(true);
    expect(calls).toHaveLength(0);
    await bulk.confirm();
    await flushPromises();

    expect(calls.map((c) => (c.variables.ids as string[]).length)).toEqual([50, 50, 20]);
    expect(bulk.confirmOpen.value).toBe(false);
    expect(bulk.progress.value).toEqual({ done: 120, total: 120 });
    expect(bulk.summary.value).toMatchObject({ action: 'hide', isUndo: false, jobId: 'job-3' });
    expect(bulk.summary.value?.updatedIds).toHaveLength(119);
    expect(bulk.summary.value?.failed).toEqual([
      { id: 'a7', label: 'Acte A7', message: 'Acte introuvable ou hors de vos collectivités.' },
    ]);
    expect(changed).toBe(1);

    await bulk.undo();
    expect(calls.map((c) => c.variables.action)).toEqual([
      ...['HIDE', 'HIDE', 'HIDE'],
      ...['UNHIDE', 'UNHIDE', 'UNHIDE'],
    ]);
    expect(calls.at(-1)?.operationName).toBe('ApplyActAction');
    expect(bulk.summary.value).toMatchObject({ action: 'unhide', isUndo: true });
    expect(changed).toBe(2);
  });

  it('offers no undo for publishing (it would change the legal publication date)', async () => {
    const { client, calls } = fakeApollo(({ variables }) => ({
      data: {
        applyActAction: {
          updated: (variables.ids as string[]).map(act),
          failed: [],
          jobId: null,
        },
      },
    }));
    const bulk = withSetup(
      () => useBulkActions({ labelOf: (id) => id, onChanged: () => undefined }),
      client,
    );
    bulk.request('publish', ['x']);
    await bulk.confirm();
    await bulk.undo();
    expect(calls.map((c) => c.variables.action)).toEqual(['PUBLISH']);
  });

  it('reports a failed batch for each of its acts, in French', async () => {
    const { client } = fakeApollo(() => ({
      errors: [
        { message: 'Connexion requise.', extensions: { code: 'auth/unauthenticated' } },
      ] as never,
    }));
    const bulk = withSetup(
      () => useBulkActions({ labelOf: (id) => `Acte ${id}`, onChanged: () => undefined }),
      client,
    );
    bulk.request('delete', ['1', '2']);
    await bulk.confirm();
    expect(bulk.summary.value?.failed.map((f) => f.message)).toEqual([
      'Connectez-vous pour accéder à l’administration.',
      'Connectez-vous pour accéder à l’administration.',
    ]);
  });
});
