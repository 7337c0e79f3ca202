import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createServices } from '../../src/app/services.js';
import { systemViewer } from '../../src/core/viewer.js';
import { buildDeposit, writeDeposit } from '../fixtures/deposit.fixture.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { mysqlSkipReason } from '../support/test-db.js';

const skip = mysqlSkipReason();
const SIREN = '213502388';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(what: string, check: () => boolean, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await sleep(50);
  }
}

describe.skipIf(skip)('live and cost limits hold for every caller', () => {
  let app: TestApp;
  let admin: string;
  const clients: Client[] = [];
  const gql = async <T>(query: string, variables?: Record<string, unknown>, token?: string) =>
    app.gql<T>(query, variables, token);

  const connect = (token: string) => {
    const client = createClient({
      url: `${app.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
    });
    clients.push(client);
    return client;
  };
  /** Events of actChanged for the organisation, and how the subscription ended. */
  const watch = (client: Client) => {
    const sink = { events: [] as string[], ended: null as unknown };
    client.subscribe<{ actChanged: { actId: string; change: string } }>(
      { query: `subscription { actChanged(siren: "${SIREN}") { actId change } }` },
      {
        next: (r) => r.data && sink.events.push(r.data.actChanged.change),
        error: (e) => (sink.ended = e instanceof Error ? e.message : (e as { code: number }).code),
        complete: () => (sink.ended = 'complete'),
      },
    );
    return sink;
  };
  const touchAct = async (actId: string, change: string) => {
    const services = createServices(
      app.runtime.components.orm.em.fork(),
      app.runtime.components,
      systemViewer('test'),
    );
    const act = await services.acts.get(actId);
    await services.acts.propagate([act!], change);
  };

  beforeAll(async () => {
    app = await createTestApp('live-limits', {
      RATE_LIMIT_ANONYMOUS: '40',
      RATE_LIMIT_WINDOW_SECONDS: '60',
    });
    admin = await app.loginAdmin();
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await app?.close();
  });

  it('closes a socket sending a 10 MB message at once, and /healthz stays fast', async () => {
    const ws = new WebSocket(`${app.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
    await new Promise((resolve) => ws.once('open', resolve));
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    ws.send(`{"type":"connection_init","payload":{"x":"${'['.repeat(10 * 1024 * 1024)}"}}`);
    expect(await closed).toBe(1009);
    const started = Date.now();
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('stops delivering events once the membership is removed or the account disabled', async () => {
    const file = await writeDeposit(app.config.depositDir, await buildDeposit(), 'live1.zip');
    const services = createServices(
      app.runtime.components.orm.em.fork(),
      app.runtime.components,
      systemViewer('test'),
    );
    const [outcome] = await services.depositIngest.ingestBatch([{ path: file }]);
    const actId = outcome!.actId!;
    const member = async (email: string) => {
      const created = await gql<{ createUser: { id: string } }>(
        'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
        {
          i: {
            email,
            password: 'mot-de-passe-1',
            displayName: 'Agent',
            siren: SIREN,
            role: 'VIEWER',
          },
        },
        admin,
      );
      const login = await gql<{ login: { token: string } }>(
        'mutation($e: String!) { login(email: $e, password: "mot-de-passe-1") { token } }',
        { e: email },
      );
      return { id: created.data!.createUser.id, token: login.data!.login.token };
    };

    const removed = await member('retire@commune.test');
    const disabled = await member('desactive@commune.test');
    const removedSink = watch(connect(removed.token));
    const disabledSink = watch(connect(disabled.token));
    await waitFor('both subscriptions live', () => {
      void touchAct(actId, 'probe');
      return removedSink.events.includes('probe') && disabledSink.events.includes('probe');
    });

    const res = await gql(
      'mutation($i: RemoveMembershipInput!) { removeMembership(input: $i) }',
      { i: { userId: removed.id, siren: SIREN } },
      admin,
    );
    expect(res.errors).toBeUndefined();
    const off = await gql(
      'mutation($i: UpdateUserInput!) { updateUser(input: $i) { id } }',
      { i: { id: disabled.id, status: 'DISABLED' } },
      admin,
    );
    expect(off.errors).toBeUndefined();
    await touchAct(actId, 'after');
    // The disabled account's sessions are revoked: its socket is closed. The former member may
    // still subscribe (to other organisations) but receives nothing of this one.
    await waitFor('the disabled account’s socket closed', () => !!disabledSink.ended);
    await sleep(500);
    expect(disabledSink.ended).toBe(4403);
    expect(disabledSink.events).not.toContain('after');
    expect(removedSink.events).not.toContain('after');
    await touchAct(actId, 'later');
    await sleep(500);
    expect(removedSink.events).not.toContain('later');
  });

  it('counts aliases and text searches in the cost, and charges the rate limit by cost', async () => {
    const many = Array.from(
      { length: 1000 },
      (_, i) => `a${i}: searchActs(siren: "${SIREN}", query: "budget") { totalCount }`,
    ).join(' ');
    const started = Date.now();
    const refused = await gql(`{ ${many} }`);
    // Refused while parsing (more tokens than any real operation has), before any search runs.
    expect(refused.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(Date.now() - started).toBeLessThan(3_000);
    const tooMany = Array.from(
      { length: 25 },
      (_, i) => `a${i}: searchActs(siren: "${SIREN}") { totalCount }`,
    ).join(' ');
    expect((await gql(`{ ${tooMany} }`)).errors?.[0]?.message).toMatch(
      /^Trop de champs demandés à la fois \(25, 20 au plus\)/,
    );

    const aliases = Array.from(
      { length: 20 },
      (_, i) =>
        `a${i}: searchActs(siren: "${SIREN}", query: "budget", first: 100) { totalCount nodes { id subject } }`,
    ).join(' ');
    const costly = await gql(`{ ${aliases} }`);
    expect(costly.errors?.[0]?.extensions?.code).toBe('graphql/too_complex');

    // 5 searches of 20 results: 7 request points each; the anonymous budget (40) runs out fast.
    const five = Array.from(
      { length: 5 },
      (_, i) =>
        `a${i}: searchActs(siren: "${SIREN}", query: "budget") { totalCount nodes { id subject } }`,
    ).join(' ');
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 8; i++) {
      const r = await gql(`{ ${five} }`);
      codes.push(r.errors?.[0]?.extensions?.code);
    }
    expect(codes[0]).toBeUndefined();
    expect(codes).toContain('graphql/rate_limited');
  });
});
