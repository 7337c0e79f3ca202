import type { EntityManager } from '@mikro-orm/core';
import { ActSource, NATURE_BY_CODE } from '../acts/act.enums.js';
import { Act } from '../acts/act.entity.js';
import { decisionFor, statusFor } from '../acts/act-rules.js';
import { Document } from '../acts/document.entity.js';
import type { AuditService } from '../../identity/audit/audit.service.js';
import { describeClassification } from '../../shared/actes-nomenclature.js';
import { Organization } from '../../identity/tenants/organization.entity.js';
import type { Deposit } from './deposit.entity.js';
import type { ParsedDepositInfo, StoredFile } from './deposit-prep.js';

/** One parsed deposit, its files already stored, whose act is written in the unit of work. */
export interface ActWrite {
  deposit: Deposit;
  parsed: ParsedDepositInfo;
  stored: StoredFile[];
}

/** The act a deposit is about: its organisation's SIREN and Pastell id_d (or the zip's name). */
export function actKey(zipName: string, parsed: ParsedDepositInfo): string {
  return `${parsed.deposit.siren}/${pastellIdOf(zipName, parsed)}`;
}

function pastellIdOf(zipName: string, parsed: ParsedDepositInfo): string {
  return parsed.deposit.idD ?? zipName.replace(/\.zip$/i, '');
}

/**
 * Creates or updates the acts and documents of several deposits (each about a different act),
 * with one query for their organisations and one for their acts. Returns, per write, the act that
 * changed (null when the deposit brought nothing new). Nothing is flushed here: the caller's
 * single flush commits organisations, acts, documents and deposit statuses atomically.
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
  const existing = new Map<string, Act>();
  if (orgs.size) {
    const acts = await em.find(
      Act,
      {
        organization: { $in: [...orgs.values()] },
        pastellId: { $in: writes.map((w) => pastellIdOf(w.deposit.fileName, w.parsed)) },
      },
      { populate: ['documents'] },
    );
    for (const act of acts) {
      existing.set(`${act.organization.siren}/${act.pastellId}`, act);
    }
  }
  return writes.map(({ deposit, parsed, stored }) => {
    const meta = parsed.deposit;
    const warnings = [...parsed.warnings];
    let org = orgs.get(meta.siren);
    if (!org) {
      org = em.create(Organization, {
        siren: meta.siren,
        name: meta.entityName?.trim() || `Collectivité ${meta.siren}`,
      });
      orgs.set(meta.siren, org);
      warnings.push(`Collectivité ${meta.siren} créée à partir du dépôt.`);
    }
    const pastellId = pastellIdOf(deposit.fileName, parsed);
    let act = existing.get(`${meta.siren}/${pastellId}`) ?? null;
    Object.assign(deposit, { siren: org.siren, pastellId, warnings });
    if (act && act.contentSha256 === parsed.zipSha256) {
      deposit.act = act;
      return null;
    }
    const nature = NATURE_BY_CODE[meta.nature]!;
    const cls = meta.classificationCode ? describeClassification(meta.classificationCode) : null;
    const fields = {
      number: meta.number,
      date: meta.date,
      prefectureAckDate: meta.prefectureAckDate,
      subject: meta.subject,
      nature,
      natureDetail: meta.natureDetail,
      classificationCode: cls?.code ?? null,
      classificationLabel: cls?.label ?? meta.classificationLabel ?? null,
      classificationUnknown: !!cls && !cls.known,
      contentSha256: parsed.zipSha256,
    };
    if (act) {
      const before = { ...pick(act), documents: act.documents.getItems().map((d) => d.sha256) };
      Object.assign(act, fields);
      act.documents.removeAll();
      audit.record(
        'act.updated_by_deposit',
        { type: 'Act', id: act.id, siren: org.siren },
        before,
        { ...pick(act), documents: stored.map((s) => s.file.sha256) },
      );
    } else {
      const publicationDecision = decisionFor(meta.publicationOpenData, nature);
      const status = statusFor(publicationDecision);
      act = em.create(Act, {
        ...fields,
        organization: org,
        pastellId,
        source: ActSource.DEPOSIT,
        publicationDecision,
        status,
        publishedAt: status === 'PUBLISHED' ? new Date() : null,
      });
    }
    const target = act;
    stored.forEach((s, position) => {
      em.create(Document, {
        act: target,
        fileName: s.file.fileName,
        mediaType: s.file.mediaType,
        size: s.file.size,
        sha256: s.file.sha256,
        storageKey: s.key,
        annex: !s.file.main,
        position,
        extractedText: null,
      });
    });
    deposit.act = act;
    return act;
  });
}

function pick(act: Act) {
  return {
    number: act.number,
    date: act.date,
    subject: act.subject,
    nature: act.nature,
    classificationCode: act.classificationCode ?? null,
  };
}
