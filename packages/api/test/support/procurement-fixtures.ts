/* eslint-disable @typescript-eslint/no-explicit-any */
import { writeFile, mkdir } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Organization } from '../../src/identity/tenants/organization.entity.js';
import { ContractImport } from '../../src/domains/procurement/contract-import.entity.js';
import { ContractSource } from '../../src/domains/procurement/contract-source.entity.js';
import { writeContracts } from '../../src/domains/procurement/contract-writer.js';
import {
  ContractImportOrigin,
  ContractImportStatus,
  ContractOrigin,
} from '../../src/domains/procurement/procurement.enums.js';
import type { TestApp } from './test-app.js';
import type { GqlResponse } from './test-app.js';
import { decpFixture } from '../fixtures/shared-fixtures.js';
import decp203 from '../../src/domains/procurement/schemas/decp-2.0.3.schema.json' with { type: 'json' };
import type { SchemaNode } from '../../src/domains/procurement/decp-schema-walk.js';
import { jsonRecordToXml } from '../../src/domains/procurement/decp-xml.js';

/** SIREN of the buyer of the official marché examples (acheteur 21750001630066). */
export const DECP_BUYER = '217500016';

/** Uploads a DECP file through GraphQL (multipart), as the admin does. */
export async function uploadDecp(
  app: TestApp,
  token: string | undefined,
  siren: string,
  content: string | Buffer,
  fileName: string,
  fields = 'id status total created updated unchanged refused errorCode message errors { index kind decpId path code message } warnings { code message path }',
): Promise<GqlResponse<{ importContracts: Record<string, any>[] }>> {
  const form = new FormData();
  form.append(
    'operations',
    JSON.stringify({
      query: `mutation($s: String!, $f: Upload!) { importContracts(siren: $s, file: $f) { ${fields} } }`,
      variables: { s: siren, f: null },
    }),
  );
  form.append('map', JSON.stringify({ 0: ['variables.f'] }));
  form.append(
    '0',
    new Blob([typeof content === 'string' ? content : new Uint8Array(content)]),
    fileName,
  );
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: {
      'apollo-require-preflight': 'true',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: form,
  });
  return (await res.json()) as never;
}

/** The official example, parsed (a fresh copy each time). */
export function decpExample(name: string): { marches: Record<string, Record<string, any>[]> } {
  return JSON.parse(decpFixture(`exemples/json/${name}`));
}

/** Writes a file where the DECP watcher spools it (`decp/queued`), as the watcher would. */
export async function spoolDecp(app: TestApp, content: string, name: string): Promise<string> {
  const queued = path.join(path.dirname(app.config.decp.dir), 'queued');
  await mkdir(queued, { recursive: true });
  const file = path.join(queued, `${randomBytes(18).toString('hex')}__${name}`);
  await writeFile(file, content);
  return file;
}

/** A minimal valid marché of this buyer (the official example, with this id). */
export function marcheOf(siren: string, id: string): Record<string, any> {
  const record = decpExample('marches_avec_modifications.json').marches.marche![0]!;
  return { ...record, id, acheteur: { id: `${siren}00015` } };
}

/** A contract of this organisation, straight into the database (the writer's rules). */
export async function seedContract(app: TestApp, siren: string, id = randomId()): Promise<string> {
  const e = app.runtime.components.orm.em.fork();
  const org = await e.findOneOrFail(Organization, { siren });
  const res = await writeContracts(
    e,
    org,
    [{ kind: 'marche', record: marcheOf(siren, id) }],
    ContractOrigin.FILE,
    null,
  );
  await e.flush();
  return res.changed[0]!.id;
}

/** An import report of this organisation (null: a file whose buyer could not be read). */
export async function seedImport(app: TestApp, siren: string | null): Promise<string> {
  const e = app.runtime.components.orm.em.fork();
  const org = siren ? await e.findOneOrFail(Organization, { siren }) : null;
  const imp = e.create(ContractImport, {
    organization: org,
    origin: ContractImportOrigin.FOLDER,
    fileName: 'marches.json',
    status: ContractImportStatus.FAILED,
    errorCode: 'procurement/invalid_json',
    message: 'Le fichier n’est pas un JSON valide.',
  });
  await e.flush();
  return imp.id;
}

export async function seedSource(app: TestApp, siren: string): Promise<string> {
  const e = app.runtime.components.orm.em.fork();
  const org = await e.findOneOrFail(Organization, { siren });
  const s = e.create(ContractSource, { organization: org, url: 'https://exemple.fr/decp.json' });
  await e.flush();
  return s.id;
}

export const randomId = () => `T${randomBytes(5).toString('hex')}`.slice(0, 12);

/**
 * A DECP 2.0 JSON text of `count` marchés built from the official example (unique ids
 * `${prefix}000001`…, varied amounts and subjects), optionally cut short by a syntax error
 * right after the `breakAfter`-th record.
 */
export function manyMarches(count: number, prefix = 'GEN', breakAfter?: number): string {
  const template = decpExample('marches_avec_modifications.json').marches.marche[0];
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const r = structuredClone(template);
    r.id = `${prefix}${String(i).padStart(6, '0')}`;
    r.objet = `Marché généré ${i}`;
    r.montant = 1000 + i;
    parts.push(JSON.stringify(r));
    if (breakAfter !== undefined && i + 1 === breakAfter) {
      parts.push('{"id": "CASSE", "objet": oups}');
      break;
    }
  }
  return `{"marches":{"marche":[\n${parts.join(',\n')}\n]}}\n`;
}

/**
 * The same as `manyMarches`, as an XML DECP file (XSD 2.0.2 names); with `breakAfter`, a
 * malformed element follows that many records.
 */
export function manyMarchesXml(count: number, prefix = 'GEN', breakAfter?: number): string {
  const doc = JSON.parse(manyMarches(count, prefix)) as { marches: { marche: any[] } };
  const parts: string[] = [];
  for (const [i, r] of doc.marches.marche.entries()) {
    parts.push(jsonRecordToXml(decp203 as unknown as SchemaNode, 'marche', r));
    if (breakAfter !== undefined && i + 1 === breakAfter) {
      parts.push('  <marche><id>CASSE</objet></marche>\n');
      break;
    }
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<marches>\n${parts.join('')}</marches>\n`;
}
