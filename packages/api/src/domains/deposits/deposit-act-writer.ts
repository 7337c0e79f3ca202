import type { EntityManager } from '@mikro-orm/core';
import type { AuditService } from '../../identity/audit/audit.service.js';
import { Organization } from '../../identity/tenants/organization.entity.js';
import { decisionFor, decisionRule, statusFor } from '../acts/act-rules.js';
import { ActSource, ActStatus, NATURE_BY_CODE } from '../acts/act.enums.js';
import { depositFields, documentFields } from './deposit-act-fields.js';
import { Act } from '../acts/act.entity.js';
import { Document } from '../acts/document.entity.js';
import { updateActFromDeposit } from './deposit-act-update.js';
import type { ParsedDepositInfo, StoredFile } from './deposit-prep.js';
import type { Deposit } from './deposit.entity.js';

/** One parsed deposit, its files already stored, whose act is written in the unit of work. */
export interface ActWrite {
  deposit: Deposit;
  parsed: ParsedDepositInfo;
  stored: StoredFile[];
}

/**
 * The keys of the act a deposit is about: its Pastell id_d, and its number and date. An act is
 * one organisation's number at one date, whatever the zip is called: two deposits sharing either
 * key are about the same act (so a batch takes them in turn).
 */
export function actKeys(zipName: string, parsed: ParsedDepositInfo): string[] {
  const { siren, number, date } = parsed.deposit;
  return [`${siren}/id/${pastellIdOf(zipName, parsed)}`, `${siren}/act/${number}/${date}`];
}

function pastellIdOf(zipName: string, parsed: ParsedDepositInfo): string {
  return parsed.deposit.idD ?? zipName.replace(/\.zip$/i, '');
}

/**
 * Creates or updates the acts and documents of several deposits (each about a different act),
 * with one query for their organisations and one for their acts. An existing act is found by
 * its Pastell id or, under any other name, by its number and date; it is updated keeping every
 * staff decision (see deposit-act-update.ts). Returns, per write, the act that changed (null
 * when the deposit brought nothing new). Nothing is flushed here: the caller's single flush
 * commits organisations, acts, documents and deposit statuses atomically.
 */
export async function writeDepositActs(
  em: EntityManager,
  audit: AuditService,
  writes: ActWrite[],
): Promise<(Act | null)[]> {
  const sirens = [...new Set(writes.map((w) => w.parsed.deposit.siren))];
  const orgs = new Map(
    (await em.find(Organization, { siren: { $in: sirens } })).map((o) => [o.siren, o]),
  );
  const byPastellId = new Map<string, Act>();
  const byNumber = new Map<string, Act>();
  if (orgs.size) {
    const acts = await em.find(
      Act,
      {
        organization: { $in: [...orgs.values()] },
        $or: [
          { pastellId: { $in: writes.map((w) => pastellIdOf(w.deposit.fileName, w.parsed)) } },
          ...writes.map((w) => ({ number: w.parsed.deposit.number, date: w.parsed.deposit.date })),
        ],
      },
      { populate: ['documents', 'documents.extractedText'] },
    );
    for (const act of acts) {
      const siren = act.organization.siren;
      byPastellId.set(`${siren}/${act.pastellId}`, act);
      byNumber.set(`${siren}/${act.number}/${act.date}`, act);
    }
  }
  return writes.map(({ deposit, parsed, stored }) => {
    const meta = parsed.deposit;
    const warnings = [...parsed.warnings];
    let org = orgs.get(meta.siren);
    if (!org) {
      // A SIREN unknown to the platform is not trusted blindly: its acts are recorded and
      // decided as usual, but nothing of it is public until an administrator checks it.
      org = em.create(Organization, {
        siren: meta.siren,
        name: meta.entityName?.trim() || `Collectivité ${meta.siren}`,
        openDataActive: false,
        needsReview: true,
      });
      orgs.set(meta.siren, org);
      warnings.push(
        `Collectivité ${meta.siren} créée à partir du dépôt, à vérifier : son open data reste désactivé jusqu’à ce qu’un administrateur de la plateforme l’active.`,
      );
    }
    const pastellId = pastellIdOf(deposit.fileName, parsed);
    const existing =
      byPastellId.get(`${meta.siren}/${pastellId}`) ??
      byNumber.get(`${meta.siren}/${meta.number}/${meta.date}`) ??
      null;
    Object.assign(deposit, { siren: org.siren, pastellId, warnings });
    if (existing) {
      deposit.act = existing;
      const changed = updateActFromDeposit(em, audit, existing, { parsed, stored, pastellId });
      warnings.push(...changed.notes);
      return changed.act;
    }
    const nature = NATURE_BY_CODE[meta.nature]!;
    const publicationDecision = decisionFor(meta.publicationOpenData, nature);
    const status = statusFor(publicationDecision);
    const act = em.create(Act, {
      ...depositFields(parsed),
      organization: org,
      pastellId,
      source: ActSource.DEPOSIT,
      publicationDecision,
      status,
      publishedAt: status === ActStatus.PUBLISHED ? new Date() : null,
    });
    stored.forEach((s, position) => em.create(Document, documentFields(act, s, position)));
    recordReception(audit, act, decisionRule(meta.publicationOpenData, nature));
    byPastellId.set(`${meta.siren}/${pastellId}`, act);
    byNumber.set(`${meta.siren}/${meta.number}/${meta.date}`, act);
    deposit.act = act;
    return act;
  });
}

/** The act's first history entries: received from Pastell, then published by the rule if so. */
function recordReception(audit: AuditService, act: Act, rule: string): void {
  const target = { type: 'Act', id: act.id, siren: act.organization.siren };
  audit.record('act.receive', target, undefined, {
    publicationDecision: act.publicationDecision,
    rule,
  });
  if (act.status === ActStatus.PUBLISHED) {
    audit.record('act.auto_publish', target, undefined, {
      status: act.status,
      publishedAt: act.publishedAt,
      rule,
    });
  }
}
