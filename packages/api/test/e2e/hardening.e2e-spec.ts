import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startServer, type RunningServer } from '../../src/app/server.js';
import { codeOf, createKey, createOrg, createUser, ok } from '../support/identity-fixtures.js';
import { mysqlSkipReason } from '../support/test-db.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const skip = mysqlSkipReason();
if (skip) {
  process.stdout.write(`[skipped] hardening e2e on MySQL: ${skip}\n`);
}

const A = '215600461';
const INTROSPECT = 'query { __schema { queryType { name } } }';

describe.skipIf(skip)('hardening of the HTTP and GraphQL surface', () => {
  let app: TestApp;
  let limited: TestApp;
  let withApps: RunningServer;
  let admin: string;

  beforeAll(async () => {
    app = await createTestApp('hardening', { GRAPHQL_INTROSPECTION: 'false' });
    limited = await createTestApp('hardening-limits', {
      RATE_LIMIT_ANONYMOUS: '5',
      RATE_LIMIT_API_KEY: '3',
      RATE_LIMIT_LOGIN_FAILURES: '3',
    });
    admin = await app.loginAdmin();
    const dir = await mkdtemp(path.join(os.tmpdir(), 'static-'));
    for (const sub of ['admin', 'widgets/actes']) {
      await mkdir(path.join(dir, sub), { recursive: true });
      await writeFile(path.join(dir, sub, 'index.html'), '<!doctype html><title>x</title>');
    }
    withApps = await startServer(
      {
        schema: app.runtime.schema,
        components: app.runtime.components,
        staticDirs: { admin: path.join(dir, 'admin'), widgets: path.join(dir, 'widgets') },
      },
      { port: 0, host: '127.0.0.1' },
    );
  });
  afterAll(async () => {
    await withApps?.stop();
    await app?.close();
    await limited?.close();
  });

  it('never lets the admin be framed, lets any site frame the widgets', async () => {
    const adminRes = await fetch(`${withApps.url}/admin/`);
    expect(adminRes.status).toBe(200);
    expect(adminRes.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(adminRes.headers.get('x-frame-options')).toBe('DENY');
    expect(adminRes.headers.get('x-content-type-options')).toBe('nosniff');
    expect(adminRes.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    const widget = await fetch(`${withApps.url}/widgets/actes/`);
    expect(widget.status).toBe(200);
    expect(widget.headers.get('content-security-policy')).toContain('frame-ancestors *');
    expect(widget.headers.get('x-frame-options')).toBeNull();
    expect(widget.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    const pdf = await fetch(`${withApps.url}/opendata/${A}/actes/x/y/z.pdf`);
    expect(pdf.headers.get('content-security-policy')).toContain('frame-ancestors *');
    expect(pdf.headers.get('access-control-allow-origin')).toBe('*');
    // Plain HTTP deployment: no upgrade of sub-resources, no HSTS.
    expect(adminRes.headers.get('content-security-policy')).not.toContain(
      'upgrade-insecure-requests',
    );
    expect(adminRes.headers.get('strict-transport-security')).toBeNull();
  });

  it('serves the public API to any origin with an API key (CORS), and keeps CSRF prevention on', async () => {
    const preflight = await fetch(`${app.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://reutilisateur.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
    const post = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { origin: 'https://reutilisateur.example', 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ publicOrganization(siren: "${A}") { name } }` }),
    });
    expect(post.headers.get('access-control-allow-origin')).toBe('*');
    // A "simple" cross-site request (no preflight) is refused by Apollo's CSRF prevention.
    const simple = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { origin: 'https://malveillant.example' },
    });
    expect(simple.status).toBe(400);
  });

  it('refuses introspection to anonymous callers only when GRAPHQL_INTROSPECTION=false', async () => {
    expect(codeOf(await app.gql(INTROSPECT))).toBe('graphql/introspection_disabled');
    expect(codeOf(await app.gql('query { __type(name: "Act") { name } }'))).toBe(
      'graphql/introspection_disabled',
    );
    expect(ok(await app.gql<{ __typename: string }>('query { __typename }')).__typename).toBe(
      'Query',
    );
    expect(ok(await app.gql<{ __schema: unknown }>(INTROSPECT, {}, admin)).__schema).toBeTruthy();
    await createOrg(app, admin, A, 'Commune A');
    const dev = await createUser(app, admin, 'dev@a.test', [{ siren: A, role: 'VIEWER' }]);
    const key = await createKey(app, dev.token, ['public:read']);
    expect(
      ok(await app.gql<{ __schema: unknown }>(INTROSPECT, {}, key.secret)).__schema,
    ).toBeTruthy();
    // Default configuration: allowed to everyone.
    expect(ok(await limited.gql<{ __schema: unknown }>(INTROSPECT)).__schema).toBeTruthy();
  });

  it('caps page sizes at 100', async () => {
    expect(
      codeOf(await app.gql('query { organizations(first: 101) { totalCount } }', {}, admin)),
    ).toBe('validation/invalid_input');
  });

  it('carries only subscriptions over WebSocket', async () => {
    const client = createClient({
      url: `${app.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${admin}` },
      retryAttempts: 0,
    });
    const errors: unknown[] = [];
    await new Promise<void>((resolve) => {
      client.subscribe(
        { query: '{ users { totalCount } }' },
        {
          next: (r) => {
            errors.push(...(r.errors ?? []));
          },
          error: (e) => {
            errors.push(e);
            resolve();
          },
          complete: () => resolve(),
        },
      );
    });
    await client.dispose();
    expect(JSON.stringify(errors)).toContain('graphql/subscriptions_only');
  });

  it('refuses control characters in any operation’s arguments, over HTTP and WebSocket', async () => {
    const code = (r: { errors?: { extensions?: { code?: unknown } }[] }) =>
      r.errors?.[0]?.extensions?.code;
    const q = await app.gql('query($s: String!) { searchActs(siren: $s) { totalCount } }', {
      s: '21560\u00000461',
    });
    expect(code(q)).toBe('input/control_characters');
    expect(q.errors?.[0]?.message).toBe('Caractères de contrôle interdits dans « siren ».');
    const m = await app.gql(
      'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }',
      { i: { siren: '215600479', name: 'Commune\u001b[31m' } },
      admin,
    );
    expect(code(m)).toBe('input/control_characters');
    expect(m.errors?.[0]?.message).toBe('Caractères de contrôle interdits dans « input.name ».');
    // Tabs and newlines are text.
    const fine = await app.gql(
      'query($s: String!, $q: String) { searchActs(siren: $s, query: $q) { totalCount } }',
      { s: A, q: 'budget\tprimitif\n2025' },
    );
    expect(fine.errors).toBeUndefined();
    const client = createClient({
      url: `${app.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${admin}` },
      retryAttempts: 0,
    });
    const got = await new Promise<unknown>((resolve) => {
      client.subscribe(
        {
          query: 'subscription($s: String!) { actChanged(siren: $s) { actId } }',
          variables: { s: '2156\u00070461' },
        },
        { next: (r) => resolve(r.errors), error: (e) => resolve(e), complete: () => resolve(null) },
      );
    });
    await client.dispose();
    expect(JSON.stringify(got)).toContain('input/control_characters');
  });

  it('limits public requests per IP and per API key; staff sessions are not limited', async () => {
    const q = `{ publicOrganization(siren: "${A}") { name } }`;
    const post = (token?: string) =>
      fetch(`${limited.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query: q }),
      });
    const ladmin = await limited.loginAdmin();
    await createOrg(limited, ladmin, A, 'Commune A');
    const dev = await createUser(limited, ladmin, 'dev@a.test', [{ siren: A, role: 'VIEWER' }]);
    const key = await createKey(limited, dev.token, ['public:read']);
    // 5 anonymous requests per window for this IP (a few were spent above by sign-ins).
    let refused = await post();
    for (let i = 0; i < 6 && refused.status === 200; i++) {
      refused = await post();
    }
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await refused.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('graphql/rate_limited');
    // The key has its own budget.
    for (let i = 0; i < 3; i++) {
      expect((await post(key.secret)).status).toBe(200);
    }
    expect((await post(key.secret)).status).toBe(429);
    for (let i = 0; i < 10; i++) {
      expect((await post(ladmin)).status).toBe(200);
    }
  });

  it('limits failed sign-ins per IP', async () => {
    const fresh = await createTestApp('hardening-login', { RATE_LIMIT_LOGIN_FAILURES: '3' });
    try {
      for (const email of ['a@x.test', 'b@x.test', 'c@x.test']) {
        const res = await fresh.gql(
          'mutation($e: String!) { login(email: $e, password: "mauvais-mdp") { token } }',
          { e: email },
        );
        expect(codeOf(res)).toBe('auth/invalid_credentials');
      }
      const blocked = await fresh.gql(
        'mutation { login(email: "admin@plateforme.test", password: "mot-de-passe-admin") { token } }',
      );
      expect(codeOf(blocked)).toBe('auth/too_many_attempts');
    } finally {
      await fresh.close();
    }
  });
});
