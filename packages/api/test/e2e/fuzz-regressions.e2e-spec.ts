import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mysqlSkipReason } from '../support/test-db.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const skip = mysqlSkipReason();

/** Defects the fuzzers (test/fuzz) found, each pinned by the smallest input that showed it. */
describe.skipIf(skip)('defects found by fuzzing stay fixed', () => {
  let app: TestApp;
  const post = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return {
      status: res.status,
      body: (await res.json()) as {
        errors?: { extensions?: { code?: string }; message: string }[];
      },
    };
  };

  beforeAll(async () => {
    app = await createTestApp('fuzz-regressions');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('answers a too costly operation with 400 and its code, not a 500', async () => {
    const { status, body } = await post(
      'query($first: Int) { searchActs(siren: "213502388", first: $first) { nodes { id subject } } }',
      { first: 2147483647 },
    );
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('graphql/too_complex');
    expect(body.errors?.[0]?.message).toMatch(/Requête trop coûteuse/);
  });
});
