import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import {
  ActNature,
  ActSource,
  ActStatus,
  PublicationDecision,
} from '../../src/domains/acts/act.enums.js';
import { Act } from '../../src/domains/acts/act.entity.js';
import { Document } from '../../src/domains/acts/document.entity.js';
import { Deposit, DepositStatus } from '../../src/domains/deposits/deposit.entity.js';
import { Organization } from '../../src/identity/tenants/organization.entity.js';
import type { GqlResponse, TestApp } from './test-app.js';

/** Identity test helpers: everything through GraphQL, except acts and deposits (seeded with the ORM). */

export function em(app: TestApp): EntityManager {
  return app.runtime.components.orm.em.fork() as EntityManager;
}

/** data of a response, or throws with its errors. */
export function ok<T>(res: GqlResponse<T>): T {
  if (!res.data || res.errors?.length) {
    throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  }
  return res.data;
}

export function codeOf(res: GqlResponse<unknown>): string | undefined {
  return res.errors?.[0]?.extensions?.code;
}

export async function createOrg(
  app: TestApp,
  admin: string,
  siren: string,
  name: string,
): Promise<string> {
  const res = await app.gql<{ createOrganization: { id: string } }>(
    'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }',
    { i: { siren, name } },
    admin,
  );
  return ok(res).createOrganization.id;
}

export interface MemberSpec {
  siren: string;
  role: 'VIEWER' | 'EDITOR' | 'ADMIN';
  hr?: boolean;
}

export interface CreatedUser {
  id: string;
  email: string;
  password: string;
  token: string;
}

export async function login(app: TestApp, email: string, password: string): Promise<string> {
  const res = await app.gql<{ login: { token: string } }>(
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: email, p: password },
  );
  return ok(res).login.token;
}

/** Creates a user (by the platform admin), gives memberships, signs them in. */
export async function createUser(
  app: TestApp,
  admin: string,
  email: string,
  memberships: MemberSpec[] = [],
  extra: { isPlatformAdmin?: boolean } = {},
): Promise<CreatedUser> {
  const password = `mdp-${email}`;
  const res = await app.gql<{ createUser: { id: string } }>(
    'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
    { i: { email, password, displayName: email.split('@')[0], ...extra } },
    admin,
  );
  const id = ok(res).createUser.id;
  for (const m of memberships) {
    ok(
      await app.gql(
        'mutation($i: AddMembershipInput!) { addMembership(input: $i) { role } }',
        { i: { userId: id, siren: m.siren, role: m.role, hr: m.hr ?? false } },
        admin,
      ),
    );
  }
  return { id, email, password, token: await login(app, email, password) };
}

export async function createKey(
  app: TestApp,
  token: string,
  scopes: string[],
  sirens: string[] = [],
  name = 'clé de test',
): Promise<{ id: string; secret: string }> {
  const res = await app.gql<{ createApiKey: { key: { id: string }; secret: string } }>(
    'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { key { id } secret } }',
    { i: { name, scopes, sirens } },
    token,
  );
  const d = ok(res).createApiKey;
  return { id: d.key.id, secret: d.secret };
}

export interface ActSpec {
  nature?: ActNature;
  status?: ActStatus;
  subject?: string;
  number?: string;
  annex?: boolean;
}

/** An act with one main document (and an annex), straight into the database. */
export async function seedAct(app: TestApp, siren: string, spec: ActSpec = {}): Promise<string> {
  const e = em(app);
  const org = await e.findOneOrFail(Organization, { siren });
  const status = spec.status ?? ActStatus.TO_DECIDE;
  const act = e.create(Act, {
    organization: org,
    number: spec.number ?? `N-${randomUUID().slice(0, 8)}`,
    date: '2024-03-01',
    subject: spec.subject ?? `Acte de ${org.name}`,
    nature: spec.nature ?? ActNature.DELIBERATION,
    publicationDecision:
      status === ActStatus.PUBLISHED ? PublicationDecision.PUBLISH : PublicationDecision.UNDECIDED,
    status,
    publishedAt: status === ActStatus.PUBLISHED ? new Date() : null,
    source: ActSource.API,
  });
  const doc = (annex: boolean, i: number) =>
    e.create(Document, {
      act,
      fileName: annex ? `annexe-${i}.pdf` : 'acte.pdf',
      mediaType: 'application/pdf',
      size: 10,
      sha256: '0'.repeat(64),
      storageKey: `k-${randomUUID()}`,
      annex,
      position: i,
    });
  doc(false, 0);
  if (spec.annex ?? true) {
    doc(true, 1);
  }
  await e.flush();
  return act.id;
}

export async function seedDeposit(
  app: TestApp,
  siren: string | null,
  actId?: string,
): Promise<string> {
  const e = em(app);
  const d = e.create(Deposit, {
    fileName: `${randomUUID()}.zip`,
    siren,
    sha256: randomUUID().replace(/-/g, '').padEnd(64, '0'),
    status: actId ? DepositStatus.DONE : DepositStatus.FAILED,
    errorCode: actId ? null : 'deposits/bad_zip',
    storedPath: '/nonexistent/deposit.zip',
    act: actId ? e.getReference(Act, actId) : null,
  });
  await e.flush();
  return d.id;
}
