import type { EntityManager } from '@mikro-orm/core';
import { sha256Hex } from '../../core/sha256.js';
import type { Organization } from '../../identity/tenants/organization.entity.js';
import { Contract } from './contract.entity.js';
import { ContractVersion } from './contract-version.entity.js';
import {
  canonicalJson,
  summarize,
  type DecpKind,
  type DecpRecord,
  type DecpSummary,
} from './decp-record.js';
import { type ContractOrigin, KIND_OF } from './procurement.enums.js';

export interface RecordToWrite {
  kind: DecpKind;
  record: DecpRecord;
}

export interface WriteResult {
  created: number;
  updated: number;
  unchanged: number;
  /** Contracts created or changed (for the files and the links to acts). */
  changed: Contract[];
}

/** Lower-case, accent-free text for the `text` and `holder` filters. */
export function foldText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

export const hashOf = (r: DecpRecord) => sha256Hex(Buffer.from(canonicalJson(r)));

/**
 * Modifications already received and missing from a republished record are kept (a buyer's
 * export may only carry the latest ones): the history only grows.
 */
export function mergeModifications(previous: DecpRecord, next: DecpRecord): DecpRecord {
  const old = Array.isArray(previous.modifications) ? previous.modifications : [];
  const cur = Array.isArray(next.modifications) ? next.modifications : [];
  const idOf = (w: unknown) => Number((w as { modification?: { id?: unknown } }).modification?.id);
  const ids = new Set(cur.map(idOf));
  const kept = old.filter((w) => !ids.has(idOf(w)));
  if (kept.length === 0) {
    return next;
  }
  return { ...next, modifications: [...kept, ...cur].sort((a, b) => idOf(a) - idOf(b)) };
}

/** Sets a contract's columns from its record (an entity, or a row about to be inserted). */
export function apply(c: Partial<Contract>, s: DecpSummary, record: DecpRecord, sha: string) {
  Object.assign(c, {
    decpId: s.decpId,
    buyerSiret: s.buyerSiret,
    kind: KIND_OF[s.kind],
    nature: s.nature,
    subject: s.subject,
    procedure: s.procedure,
    cpv: s.cpv,
    amount: s.amount,
    initialAmount: s.initialAmount,
    notifiedOn: s.notifiedOn.slice(0, 10),
    publishedOn: s.publishedOn.slice(0, 10),
    year: Number(s.notifiedOn.slice(0, 4)),
    durationMonths: s.durationMonths,
    initialDurationMonths: s.initialDurationMonths,
    holders: s.holders,
    modifications: s.modifications,
    record,
    sha256: sha,
    searchText: foldText(
      [
        s.decpId,
        s.subject,
        s.nature,
        s.procedure,
        s.cpv ?? '',
        ...s.holders.map((h) => h.identifier),
      ].join(' '),
    ),
  });
}

/**
 * Creates or updates the contracts of one buyer organisation from valid records (one flush by
 * the caller). A record is identified by its buyer's SIRET and its `id`; the same record again
 * changes nothing; a changed one updates the contract and adds a version.
 */
export async function writeContracts(
  em: EntityManager,
  org: Organization,
  records: RecordToWrite[],
  origin: ContractOrigin,
  importId: string | null,
  opts: { merge?: boolean } = {},
): Promise<WriteResult> {
  const result: WriteResult = { created: 0, updated: 0, unchanged: 0, changed: [] };
  const keys = records.map((r) => summarize(r.kind, r.record));
  const existing = keys.length
    ? await em.find(Contract, {
        // Both columns of the (buyerSiret, decpId) unique index: a lookup, not a scan of the
        // organisation's contracts (which made a large file quadratic).
        buyerSiret: { $in: [...new Set(keys.map((k) => k.buyerSiret))] },
        decpId: { $in: [...new Set(keys.map((k) => k.decpId))] },
        organization: org,
      })
    : [];
  const byKey = new Map(existing.map((c) => [`${c.buyerSiret}/${c.decpId}`, c]));
  records.forEach((r, i) => {
    const key = `${keys[i]!.buyerSiret}/${keys[i]!.decpId}`;
    const current = byKey.get(key);
    const record =
      current && opts.merge !== false ? mergeModifications(current.record, r.record) : r.record;
    const sha = hashOf(record);
    if (current?.sha256 === sha) {
      result.unchanged++;
      return;
    }
    const summary = summarize(r.kind, record);
    const contract = current ?? em.create(Contract, { organization: org, origin } as never);
    apply(contract, summary, record, sha);
    if (current) {
      contract.origin = origin;
      result.updated++;
    } else {
      result.created++;
      byKey.set(key, contract);
    }
    em.create(ContractVersion, {
      contract,
      record,
      sha256: sha,
      modificationCount: summary.modifications.length,
      amount: summary.amount,
      origin,
      importId,
    });
    if (!result.changed.includes(contract)) {
      result.changed.push(contract);
    }
  });
  return result;
}
