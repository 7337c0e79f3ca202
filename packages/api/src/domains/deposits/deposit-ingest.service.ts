import path from 'node:path';
import type { EntityManager } from '@mikro-orm/core';
import type { Ports } from '../../core/ports.js';
import type { AuditService } from '../../identity/audit/audit.service.js';
import { childLogger } from '../../core/logger.js';
import { actKeys, writeDepositActs, type ActWrite } from './deposit-act-writer.js';
import { zipCost, type DepositPrep } from './deposit-preparation.js';
import type { PreparedDeposit } from './deposit-prep.js';
import { Deposit, DepositStatus } from './deposit.entity.js';
import { notifySettled, requeueFollowUps, type Settled } from './deposit-notices.js';
import { isDataRefusal, settleRefused } from './deposit-refusal.js';
import { moveFile, originalDepositName, type DepositLayout } from './deposit-layout.js';

const log = childLogger('deposits');

export interface IngestOutcome {
  status: 'done' | 'failed' | 'skipped';
  depositId?: string;
  actId?: string;
  detail: string;
}

/** One zip to ingest: a path in DEPOSIT_DIR, or a failed deposit's zip in quarantine (retry). */
export interface IngestItem {
  path: string;
  depositId?: string;
}

/**
 * Memory budget of one round of a batch: the zips and what their entries announce they inflate
 * to (a zip cannot inflate more than it announces). A bigger zip has a round alone.
 */
const ROUND_BYTES = 256 * 1024 * 1024;

interface Candidate extends PreparedDeposit {
  index: number;
  item: IngestItem;
  fileName: string;
  deposit: Deposit | null;
}

/**
 * Turns Pastell zips into acts, one zip → one act. Idempotent (same zip twice → one act; same
 * id_d with new content → the act is updated and audited) and crash-safe: the database commit
 * comes first, the zips are moved last, and a re-run after a crash finds each deposit and
 * finishes its move. A batch commits several deposits in one transaction; zips about the same
 * deposit or the same act go to a later round of the batch, so the outcome is the one they would
 * have had one after the other.
 */
export class DepositIngestService {
  constructor(
    private readonly em: EntityManager,
    private readonly prep: DepositPrep,
    private readonly audit: AuditService,
    private readonly ports: Ports,
    private readonly layout: DepositLayout,
  ) {}

  async ingest(zipPath: string, depositId?: string): Promise<IngestOutcome> {
    return (await this.ingestBatch([{ path: zipPath, depositId }]))[0]!;
  }

  /** Ingests several zips (outcomes in the same order); throws only on faults (nothing half-done). */
  async ingestBatch(items: IngestItem[]): Promise<IngestOutcome[]> {
    const outcomes: IngestOutcome[] = new Array(items.length);
    let queue = items.map((item, index) => ({ item, index }));
    while (queue.length) {
      const round = await this.takeRound(queue);
      queue = await this.runRound(round, outcomes);
    }
    return outcomes;
  }

  /**
   * The next items whose zips fit in the round's memory budget together (at least one). The
   * zips' sizes are read side by side: one after the other, each waits for the disk (or the
   * thread pool behind other work) in turn, seconds for a batch of 32 on a busy machine.
   */
  private async takeRound(queue: { item: IngestItem; index: number }[]) {
    const costs = await Promise.all(queue.map(({ item }) => zipCost(item.path)));
    const round: typeof queue = [];
    let bytes = 0;
    for (const cost of costs) {
      if (round.length && bytes + cost > ROUND_BYTES) {
        break;
      }
      round.push(queue.shift()!);
      bytes += cost;
    }
    return round;
  }

  /** Ingests one round; returns the items left for the next round (same deposit or same act). */
  private async runRound(round: { item: IngestItem; index: number }[], outcomes: IngestOutcome[]) {
    const later: typeof round = [];
    const seenPaths = new Set<string>();
    const unique = round.filter((entry) => {
      const key = path.resolve(entry.item.path);
      if (seenPaths.has(key)) {
        later.push(entry);
        return false;
      }
      seenPaths.add(key);
      return true;
    });
    // Each zip read once (the same bytes are hashed, the idempotency key, and unzipped), parsed
    // and its documents stored, side by side in the preparation threads.
    const prepared = await Promise.all(unique.map(({ item }) => this.prep.prepare(item.path)));
    const candidates: Candidate[] = [];
    unique.forEach(({ item, index }, i) => {
      const ready = prepared[i];
      if (ready) {
        candidates.push({
          index,
          item,
          fileName: originalDepositName(item.path),
          ...ready,
          deposit: null,
        });
      } else {
        outcomes[index] = {
          status: 'skipped',
          depositId: item.depositId,
          detail: 'file no longer there (already handled)',
        };
      }
    });
    await this.findDeposits(candidates);

    const work: Candidate[] = [];
    const depositKeys = new Set<string>();
    const moves: Promise<unknown>[] = [];
    for (const c of candidates) {
      const key = c.deposit?.id ?? `${c.fileName}/${c.source.sha256}`;
      if (depositKeys.has(key)) {
        later.push({ item: c.item, index: c.index });
      } else if (c.deposit?.status === DepositStatus.DONE) {
        depositKeys.add(key);
        moves.push(
          moveFile(c.item.path, this.layout.settledPath('processed', c.deposit.id, c.fileName)),
        );
        outcomes[c.index] = {
          status: 'skipped',
          depositId: c.deposit.id,
          detail: 'already ingested',
        };
      } else {
        depositKeys.add(key);
        work.push(c);
      }
    }
    await Promise.all(moves);
    await this.requeueFollowUps(
      candidates.filter((c) => outcomes[c.index]?.detail === 'already ingested'),
    );

    const settled: Settled[] = [];
    const writes: ActWrite[] = [];
    const roundActs = new Set<string>();
    work.forEach((c) => {
      const result = c.parsed;
      if (!(result instanceof Error) && actKeys(c.fileName, result).some((k) => roundActs.has(k))) {
        later.push({ item: c.item, index: c.index });
        return;
      }
      const deposit = c.deposit ?? this.newDeposit(c);
      c.deposit = deposit;
      Object.assign(deposit, {
        sha256: c.source.sha256,
        size: c.source.size,
        attempts: deposit.attempts + 1,
        processedAt: new Date(),
      });
      const failed = result instanceof Error;
      const to = this.layout.settledPath(
        failed ? 'quarantine' : 'processed',
        deposit.id,
        c.fileName,
      );
      settled.push({
        index: c.index,
        deposit,
        from: c.item.path,
        to,
        act: null,
        failure: failed ? result : undefined,
      });
      if (failed) {
        Object.assign(deposit, {
          status: DepositStatus.FAILED,
          errorCode: result.code,
          errorMessage: result.message,
          // Its organisation's staff see the failure when metadata.json named a SIREN.
          siren: result.details.siren ?? deposit.siren ?? null,
        });
      } else {
        actKeys(c.fileName, result).forEach((k) => roundActs.add(k));
        Object.assign(deposit, { status: DepositStatus.DONE, errorCode: null, errorMessage: null });
        writes.push({ deposit, parsed: result, stored: c.stored });
      }
      // The row already names the zip's final place: if the process dies between the commit and
      // the move, the next run finds the deposit settled and finishes the move.
      deposit.storedPath = to;
    });
    try {
      const acts = await writeDepositActs(this.em, this.audit, writes);
      const actOf = new Map(writes.map((w, i) => [w.deposit, acts[i]!]));
      for (const s of settled) {
        s.act = actOf.get(s.deposit) ?? null;
      }
      await this.em.flush();
    } catch (err) {
      // Several deposits: the batcher runs each alone. One: its data is refused, or a fault.
      if (settled.length !== 1 || !isDataRefusal(err)) {
        throw err;
      }
      await settleRefused(this.em, this.layout, settled[0]!, err);
    }
    // Follow-up jobs before the moves: while a zip is still spooled, a failure here (database
    // lost) runs the deposit again, which finds it DONE and queues them then.
    await notifySettled(this.ports, settled);
    await Promise.all(settled.map((s) => moveFile(s.from, s.to)));
    for (const s of settled) {
      outcomes[s.index] = s.failure
        ? { status: 'failed', depositId: s.deposit.id, detail: s.failure.code }
        : {
            status: 'done',
            depositId: s.deposit.id,
            actId: s.act?.id,
            detail: s.act ? 'act saved' : 'unchanged',
          };
      if (s.failure) {
        log.info({ depositId: s.deposit.id, code: s.failure.code }, 'deposit quarantined');
      }
    }
    return later;
  }

  private async requeueFollowUps(done: Candidate[]) {
    const acts = done.flatMap((c) => (c.deposit?.act ? [c.deposit.act] : []));
    if (acts.length) {
      await this.em.populate(acts, ['organization', 'documents']);
      await requeueFollowUps(this.ports, acts);
    }
  }

  /** Each candidate's deposit row: by id (retry), else the latest with the same name and content. */
  private async findDeposits(candidates: Candidate[]) {
    const ids = candidates.flatMap((c) => (c.item.depositId ? [c.item.depositId] : []));
    const shas = candidates.flatMap((c) => (c.item.depositId ? [] : [c.source.sha256]));
    const rows = [
      ...(ids.length ? await this.em.find(Deposit, { id: { $in: ids } }) : []),
      ...(shas.length
        ? await this.em.find(
            Deposit,
            { sha256: { $in: [...new Set(shas)] } },
            { orderBy: { createdAt: 'desc', id: 'desc' } },
          )
        : []),
    ];
    for (const c of candidates) {
      c.deposit = c.item.depositId
        ? (rows.find((d) => d.id === c.item.depositId) ?? null)
        : (rows.find((d) => d.fileName === c.fileName && d.sha256 === c.source.sha256) ?? null);
    }
  }

  private newDeposit(c: Candidate): Deposit {
    return this.em.create(Deposit, {
      fileName: c.fileName,
      sha256: c.source.sha256,
      size: c.source.size,
      status: DepositStatus.RECEIVED,
      storedPath: c.item.path,
    });
  }
}
