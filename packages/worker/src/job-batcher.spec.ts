import { describe, expect, it } from 'vitest';
import { JobBatcher } from './job-batcher.js';

interface IngestItem {
  path: string;
}
interface IngestOutcome {
  status: string;
  detail: string;
}

const done = (item: IngestItem): IngestOutcome => ({ status: 'done', detail: item.path });

describe('JobBatcher', () => {
  it('runs the deposits submitted together as one batch and gives each its own outcome', async () => {
    const batches: string[][] = [];
    const batcher = new JobBatcher<IngestItem, IngestOutcome>(async (items) => {
      batches.push(items.map((i) => i.path));
      return items.map(done);
    });
    const outcomes = await Promise.all(['a', 'b', 'c'].map((path) => batcher.submit({ path })));
    expect(outcomes.map((o) => o.detail)).toEqual(['a', 'b', 'c']);
    expect(batches).toEqual([['a', 'b', 'c']]);
  });

  it('caps the batch size and gathers what arrives during a batch into the next one', async () => {
    const batches: string[][] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const batcher = new JobBatcher<IngestItem, IngestOutcome>(
      async (items) => {
        batches.push(items.map((i) => i.path));
        if (batches.length === 1) {
          await gate;
        }
        return items.map(done);
      },
      { maxBatch: 2 },
    );
    const first = ['a', 'b', 'c'].map((path) => batcher.submit({ path }));
    await new Promise((r) => setImmediate(r));
    const late = ['d', 'e'].map((path) => batcher.submit({ path }));
    release();
    await Promise.all([...first, ...late]);
    expect(batches).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('re-runs a failed batch one deposit at a time: only the faulty deposit fails', async () => {
    const calls: string[][] = [];
    const batcher = new JobBatcher<IngestItem, IngestOutcome>(async (items) => {
      calls.push(items.map((i) => i.path));
      if (items.some((i) => i.path === 'bad')) {
        throw new Error('disk full');
      }
      return items.map(done);
    });
    const results = await Promise.allSettled(
      ['a', 'bad', 'c'].map((path) => batcher.submit({ path })),
    );
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toEqual(new Error('disk full'));
    expect(calls).toEqual([['a', 'bad', 'c'], ['a'], ['bad'], ['c']]);
  });
});
