import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../src/app/services.js';
import { systemViewer } from '../../src/core/viewer.js';
import { Document } from '../../src/domains/acts/document.entity.js';
import { buildDeposit, writeDeposit } from '../fixtures/deposit.fixture.js';
import {
  createKey,
  createOrg,
  createUser,
  em,
  seedAct,
  type CreatedUser,
} from '../support/identity-fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { fuzzRuns, fuzzSeed, fuzzTimeMs, rssMiB } from './fuzz-config.js';
import { operationsFromSdl, type KnownValues } from './graphql-operations.js';

const SIREN = '213502388';
const OTHER_SIREN = '217500016';

interface Reply {
  status: number;
  body: unknown;
}

/** What no reply may be: a 5xx, an error without a stable code, a masked unexpected error, a trace. */
function defectOf(reply: Reply): string | undefined {
  if (reply.status >= 500) {
    return `HTTP ${reply.status}: ${JSON.stringify(reply.body).slice(0, 400)}`;
  }
  const errors = (reply.body as { errors?: unknown[] } | undefined)?.errors;
  for (const e of (errors ?? []) as { message?: string; extensions?: { code?: unknown } }[]) {
    const code = e.extensions?.code;
    if (typeof code !== 'string' || code === '') {
      return `error without a code: ${e.message}`;
    }
    if (code === 'INTERNAL_SERVER_ERROR' || code === 'internal/unexpected') {
      return `unexpected error (${code}): ${e.message}`;
    }
    if (/\n\s+at /.test(e.message ?? '') || 'stacktrace' in (e.extensions ?? {})) {
      return `stack trace in a response: ${e.message}`;
    }
  }
  return undefined;
}

/** `data` when the operation ran, else the error codes (or the HTTP status of a non-JSON reply). */
function codesOf(reply: Reply): string[] {
  const body = reply.body as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  if (typeof body !== 'object' || body === null) {
    return [`http ${reply.status}`];
  }
  if (!body.errors?.length) {
    return ['data'];
  }
  return [...new Set(body.errors.map((e) => String(e.extensions?.code)))];
}

describe('GraphQL fuzzing: every operation of the SDL, hostile inputs, anonymous and staff', () => {
  let app: TestApp;
  let admin: string;
  let staff: CreatedUser;
  const known: KnownValues = { ids: [], strings: [] };

  const send = async (document: string, variables: unknown, token?: string): Promise<Reply> => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query: document, variables }),
    });
    const text = await res.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
    return { status: res.status, body };
  };

  /** The fuzzer may sign the staff member out (signOut) or change their e-mail: sign in again. */
  const refreshStaff = async () => {
    const res = await send(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      { e: staff.email, p: staff.password },
    );
    const token = (res.body as { data?: { login?: { token: string } } }).data?.login?.token;
    if (token) {
      staff.token = token;
      return;
    }
    staff = await createUser(app, admin, `agent-${Date.now()}@rennes.test`, [
      { siren: SIREN, role: 'ADMIN', hr: true },
    ]);
  };

  beforeAll(async () => {
    app = await createTestApp('fuzz-graphql', {
      // The fuzzer is one address sending thousands of requests: limits are tested elsewhere.
      RATE_LIMIT_ANONYMOUS: '100000000',
      RATE_LIMIT_LOGIN_FAILURES: '100000000',
    });
    admin = await app.loginAdmin();
    const orgId = await createOrg(app, admin, SIREN, 'Commune de Rennes');
    const otherOrgId = await createOrg(app, admin, OTHER_SIREN, 'Ville de Paris');
    staff = await createUser(app, admin, 'agente@rennes.test', [
      { siren: SIREN, role: 'ADMIN', hr: true },
    ]);
    const other = await createUser(app, admin, 'agent@paris.test', [
      { siren: OTHER_SIREN, role: 'EDITOR' },
    ]);
    const services = createServices(em(app), app.runtime.components, systemViewer('fuzz'));
    const [deposit] = await services.depositIngest.ingestBatch([
      { path: await writeDeposit(app.config.depositDir, await buildDeposit(), 'fuzz.zip') },
    ]);
    const acts = [
      deposit!.actId!,
      await seedAct(app, SIREN, { annex: true }),
      await seedAct(app, OTHER_SIREN, { annex: true }),
    ];
    const documents = await em(app).find(Document, {}, { fields: ['id'] });
    const key = await createKey(app, staff.token, ['org:read'], [SIREN]).catch(() => undefined);
    known.ids.push(
      orgId,
      otherOrgId,
      staff.id,
      other.id,
      deposit!.depositId!,
      ...acts,
      ...documents.map((d) => d.id),
      ...(key ? [key.id] : []),
    );
    known.strings.push(
      SIREN,
      OTHER_SIREN,
      '21350238800017',
      'agent@paris.test',
      'inconnu@exemple.test',
      'D2024_001',
      'habitat',
      '2024',
      'PUBLISHED',
      ...known.ids,
    );
  });
  afterAll(async () => {
    await app?.close();
  });

  it('answers every operation without a 5xx, an uncoded or unexpected error, a crash or a leak', async () => {
    const operations = operationsFromSdl(known);
    expect(operations.length).toBeGreaterThan(50);
    const rssBefore = rssMiB();
    let requests = 0;
    const defects: string[] = [];
    const outcomes = new Map<string, number>();
    const deadline = Date.now() + fuzzTimeMs();
    for (const [index, op] of operations.entries()) {
      // The time left, shared by the operations left (each runs at least once).
      const budgetMs = Math.max(2000, (deadline - Date.now()) / (operations.length - index));
      const property = fc.asyncProperty(op.variables, fc.boolean(), async (variables, asStaff) => {
        const token = asStaff ? staff.token : undefined;
        const reply = await send(op.document, variables, token);
        requests += 1;
        for (const code of codesOf(reply)) {
          outcomes.set(code, (outcomes.get(code) ?? 0) + 1);
        }
        const defect = defectOf(reply);
        if (
          asStaff &&
          (reply.status === 401 ||
            /"auth\/(unauthenticated|session_[a-z]+)"/.test(JSON.stringify(reply.body)))
        ) {
          await refreshStaff();
        }
        if (defect) {
          throw new Error(`${op.kind} ${op.name}: ${defect}`);
        }
      });
      // Every operation is fuzzed even when one fails: the report lists each defect, shrunk.
      const details = await fc.check(property, {
        numRuns: fuzzRuns() * 2,
        seed: fuzzSeed(),
        interruptAfterTimeLimit: budgetMs,
        markInterruptAsFailure: false,
      });
      // A run cut by the time budget is no defect: only a counterexample is.
      if (details.failed && details.errorInstance) {
        defects.push(
          `${op.name} ${JSON.stringify(details.counterexample)}: ${String(
            (details.errorInstance as Error | undefined)?.message,
          )}`,
        );
      }
    }
    const top = [...outcomes].sort((a, b) => b[1] - a[1]).slice(0, 12);
    console.info(
      `fuzz: ${requests} requests, outcomes ${top.map(([c, n]) => `${c}=${n}`).join(' ')}`,
    );
    expect(defects).toEqual([]);
    // The server is still up and answers its health check; memory stayed bounded.
    const health = await fetch(`${app.url}/healthz`);
    expect(health.status).toBe(200);
    expect(requests).toBeGreaterThanOrEqual(operations.length);
    expect(rssMiB() - rssBefore).toBeLessThan(768);
  }, 600_000);
});
