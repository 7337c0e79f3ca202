import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../src/app/services.js';
import { systemViewer } from '../../src/core/viewer.js';
import { Deposit } from '../../src/domains/deposits/deposit.entity.js';
import { DepositLayout } from '../../src/domains/deposits/deposit-layout.js';
import { buildDeposit, writeDeposit } from '../fixtures/deposit.fixture.js';
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

  const ingest = async (zip: Buffer, name: string) => {
    const file = await writeDeposit(app.config.depositDir, zip, name);
    const services = createServices(
      app.runtime.components.orm.em.fork(),
      app.runtime.components,
      systemViewer('test'),
    );
    const [outcome] = await services.depositIngest.ingestBatch([{ path: file }]);
    return outcome!;
  };

  it('settles a deposit whose file name is as long as the disk allows (255 bytes)', async () => {
    const name = `${'é'.repeat(100)}${'x'.repeat(51)}.zip`;
    expect(Buffer.byteLength(name)).toBe(255);
    const out = await ingest(
      await buildDeposit({ metadata: { numero_de_lacte: 'LONG_NAME' } }),
      name,
    );
    // Settled (on MySQL the long name may be refused as a Pastell id, with a French reason).
    expect(['done', 'failed']).toContain(out.status);
    const deposit = await app.runtime.components.orm.em
      .fork()
      .findOneOrFail(Deposit, { id: out.depositId! });
    expect(deposit.fileName).toBe(name);
    expect(await readdir(app.config.depositDir)).not.toContain(name);
    const layout = new DepositLayout(app.config.depositDir);
    const kept = [
      ...(await readdir(layout.processed).catch(() => [])),
      ...(await readdir(layout.quarantine).catch(() => [])),
    ];
    const stored = kept.find((f) => f.startsWith(deposit.id))!;
    expect(Buffer.byteLength(stored)).toBeLessThanOrEqual(255);
    expect(stored).toMatch(/^[0-9a-f-]{36}__é{100}x*…\.zip$/);
  });

  it('refuses a deposit quoting a NUL in its metadata, without the NUL (no retry forever)', async () => {
    const out = await ingest(
      await buildDeposit({ metadata: { numero_de_lacte: 'NUL_DATE', date_de_lacte: '\u0000' } }),
      'nul-date.zip',
    );
    expect(out).toMatchObject({ status: 'failed', detail: 'deposit/bad_date' });
    const deposit = await app.runtime.components.orm.em
      .fork()
      .findOneOrFail(Deposit, { id: out.depositId! });
    expect(deposit.errorMessage).toMatch(/date de l'acte.*reçu : « \uFFFD »/);
  });
});
