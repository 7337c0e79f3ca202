import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../src/app/services.js';
import { systemViewer } from '../../src/core/viewer.js';
import { ActStatus } from '../../src/domains/acts/act.enums.js';
import { Act } from '../../src/domains/acts/act.entity.js';
import { documentPath } from '../../src/domains/acts/act-visibility.js';
import { datasetFile } from '../../src/domains/datasets/dataset-paths.js';
import { Deposit } from '../../src/domains/deposits/deposit.entity.js';
import { AuditEntry } from '../../src/identity/audit/audit-entry.entity.js';
import { Organization } from '../../src/identity/tenants/organization.entity.js';
import { buildDeposit, minimalPdf, writeDeposit } from '../fixtures/deposit.fixture.js';
import { mysqlSkipReason } from '../support/test-db.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const skip = mysqlSkipReason();
const ANNEX = 'Annexe 1 - Étude d’impact.pdf';
const SIREN = '213502388';

/** Deposit versions of one act: the annex keeps the same bytes whatever the subject. */
const version = (metadata: Record<string, unknown>) =>
  buildDeposit({
    metadata: { date_de_lacte: '2024-05-02', date_ar: '2024-05-06', ...metadata },
    contents: { [ANNEX]: minimalPdf('Annexe : étude d’impact (texte fixe)') },
  });

describe.skipIf(skip)('a new version of a deposit never undoes a staff decision', () => {
  let app: TestApp;
  let token: string;
  const em = () => app.runtime.components.orm.em.fork();
  const services = () => createServices(em(), app.runtime.components, systemViewer('test'));
  const ingest = async (zip: Buffer, name: string) => {
    const file = await writeDeposit(app.config.depositDir, zip, name);
    const [outcome] = await services().depositIngest.ingestBatch([{ path: file }]);
    return outcome!;
  };
  const gql = async <T>(query: string, variables: Record<string, unknown> = {}, auth = true) => {
    const res = await app.gql<T>(query, variables, auth ? token : undefined);
    if (res.errors?.length) {
      throw new Error(JSON.stringify(res.errors));
    }
    return res.data!;
  };
  const status = async (url: string) => (await fetch(`${app.url}${url}`)).status;

  beforeAll(async () => {
    app = await createTestApp('deposit-updates');
    token = await app.loginAdmin();
    await gql(
      `mutation { createOrganization(input: { siren: "${SIREN}", name: "Rennes" }) { id } }`,
    );
  });
  afterAll(async () => {
    await app?.close();
  });

  it('keeps a withheld annex withheld, the edited subject and the publication, and says so', async () => {
    const first = await ingest(await version({ objet: 'Version 1' }), 'upd1.zip');
    const act = await em().findOneOrFail(Act, { id: first.actId! }, { populate: ['documents'] });
    expect(act.status).toBe(ActStatus.PUBLISHED);
    const annex = act.documents.getItems().find((d) => d.annex)!;
    const annexUrl = documentPath(SIREN, act.id, annex.id, annex.fileName);
    expect(await status(annexUrl)).toBe(200);
    await gql('mutation($id: ID!) { setAnnexWithheld(documentId: $id, withheld: true) { id } }', {
      id: annex.id,
    });
    await gql(
      'mutation($id: ID!) { updateActSubject(id: $id, subject: "Objet revu par l’équipe") { id } }',
      {
        id: act.id,
      },
    );
    expect(await status(annexUrl)).toBe(404);

    const second = await ingest(await version({ objet: 'Version 2 (corrigée)' }), 'upd1.zip');
    expect(second).toMatchObject({ status: 'done', actId: act.id });
    const after = await em().findOneOrFail(Act, { id: act.id }, { populate: ['documents'] });
    expect(after.subject).toBe('Objet revu par l’équipe');
    expect(after.status).toBe(ActStatus.PUBLISHED);
    expect(after.publishedAt?.getTime()).toBe(act.publishedAt?.getTime());
    const annexAfter = after.documents.getItems().find((d) => d.annex)!;
    expect(annexAfter).toMatchObject({ id: annex.id, withheld: true, sha256: annex.sha256 });
    expect(await status(annexUrl)).toBe(404);

    const deposit = await em().findOneOrFail(Deposit, { id: second.depositId! });
    expect(deposit.warnings.join('\n')).toMatch(/Acte existant mis à jour/);
    expect(deposit.warnings.join('\n')).toMatch(/objet modifié par l’équipe est conservé/);
    expect(deposit.warnings.join('\n')).toMatch(/annexe\(s\) retenue\(s\)/);
    const audit = await em().findOneOrFail(AuditEntry, {
      action: 'act.updated_by_deposit',
      targetId: act.id,
    });
    const recorded = JSON.parse(audit.after!) as { kept: string[] };
    expect(recorded.kept.join(' ')).toMatch(/objet modifié par l’équipe/);
    expect(recorded.kept.join(' ')).toMatch(/publication/);
  });

  it('never creates a second act for a copy under another name, and keeps the number once in the SCDL file', async () => {
    const zip = await version({ numero_de_lacte: 'COPIE_1', objet: 'Acte recopié' });
    const first = await ingest(zip, 'cop1.zip');
    const copy = await ingest(zip, 'cop1-copie.zip');
    expect(copy.status).toBe('done');
    expect(copy.actId).toBeUndefined();
    const acts = await em().find(Act, { number: 'COPIE_1' });
    expect(acts.map((a) => a.id)).toEqual([first.actId]);
    const deposit = await em().findOneOrFail(Deposit, { id: copy.depositId! });
    expect(deposit.warnings.join('\n')).toMatch(/déjà reçu.*aucun changement/);
    expect(deposit.act?.id).toBe(first.actId);

    // A re-export under another Pastell id with a new subject updates the same act.
    const reexport = await ingest(
      await version({ numero_de_lacte: 'COPIE_1', objet: 'Acte recopié, objet corrigé' }),
      'autreId.zip',
    );
    expect(reexport).toMatchObject({ status: 'done', actId: first.actId });
    expect(await em().count(Act, { number: 'COPIE_1' })).toBe(1);

    const fork = em();
    const org = await fork.findOneOrFail(Organization, { siren: SIREN });
    org.siret = '21350238800019';
    await fork.flush();
    await services().datasetExport.exportDeliberations(SIREN, 2024);
    const csv = await readFile(datasetFile(app.config.dataDir, SIREN, 2024), 'utf8');
    expect(csv.split('\n').filter((l) => l.includes(',COPIE_1,'))).toHaveLength(1);
  });

  it('refuses an upload that repeats an existing number and date, with a clear message', async () => {
    const first = await ingest(await version({ numero_de_lacte: 'UPL_1' }), 'upl.zip');
    expect(first.status).toBe('done');
    const body = new FormData();
    body.append(
      'operations',
      JSON.stringify({
        query:
          'mutation($i: CreateActInput!, $f: [Upload!]!) { createAct(input: $i, files: $f) { id } }',
        variables: {
          i: {
            siren: SIREN,
            number: 'UPL_1',
            date: '2024-05-02',
            subject: 'Doublon',
            nature: 'DELIBERATION',
          },
          f: [null],
        },
      }),
    );
    body.append('map', JSON.stringify({ 0: ['variables.f.0'] }));
    body.append('0', new Blob([minimalPdf('doublon')], { type: 'application/pdf' }), 'd.pdf');
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
      body,
    });
    const json = (await res.json()) as {
      errors?: { message: string; extensions: { code: string } }[];
    };
    expect(json.errors?.[0]?.extensions.code).toBe('acts/duplicate');
    expect(json.errors?.[0]?.message).toMatch(/existe déjà/);
  });

  it('takes a hidden act off every public surface until it is unhidden', async () => {
    const out = await ingest(await version({ numero_de_lacte: 'CACHE_1' }), 'cache.zip');
    const id = out.actId!;
    await services().projection.projectActs([id]);
    const publicQuery = 'query($id: ID!) { publicAct(id: $id) { id } }';
    const search =
      'query($s: String!) { searchActs(siren: $s, query: "CACHE_1", first: 10) { nodes { id } } }';
    expect(
      (await gql<{ publicAct: unknown }>(publicQuery, { id }, false)).publicAct,
    ).not.toBeNull();

    await gql('mutation($ids: [ID!]!) { hideActs(ids: $ids) { updated { id } } }', { ids: [id] });
    await services().projection.projectActs([id]);
    expect((await gql<{ publicAct: unknown }>(publicQuery, { id }, false)).publicAct).toBeNull();
    const hits = await gql<{ searchActs: { nodes: { id: string }[] } }>(
      search,
      { s: SIREN },
      false,
    );
    expect(hits.searchActs.nodes.map((n) => n.id)).not.toContain(id);
    const act = await em().findOneOrFail(Act, { id }, { populate: ['documents'] });
    const main = act.documents.getItems().find((d) => !d.annex)!;
    expect(await status(documentPath(SIREN, id, main.id, main.fileName))).toBe(404);
    await services().datasetExport.exportDeliberations(SIREN, 2024);
    const csv = await readFile(datasetFile(app.config.dataDir, SIREN, 2024), 'utf8');
    expect(csv).not.toContain(',CACHE_1,');

    await gql('mutation($ids: [ID!]!) { unhideActs(ids: $ids) { updated { id } } }', { ids: [id] });
    await services().projection.projectActs([id]);
    expect(
      (await gql<{ publicAct: unknown }>(publicQuery, { id }, false)).publicAct,
    ).not.toBeNull();
  });
});
