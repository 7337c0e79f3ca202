import path from 'node:path';
import type { EntityManager } from '@mikro-orm/core';
import { ActSource, NATURE_BY_CODE } from '../acts/act.enums.js';
import { Act } from '../acts/act.entity.js';
import type { ActPorts } from '../acts/act-ports.js';
import { decisionFor, statusFor } from '../acts/act-rules.js';
import { Document } from '../acts/document.entity.js';
import type { AuditService } from '../audit/audit.service.js';
import { describeClassification } from '../datasets/actes-nomenclature.js';
import type { FileStore } from '../files/file-store.js';
import { childLogger } from '../logger.js';
import { Organization } from '../organizations/organization.entity.js';
import { isDepositError } from './deposit-error.js';
import { Deposit, DepositStatus } from './deposit.entity.js';
import { depositDirs, fileExists, moveFile } from './deposit-paths.js';
import { parseDeposit, readDepositSource, type ParsedDeposit } from './parse-deposit.js';

const log = childLogger('deposits');

export interface IngestOutcome {
  status: 'done' | 'failed' | 'skipped';
  depositId?: string;
  actId?: string;
  detail: string;
}

/**
 * Turns one Pastell zip into one act. Idempotent (same zip twice → one act; same id_d with new
 * content → the act is updated and audited) and crash-safe: the database commit comes first, the
 * zip is moved last, and a re-run after a crash finds the deposit and finishes the move.
 */
export class DepositIngestService {
  constructor(
    private readonly em: EntityManager,
    private readonly files: FileStore,
    private readonly audit: AuditService,
    private readonly ports: ActPorts,
    private readonly depositDir: string,
  ) {}

  async ingest(zipPath: string, depositId?: string): Promise<IngestOutcome> {
    const dirs = depositDirs(this.depositDir);
    const fileName = depositFileName(zipPath);
    if (!(await fileExists(zipPath))) {
      return { status: 'skipped', depositId, detail: 'file no longer there (already handled)' };
    }
    // Read once: the same bytes are hashed (idempotency key) and unzipped.
    const source = await readDepositSource(zipPath);
    const { sha256, size } = source;
    let deposit = depositId
      ? await this.em.findOne(Deposit, { id: depositId })
      : await this.em.findOne(Deposit, { fileName, sha256 }, { orderBy: { createdAt: 'desc' } });
    if (deposit && deposit.status === DepositStatus.DONE) {
      await moveFile(zipPath, dirs.processed, `${deposit.id}__${fileName}`);
      return { status: 'skipped', depositId: deposit.id, detail: 'already ingested' };
    }
    if (!deposit) {
      deposit = this.em.create(Deposit, { fileName, sha256, size, status: DepositStatus.RECEIVED, storedPath: zipPath });
    }
    deposit.status = DepositStatus.PROCESSING;
    deposit.attempts += 1;
    deposit.sha256 = sha256;
    deposit.size = size;
    deposit.storedPath = zipPath;
    await this.em.flush();

    let parsed: ParsedDeposit;
    try {
      parsed = await parseDeposit(source);
    } catch (err) {
      if (!isDepositError(err)) {
        throw err;
      }
      deposit.status = DepositStatus.FAILED;
      deposit.errorCode = err.code;
      deposit.errorMessage = err.message;
      deposit.processedAt = new Date();
      deposit.storedPath = await moveFile(zipPath, dirs.quarantine, `${deposit.id}__${fileName}`);
      await this.em.flush();
      log.info({ depositId: deposit.id, code: err.code }, 'deposit quarantined');
      await this.publishProcessed(deposit);
      return { status: 'failed', depositId: deposit.id, detail: err.code };
    }

    const act = await this.upsertAct(deposit, parsed);
    deposit.status = DepositStatus.DONE;
    deposit.errorCode = null;
    deposit.errorMessage = null;
    deposit.processedAt = new Date();
    // The row already names the zip's final place: if the process dies between this commit and
    // the move, the next run finds the deposit DONE and finishes the move.
    deposit.storedPath = path.join(dirs.processed, `${deposit.id}__${fileName}`);
    await this.em.flush();
    await moveFile(zipPath, dirs.processed, `${deposit.id}__${fileName}`);
    // Independent notices, sent together (the outbox writes them in one insert).
    const notices: Promise<unknown>[] = [this.publishProcessed(deposit)];
    if (act) {
      notices.push(this.ports.publish('ACT_CHANGED', { actId: act.id, siren: act.organization.siren, status: act.status, change: 'deposit', at: new Date().toISOString() }));
      notices.push(this.ports.enqueue('acts.project', { actIds: [act.id], reason: 'deposit' }));
      const pdfs = act.documents.getItems().filter((d) => d.mediaType === 'application/pdf').map((d) => d.id);
      if (pdfs.length) {
        notices.push(this.ports.enqueue('documents.extract', { documentIds: pdfs }));
      }
    }
    await Promise.all(notices);
    return { status: 'done', depositId: deposit.id, actId: act?.id, detail: act ? 'act saved' : 'unchanged' };
  }

  /**
   * Creates or updates the act and its documents (null when unchanged). Nothing is flushed here:
   * the caller's single flush commits organisation, act, documents and deposit status atomically.
   */
  private async upsertAct(deposit: Deposit, parsed: ParsedDeposit): Promise<Act | null> {
    const meta = parsed.deposit;
    // Written side by side (each fsync runs on its own thread); known content is not rewritten.
    const stored = await Promise.all(
      parsed.files
        .filter((x) => x.main || x.role === 'annex')
        .map(async (file) => ({ file, key: (await this.files.put(file.bytes, { sha256: file.sha256 })).key })),
    );
    const warnings = [...parsed.warnings];
    const em = this.em;
    {
      let org = await em.findOne(Organization, { siren: meta.siren });
      if (!org) {
        org = em.create(Organization, { siren: meta.siren, name: meta.entityName?.trim() || `Collectivité ${meta.siren}` });
        warnings.push(`Collectivité ${meta.siren} créée à partir du dépôt.`);
      }
      const pastellId = meta.idD ?? deposit.fileName.replace(/\.zip$/i, '');
      let act: Act | null = await em.findOne(Act, { organization: org, pastellId }, { populate: ['documents'] });
      const target = deposit;
      if (act && act.contentSha256 === parsed.zipSha256) {
        target.act = act;
        target.siren = org.siren;
        target.pastellId = pastellId;
        target.warnings = warnings;
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
      const decision = decisionFor(meta.publicationOpenData, nature);
      if (act) {
        const before = { ...pick(act), documents: act.documents.getItems().map((d) => d.sha256) };
        Object.assign(act, fields);
        act.documents.removeAll();
        this.audit.record('act.updated_by_deposit', { type: 'Act', id: act.id, siren: org.siren }, before, { ...pick(act), documents: stored.map((s) => s.file.sha256) });
      } else {
        const status = statusFor(decision);
        act = em.create(Act, { ...fields, organization: org, pastellId, source: ActSource.DEPOSIT, publicationDecision: decision, status, publishedAt: status === 'PUBLISHED' ? new Date() : null });
      }
      stored.forEach((s, position) => {
        em.create(Document, { act: act!, fileName: s.file.fileName, mediaType: s.file.mediaType, size: s.file.size, sha256: s.file.sha256, storageKey: s.key, annex: !s.file.main, position, extractedText: null });
      });
      target.act = act;
      target.siren = org.siren;
      target.pastellId = pastellId;
      target.warnings = warnings;
      return act;
    }
  }

  private async publishProcessed(deposit: Deposit) {
    await this.ports.publish('DEPOSIT_PROCESSED', { depositId: deposit.id, siren: deposit.siren ?? null, status: deposit.status, errorCode: deposit.errorCode ?? null, at: new Date().toISOString() });
  }
}

/** Original zip name, without the `{depositId}__` prefix added when it was moved. */
export function depositFileName(zipPath: string): string {
  return path.basename(zipPath).replace(/^[0-9a-f-]{36}__/, '');
}

function pick(act: Act) {
  return { number: act.number, date: act.date, subject: act.subject, nature: act.nature, classificationCode: act.classificationCode ?? null };
}
