import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ActNature,
  ActSource,
  ActStatus,
  PublicationDecision,
} from '../../src/domains/acts/act.enums.js';
import { Act } from '../../src/domains/acts/act.entity.js';
import { Document } from '../../src/domains/acts/document.entity.js';
import { mysqlSkipReason } from '../support/test-db.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const skip = mysqlSkipReason();
if (skip) {
  process.stdout.write(`[skipped] audit privacy e2e on MySQL: ${skip}\n`);
}

describe.skipIf(skip)('audit log and individual acts (personal data)', () => {
  let app: TestApp;
  let admin: string;
  let viewer: string;
  let annexId: string;

  beforeAll(async () => {
    app = await createTestApp('audit_privacy');
    admin = await app.loginAdmin();
    await app.gql(
      'mutation { createOrganization(input: { siren: "215600461", name: "Crach" }) { id } }',
      {},
      admin,
    );
    const user = await app.gql<{ createUser: { id: string } }>(
      'mutation { createUser(input: { email: "lecteur@crach.fr", password: "mot-de-passe-1", displayName: "Lecteur" }) { id } }',
      {},
      admin,
    );
    await app.gql(
      'mutation($u: ID!) { addMembership(input: { userId: $u, siren: "215600461", role: VIEWER }) { id } }',
      { u: user.data!.createUser.id },
      admin,
    );
    const login = await app.gql<{ login: { token: string } }>(
      'mutation { login(email: "lecteur@crach.fr", password: "mot-de-passe-1") { token } }',
    );
    viewer = login.data!.login.token;
    const em = app.runtime.components.orm.em.fork();
    const org = await em.findOneOrFail('Organization', { siren: '215600461' });
    const act = em.create(Act, {
      organization: org as never,
      number: 'IND1',
      date: '2024-01-02',
      subject: 'Nomination de M. Martin',
      nature: ActNature.INDIVIDUAL,
      publicationDecision: PublicationDecision.UNDECIDED,
      status: ActStatus.TO_DECIDE,
      source: ActSource.UPLOAD,
    });
    const annex = em.create(Document, {
      act,
      fileName: 'arrêté.pdf',
      mediaType: 'application/pdf',
      size: 1,
      sha256: 'a'.repeat(64),
      storageKey: `sha256/aa/aa/${'a'.repeat(64)}`,
      annex: true,
      position: 1,
    });
    await em.flush();
    annexId = annex.id;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('hides the history of an individual act’s documents from users without the hr permission', async () => {
    const res = await app.gql(
      'mutation($id: ID!) { setAnnexWithheld(documentId: $id, withheld: true) { withheld } }',
      { id: annexId },
      admin,
    );
    expect(res.errors).toBeUndefined();
    const query = '{ auditLog(first: 50) { nodes { action targetId } } }';
    const seenByAdmin = await app.gql<{
      auditLog: { nodes: { action: string; targetId: string }[] };
    }>(query, {}, admin);
    expect(seenByAdmin.data!.auditLog.nodes.some((n) => n.targetId === annexId)).toBe(true);
    const seenByViewer = await app.gql<{
      auditLog: { nodes: { action: string; targetId: string }[] };
    }>(query, {}, viewer);
    expect(seenByViewer.errors).toBeUndefined();
    expect(seenByViewer.data!.auditLog.nodes.some((n) => n.targetId === annexId)).toBe(false);
  });
});
