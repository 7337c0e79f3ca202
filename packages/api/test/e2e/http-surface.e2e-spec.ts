import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../src/app/services.js';
import { systemViewer } from '../../src/core/viewer.js';
import { Act } from '../../src/domains/acts/act.entity.js';
import { documentPath } from '../../src/domains/acts/act-visibility.js';
import { buildDeposit, writeDeposit } from '../fixtures/deposit.fixture.js';
import { mysqlSkipReason } from '../support/test-db.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const skip = mysqlSkipReason();
const ANNEX = 'Annexe 1 - Étude d’impact.pdf';

describe.skipIf(skip)(
  'the HTTP surface answers in French, never with a stack or a runnable file',
  () => {
    let app: TestApp;

    beforeAll(async () => {
      app = await createTestApp('http-surface', { RATE_LIMIT_ANONYMOUS: '30' });
      await app.gql(
        'mutation { createOrganization(input: { siren: "213502388", name: "Rennes" }) { id } }',
        {},
        await app.loginAdmin(),
      );
    });
    afterAll(async () => {
      await app?.close();
    });

    it('serves an annex that is not a PDF as a download, never as a page of the platform', async () => {
      const zip = await buildDeposit({
        metadata: { numero_de_lacte: 'XSS_1' },
        contents: { [ANNEX]: '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>' },
      });
      const file = await writeDeposit(app.config.depositDir, zip, 'xss.zip');
      const services = createServices(
        app.runtime.components.orm.em.fork(),
        app.runtime.components,
        systemViewer('test'),
      );
      const [out] = await services.depositIngest.ingestBatch([{ path: file }]);
      const act = await app.runtime.components.orm.em
        .fork()
        .findOneOrFail(Act, { id: out!.actId! }, { populate: ['documents', 'organization'] });
      const annex = act.documents.getItems().find((d) => d.annex)!;
      const res = await fetch(
        `${app.url}${documentPath(act.organization.siren, act.id, annex.id, annex.fileName)}`,
      );
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toMatch(/^attachment;/);
      expect(res.headers.get('content-type')).not.toMatch(/xml|html|svg/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('content-security-policy')).toContain('sandbox');
      const main = act.documents.getItems().find((d) => !d.annex)!;
      const pdf = await fetch(
        `${app.url}${documentPath(act.organization.siren, act.id, main.id, main.fileName)}`,
      );
      expect(pdf.headers.get('content-disposition')).toMatch(/^inline;/);
    });

    it('answers a body too large, malformed JSON and a bad GraphQL request without a stack', async () => {
      const big = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ x }`, pad: 'x'.repeat(2 * 1024 * 1024) }),
      });
      expect(big.status).toBe(413);
      const bigBody = await big.text();
      expect(JSON.parse(bigBody)).toEqual({
        error: { status: 413, message: 'Requête trop volumineuse.' },
      });
      const broken = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query": ',
      });
      expect(broken.status).toBe(400);
      expect(await broken.text()).not.toMatch(/at \w+ \(|node_modules|stack/i);
      const bad = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ variables: {} }),
      });
      expect(await bad.text()).not.toMatch(/stacktrace|node_modules/i);
    });

    it('answers a subscription sent over HTTP with a clear French error, not an internal one', async () => {
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'subscription { depositProcessed { depositId } }' }),
      });
      expect(res.status).toBe(400);
      const body = (await res.json()) as {
        errors: { message: string; extensions: { code: string } }[];
      };
      expect(body.errors[0]!.extensions.code).toBe('graphql/subscription_over_http');
      expect(body.errors[0]!.message).toMatch(/passent par WebSocket/);
    });

    it('answers an unknown path with a French page or a French JSON error', async () => {
      const page = await fetch(`${app.url}/opendata/inconnu/rien.csv`, {
        headers: { accept: 'text/html' },
      });
      expect(page.status).toBe(404);
      const html = await page.text();
      expect(html).toContain('<html lang="fr">');
      expect(html).toContain('Page introuvable.');
      expect(html).not.toMatch(/Cannot GET/);
      const json = await fetch(`${app.url}/nulle-part`, {
        headers: { accept: 'application/json' },
      });
      expect(await json.json()).toEqual({ error: { status: 404, message: 'Page introuvable.' } });
    });

    it('keeps an idle keep-alive connection longer than proxies and clients do (no reset after 5 s)', async () => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      const get = () =>
        new Promise<{ port: number; keepAlive: string | undefined }>((resolve, reject) => {
          const req = http.get(`${app.url}/healthz`, { agent }, (res) => {
            res.resume();
            res.on('end', () =>
              resolve({
                port: req.socket!.localPort!,
                keepAlive: String(res.headers['keep-alive']),
              }),
            );
          });
          req.on('error', reject);
        });
      const first = await get();
      expect(first.keepAlive).toBe('timeout=65');
      // Node's default (5 s) closed the connection here; a client sending at that moment got
      // ECONNRESET. The same connection must still be open.
      await new Promise((r) => setTimeout(r, 5_500));
      const second = await get();
      expect(second.port).toBe(first.port);
      agent.destroy();
    });

    it('rate limits staff downloads like the rest of the public traffic', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 40; i++) {
        statuses.push((await fetch(`${app.url}/files/documents/inconnu`)).status);
      }
      expect(statuses).toContain(401);
      expect(statuses).toContain(429);
    });
  },
);
