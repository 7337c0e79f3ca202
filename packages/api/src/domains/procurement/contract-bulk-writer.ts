import type { EntityManager } from '@mikro-orm/core';
import { uuidv7 } from '../../core/ids.js';
import { insertRows } from '../../infra/db/insert-rows.js';
import type { Organization } from '../../identity/tenants/organization.entity.js';
import { Contract } from './contract.entity.js';
import { ContractVersion } from './contract-version.entity.js';
import { linkContractsToActs } from './contract-links.js';
import { apply, hashOf, mergeModifications, type RecordToWrite } from './contract-writer.js';
import { summarize, type DecpRecord } from './decp-record.js';
import type { ContractOrigin } from './procurement.enums.js';

/** A contract created by the file: a row inserted as is, never an entity in the unit of work. */
type ContractRow = Partial<Contract> & { id: string; decpId: string; record: DecpRecord };

export interface BulkWriteResult {
  created: number;
  updated: number;
  unchanged: number;
  /** Contracts created or changed: their year (for the files). */
  changedYears: number[];
}

/**
 * The import's writer (the same rules as writeContracts, for a whole batch of a file): the
 * contracts already stored are found by their unique key and updated through the unit of work
 * (flushed by the caller), new contracts and every version are inserted as rows by batched
 * INSERTs in the caller's transaction, without entities: the cost per record does not grow with
 * the unit of work, and nothing of a batch stays in memory after it.
 */
export async function writeContractsBulk(
  em: EntityManager,
  org: Organization,
  records: RecordToWrite[],
  origin: ContractOrigin,
  importId: string,
): Promise<BulkWriteResult> {
  const result: BulkWriteResult = { created: 0, updated: 0, unchanged: 0, changedYears: [] };
  if (records.length === 0) {
    return result;
  }
  const keys = records.map((r) => summarize(r.kind, r.record));
  // By the (buyerSiret, decpId) unique index alone: with the organisation in the condition,
  // SQLite's planner prefers its index and scans all of its contracts (quadratic on a big file).
  // A SIRET belongs to one organisation (its SIREN), so the filter below only guards.
  const existing = (
    await em.find(Contract, {
      buyerSiret: { $in: [...new Set(keys.map((k) => k.buyerSiret))] },
      decpId: { $in: [...new Set(keys.map((k) => k.decpId))] },
    })
  ).filter((c) => c.organization.id === org.id);
  const byKey = new Map<string, Contract | ContractRow>(
    existing.map((c) => [`${c.buyerSiret}/${c.decpId}`, c]),
  );
  const created: ContractRow[] = [];
  const changed = new Set<Contract | ContractRow>();
  const versions: Record<string, unknown>[] = [];
  // As the unit of work writes dates (SQLite: epoch milliseconds), not as a formatted text.
  const now = em.getPlatform().processDateProperty(new Date());
  records.forEach((r, i) => {
    const key = `${keys[i]!.buyerSiret}/${keys[i]!.decpId}`;
    const current = byKey.get(key);
    const record = current ? mergeModifications(current.record!, r.record) : r.record;
    const sha = hashOf(record);
    if (current?.sha256 === sha) {
      result.unchanged++;
      return;
    }
    const summary = summarize(r.kind, record);
    let contract = current;
    if (!contract) {
      const row: ContractRow = { id: uuidv7(), decpId: summary.decpId, record, act: null };
      created.push(row);
      byKey.set(key, row);
      contract = row;
      result.created++;
    } else {
      result.updated++; // stored, or met earlier in this batch (the row takes the later one)
    }
    apply(contract, summary, record, sha);
    contract.origin = origin;
    changed.add(contract);
    versions.push({
      id: uuidv7(),
      createdAt: now,
      updatedAt: now,
      contract: contract.id,
      record,
      sha256: sha,
      modificationCount: summary.modifications.length,
      amount: summary.amount,
      origin,
      importId,
    });
  });
  await linkContractsToActs(em, org, [...changed]);
  await insertRows(
    em,
    Contract,
    created.map((c) => ({
      ...c,
      organization: org.id,
      act: c.act ? c.act.id : null,
      actLinkManual: false,
      createdAt: now,
      updatedAt: now,
    })),
  );
  await insertRows(em, ContractVersion, versions);
  result.changedYears = [...changed].map((c) => c.year!);
  return result;
}
