/* eslint-disable @typescript-eslint/no-explicit-any */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../src/app/services.js';
import { systemViewer } from '../../src/core/viewer.js';
import { ActNature, ActStatus } from '../../src/domains/acts/act.enums.js';
import { Act } from '../../src/domains/acts/act.entity.js';
import { BudgetDocument } from '../../src/domains/budgets/budget-document.entity.js';
import { BudgetImportStatus, BudgetStage } from '../../src/domains/budgets/budget.enums.js';
import { SireneService } from '../../src/domains/sirene/sirene.service.js';
import { portsOf } from '../../src/infra/components.js';
import { SireneClient } from '../../src/infra/sirene/sirene-client.js';
import { Organization } from '../../src/identity/tenants/organization.entity.js';
import { codeOf, createOrg, createUser, em, ok, seedAct } from '../support/identity-fixtures.js';
import { startFakeSirene } from '../support/fake-sirene.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { mysqlSkipReason } from '../support/test-db.js';

const skip = mysqlSkipReason();
const KEY = 'cle-sirene-secrete-0123456789';
const KNOWN = '215600461';
const NAMED = '200067213';
const UNKNOWN = '213501760';
const HIDDEN_NAME = 'Foyer protégé rue secrète';

describe.skipIf(skip)('SIRENE enrichment against a local fake of the INSEE API', () => {
  let app: TestApp;
  let admin: string;
  let fake: Awaited<ReturnType<typeof startFakeSirene>>;
  const services = () => createServices(em(app), app.runtime.components, systemViewer('test'));

  beforeAll(async () => {
    fake = await startFakeSirene([
      {
        siren: KNOWN,
        name: 'COMMUNE DE CRACH',
        legalCategory: '7210',
        headNic: '00010',
        establishments: [
          { nic: '00010', name: 'MAIRIE DE CRACH', diffusible: true, commune: '56046' },
          { nic: '00028', name: 'SERVICE DE L EAU', diffusible: true, commune: '56046' },
          { nic: '00036', name: HIDDEN_NAME, diffusible: false, commune: '56046' },
        ],
      },
      {
        siren: NAMED,
        name: 'CA DE LA PLATEFORME',
        legalCategory: '7348',
        headNic: '00013',
        establishments: [{ nic: '00013', name: 'SIEGE', diffusible: true, commune: '35238' }],
      },
    ]);
    app = await createTestApp('ops-sirene', {
      SIRENE_API_URL: fake.url,
      SIRENE_API_KEY: KEY,
      SIRENE_PER_MINUTE: '6000',
    });
    admin = await app.loginAdmin();
    await createOrg(app, admin, KNOWN, `Collectivité ${KNOWN}`);
    await createOrg(app, admin, NAMED, 'Agglo (nom choisi)');
    await createOrg(app, admin, UNKNOWN, 'Commune inconnue');
  });
  afterAll(async () => {
    await app?.close();
    await fake?.close();
  });

  it('fills the name, head office, legal category, commune and establishments', async () => {
    const sync = await services().sirene.refresh(KNOWN);
    expect(sync).toMatchObject({
      status: 'OK',
      legalName: 'COMMUNE DE CRACH',
      headOfficeSiret: `${KNOWN}00010`,
      establishments: 2,
      hiddenEstablishments: 1,
      errorCode: null,
    });
    const org = await em(app).findOneOrFail(Organization, { siren: KNOWN });
    expect(org).toMatchObject({
      name: 'COMMUNE DE CRACH',
      siret: `${KNOWN}00010`,
      legalCategory: '7210',
      inseeCode: '56046',
    });
    // The key went in the header INSEE's portal expects, and nowhere else.
    const asked = fake.requests.filter((r) => r.url.includes(KNOWN));
    expect(asked.map((r) => r.url)).toEqual([
      `/siren/${KNOWN}`,
      expect.stringMatching(new RegExp(`^/siret\\?q=siren%3A${KNOWN}&nombre=1000$`)),
    ]);
    expect(asked.every((r) => r.headers['x-insee-api-key-integration'] === KEY)).toBe(true);
  });

  it('keeps a name chosen on the platform (only a placeholder name is replaced)', async () => {
    await services().sirene.refresh(NAMED);
    const org = await em(app).findOneOrFail(Organization, { siren: NAMED });
    expect(org.name).toBe('Agglo (nom choisi)');
    expect(org.inseeCode).toBe('35238');
  });

  it('never shows a non-diffusible establishment, to anyone', async () => {
    const anonymous = ok(
      await app.gql<any>(
        'query($s: String!) { establishments(siren: $s) { siret name headOffice } }',
        {
          s: KNOWN,
        },
      ),
    ).establishments;
    expect(anonymous.map((e: any) => e.siret)).toEqual([`${KNOWN}00010`, `${KNOWN}00028`]);
    const asAdmin = await app.gql<any>(
      'query($s: String!) { establishments(siren: $s) { siret name } sireneSync(siren: $s) { status establishments hiddenEstablishments legalName } }',
      { s: KNOWN },
      admin,
    );
    const text = JSON.stringify(asAdmin);
    expect(text).not.toContain(HIDDEN_NAME);
    expect(text).not.toContain('[ND]');
    expect(text).not.toContain(`${KNOWN}00036`);
    expect(text).not.toContain(KEY);
    expect(ok(asAdmin).sireneSync).toMatchObject({ status: 'OK', hiddenEstablishments: 1 });
  });

  it('records a SIREN unknown to INSEE (404) and keeps the data as entered', async () => {
    const sync = await services().sirene.refresh(UNKNOWN);
    expect(sync).toMatchObject({ status: 'NOT_FOUND', errorCode: 'sirene/not-found' });
    const org = await em(app).findOneOrFail(Organization, { siren: UNKNOWN });
    expect(org).toMatchObject({ name: 'Commune inconnue', inseeCode: null });
  });

  it('waits for Retry-After on a 429, then gives up with a recorded failure', async () => {
    fake.modes.set(NAMED, 'rate-limited-once');
    expect((await services().sirene.refresh(NAMED)).status).toBe('OK');
    fake.modes.set(KNOWN, 'rate-limited');
    const sync = await services().sirene.refresh(KNOWN);
    expect(sync).toMatchObject({ status: 'FAILED', errorCode: 'sirene/rate-limited' });
    // The previous enrichment stays.
    const org = await em(app).findOneOrFail(Organization, { siren: KNOWN });
    expect(org.inseeCode).toBe('56046');
    expect(sync.legalName).toBe('COMMUNE DE CRACH');
    fake.modes.delete(KNOWN);
    fake.modes.delete(NAMED);
  }, 20_000);

  it('records an unreachable API without failing (offline)', async () => {
    const offline = new SireneService(
      em(app),
      services().access,
      new SireneClient({ url: 'http://127.0.0.1:1', apiKey: KEY, perMinute: 6000 }),
      portsOf(app.runtime.components),
    );
    const sync = await offline.refresh(NAMED);
    expect(sync).toMatchObject({ status: 'FAILED', errorCode: 'sirene/unreachable' });
  });

  it('lets the organisation’s administrators ask for a refresh, not its viewers', async () => {
    const viewer = await createUser(app, admin, 'lecteur@crach.test', [
      { siren: KNOWN, role: 'VIEWER' },
    ]);
    const orgAdmin = await createUser(app, admin, 'admin@crach.test', [
      { siren: KNOWN, role: 'ADMIN' },
    ]);
    const doc = 'mutation($s: String!) { refreshSirene(siren: $s) }';
    expect(codeOf(await app.gql(doc, { s: KNOWN }, viewer.token))).toBe('auth/forbidden');
    expect(codeOf(await app.gql(doc, { s: KNOWN }))).toBe('auth/unauthenticated');
    const id = ok(await app.gql<any>(doc, { s: KNOWN }, orgAdmin.token)).refreshSirene;
    expect(typeof id).toBe('string');
  });

  it('names a budget establishment from SIRENE when its file does not', async () => {
    const actId = await seedAct(app, KNOWN, {
      nature: ActNature.BUDGET,
      status: ActStatus.PUBLISHED,
    });
    const e = em(app);
    const act = await e.findOneOrFail(Act, { id: actId }, { populate: ['organization'] });
    e.create(BudgetDocument, {
      act,
      organization: act.organization,
      status: BudgetImportStatus.IMPORTED,
      year: 2024,
      stage: BudgetStage.BP,
      siret: `${KNOWN}00028`,
      nomenclature: 'M14-M14_COM_500_3500',
      planYear: 2024,
      lineCount: 0,
      lines: [],
    });
    await e.flush();
    const [doc] = ok(
      await app.gql<any>(
        'query($s: String!) { budgetDocuments(siren: $s) { siret establishmentName } }',
        {
          s: KNOWN,
        },
      ),
    ).budgetDocuments;
    expect(doc).toEqual({ siret: `${KNOWN}00028`, establishmentName: 'SERVICE DE L EAU' });
  });
});

describe.skipIf(skip)('SIRENE not configured', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp('ops-sirene-off');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('changes nothing and queues nothing', async () => {
    const admin = await app.loginAdmin();
    await createOrg(app, admin, KNOWN, 'Commune saisie');
    const res = await app.gql<any>(
      'mutation($s: String!) { refreshSirene(siren: $s) }',
      { s: KNOWN },
      admin,
    );
    expect(ok(res).refreshSirene).toBeNull();
    const s = createServices(em(app), app.runtime.components, systemViewer('test'));
    expect(s.sirene.configured).toBe(false);
    await s.sirene.refresh(KNOWN);
    const org = await em(app).findOneOrFail(Organization, { siren: KNOWN });
    expect(org).toMatchObject({ name: 'Commune saisie', inseeCode: null, legalCategory: null });
  });
});
