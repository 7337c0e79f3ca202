import type { EntityManager } from '@mikro-orm/core';
import type { Viewer } from '../../core/viewer.js';
import { jobLabel } from '../../shared/labels.js';
import { AuditEntry } from './audit-entry.entity.js';

export interface AuditTarget {
  type: string;
  id: string;
  siren?: string | null;
}

/** « Plateforme (Lecture d’un dépôt Pastell) »: what staff read, never a job's internal name. */
export function systemLabel(reason: string): string {
  const job = /^job:(.+)$/.exec(reason)?.[1];
  return `Plateforme (${job ? jobLabel(job) : reason})`;
}

export function actorOf(viewer: Viewer): { actorId: string | null; actorLabel: string } {
  switch (viewer.kind) {
    case 'user':
      return { actorId: viewer.userId, actorLabel: viewer.email };
    case 'system':
      return { actorId: null, actorLabel: systemLabel(viewer.reason) };
    case 'apikey':
      return {
        actorId: viewer.userId,
        actorLabel: `${viewer.email} (clé d’API « ${viewer.keyName} »)`.slice(0, 320),
      };
    case 'anonymous':
      return { actorId: null, actorLabel: 'anonyme' };
  }
}

/** Appends audit entries in the caller's unit of work (flushed with the change itself). */
export class AuditService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    /** Who acts, when it is not the caller (someone following a link from a mail). */
    private readonly actor?: { actorId: string; actorLabel: string },
  ) {}

  /** Entries in the name of a person who acts without a session (an invitation, a reset link). */
  static asUser(em: EntityManager, user: { id: string; email: string }): AuditService {
    return new AuditService(
      em,
      { kind: 'anonymous' },
      { actorId: user.id, actorLabel: user.email },
    );
  }

  /** The same author, writing in another unit of work (a transaction's: one commit with it). */
  in(em: EntityManager): AuditService {
    return new AuditService(em, this.viewer, this.actor);
  }

  record(action: string, target: AuditTarget, before?: unknown, after?: unknown): AuditEntry {
    return this.em.create(AuditEntry, {
      ...(this.actor ?? actorOf(this.viewer)),
      action,
      targetType: target.type,
      targetId: target.id,
      siren: target.siren ?? null,
      before: before === undefined ? null : JSON.stringify(before),
      after: after === undefined ? null : JSON.stringify(after),
    });
  }
}
