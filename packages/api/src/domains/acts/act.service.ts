import type { EntityManager } from '@mikro-orm/core';
import type { AccessService } from '../../identity/auth/access.js';
import { Role } from '../../identity/auth/membership.entity.js';
import type { AuditService } from '../../identity/audit/audit.service.js';
import { pageWindow, toConnection } from '../../core/page.type.js';
import { InvalidInputError, NotFoundError } from '../../core/errors.js';
import { ActNature, ActStatus } from './act.enums.js';
import { ACT_SUBJECT_MAX as SUBJECT_MAX } from '../../shared/limits.js';
import { Act } from './act.entity.js';
import type { ActOrder, ActsFilter } from './act.inputs.js';
import type { Ports } from '../../core/ports.js';
import type { SearchEngine } from '../../infra/search/search-engine.js';
import { searchStaffActs } from './act-staff-search.js';
import type { ActPage } from './act.types.js';
import { staffActsOrder, staffActsQuery } from './act-query.js';
import { leanListable, leanStaffActs, staffActsSql } from './act-list-sql.js';
import type { ActActionFailure, ActActionResult } from './act.types.js';
import { Document } from './document.entity.js';

/** Acts one bulk decision may name (the admin sends batches of 50). */
export const MAX_ACTS_PER_ACTION = 500;

export type ActAction = 'publish' | 'unpublish' | 'hide' | 'unhide' | 'delete' | 'restore';

const NOT_FOUND = (id: string): ActActionFailure => ({
  id,
  code: 'acts/not_found',
  message: 'Acte introuvable ou hors de vos collectivités.',
});

/** Staff side of acts: scoped reads, decisions and edits, each audited and propagated by a job. */
export class ActService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly ports: Ports,
    /** The staff search index (every act): the list's text search uses it when there is one. */
    private readonly staffSearch?: SearchEngine,
  ) {}

  async list(args: {
    filter?: ActsFilter;
    first?: number | null;
    after?: string | null;
    orderBy?: ActOrder;
  }): Promise<ActPage> {
    const text = args.filter?.text?.trim();
    if (text && this.staffSearch) {
      this.access.requireStaff();
      return searchStaffActs(this.em, this.access, this.staffSearch, text, args);
    }
    const readable = await this.access.readableOrgIds();
    const hr = await this.access.hrOrgIds();
    const { offset, limit } = pageWindow(args);
    if (leanListable(args.filter)) {
      const sql = staffActsSql(args.filter, readable, hr, args.orderBy);
      const [items, total] = await leanStaffActs(this.em, sql, { offset, limit });
      return { ...toConnection(items, total, offset), highlights: [] };
    }
    const where = staffActsQuery(args.filter, readable, hr);
    const [items, total] = await this.em.findAndCount(Act, where, {
      orderBy: staffActsOrder(args.orderBy),
      offset,
      limit,
      populate: ['organization'],
    });
    return { ...toConnection(items, total, offset), highlights: [] };
  }

  /** One act the viewer may read, or null (never reveals acts of other organisations). */
  async get(id: string): Promise<Act | null> {
    this.access.requireStaff();
    const act = await this.em.findOne(Act, { id, deletedAt: null }, { populate: ['organization'] });
    if (!act || !(await this.readable(act))) {
      return null;
    }
    return act;
  }

  private async readable(act: Act): Promise<boolean> {
    if (!(await this.access.can(act.organization.id, Role.VIEWER))) {
      return false;
    }
    return act.nature !== ActNature.INDIVIDUAL || this.access.canSeeIndividual(act.organization.id);
  }

  async getOrFail(id: string): Promise<Act> {
    const act = await this.get(id);
    if (!act) {
      throw new NotFoundError('acts/not_found', 'Acte introuvable ou hors de vos collectivités.');
    }
    return act;
  }

  async apply(action: ActAction, ids: string[]): Promise<ActActionResult> {
    this.access.requireStaff();
    const unique = [...new Set(ids)];
    if (unique.length > MAX_ACTS_PER_ACTION) {
      throw new InvalidInputError(
        'acts/too_many',
        `Au plus ${MAX_ACTS_PER_ACTION} actes par appel : envoyez la sélection par lots.`,
      );
    }
    // `restore` undoes a deletion: it acts on deleted acts only.
    const deleted = action === 'restore' ? { $ne: null } : null;
    const acts = await this.em.find(
      Act,
      { id: { $in: unique }, deletedAt: deleted },
      { populate: ['organization'] },
    );
    const byId = new Map(acts.map((a) => [a.id, a]));
    const updated: Act[] = [];
    const failed: ActActionFailure[] = [];
    const now = new Date();
    for (const id of unique) {
      const act = byId.get(id);
      if (!act || !(await this.readable(act))) {
        failed.push(NOT_FOUND(id));
        continue;
      }
      if (!(await this.access.can(act.organization.id, Role.EDITOR))) {
        failed.push({
          id,
          code: 'auth/forbidden',
          message: 'Le rôle éditeur est nécessaire pour cette action.',
        });
        continue;
      }
      if (action === 'publish' && act.nature === ActNature.INDIVIDUAL) {
        failed.push({
          id,
          code: 'acts/individual_not_publishable',
          message:
            'Un acte individuel contient des données personnelles : il ne peut pas être publié.',
        });
        continue;
      }
      const before = snapshot(act);
      applyTo(act, action, now);
      this.audit.record(`act.${action}`, target(act), before, snapshot(act));
      updated.push(act);
    }
    await this.em.flush();
    const jobId = await this.propagate(updated, action);
    return { updated, failed, jobId };
  }

  async updateSubject(id: string, subject: string): Promise<Act> {
    const act = await this.getOrFail(id);
    await this.access.require(act.organization.id, Role.EDITOR);
    const clean = subject.trim();
    if (!clean || clean.length > SUBJECT_MAX) {
      throw new InvalidInputError(
        'acts/invalid_subject',
        `L’objet ne peut pas être vide (${SUBJECT_MAX.toLocaleString('fr-FR')} caractères au plus).`,
      );
    }
    this.audit.record(
      'act.update_subject',
      target(act),
      { subject: act.subject },
      { subject: clean },
    );
    act.subject = clean;
    act.subjectEditedAt = new Date();
    await this.em.flush();
    await this.propagate([act], 'update_subject');
    return act;
  }

  async setAnnexWithheld(documentId: string, withheld: boolean): Promise<Document> {
    const doc = await this.editableDocument(documentId);
    if (!doc.annex) {
      throw new InvalidInputError(
        'documents/not_an_annex',
        'Seule une annexe peut être retenue ; le document principal suit la publication de l’acte.',
      );
    }
    this.audit.record(
      withheld ? 'document.withhold' : 'document.release',
      { type: 'Document', id: doc.id, siren: doc.act.organization.siren },
      { withheld: doc.withheld },
      { withheld },
    );
    doc.withheld = withheld;
    await this.em.flush();
    await this.propagate([doc.act], withheld ? 'withhold' : 'release');
    return doc;
  }

  /** A document of an act the viewer may read and edit (staff, editor or more), else an error. */
  async editableDocument(documentId: string): Promise<Document> {
    this.access.requireStaff();
    const doc = await this.em.findOne(
      Document,
      { id: documentId },
      { populate: ['act', 'act.organization'] },
    );
    if (!doc || doc.act.deletedAt || !(await this.readable(doc.act))) {
      throw new NotFoundError(
        'documents/not_found',
        'Document introuvable ou hors de vos collectivités.',
      );
    }
    await this.access.require(doc.act.organization.id, Role.EDITOR);
    return doc;
  }

  /** PDF text is extracted by a job, once, after the files are stored. */
  async extractText(documentIds: string[]): Promise<void> {
    if (documentIds.length) {
      await this.ports.enqueue('documents.extract', { documentIds });
    }
  }

  /** Live event per act, then one job that re-projects them (search, public files). */
  async propagate(acts: Act[], change: string): Promise<string | null> {
    if (!acts.length) {
      return null;
    }
    const at = new Date().toISOString();
    for (const act of acts) {
      await this.ports.publish('ACT_CHANGED', {
        actId: act.id,
        siren: act.organization.siren,
        status: act.status,
        change,
        at,
      });
    }
    return this.ports.enqueue('acts.project', {
      actIds: acts.map((a) => a.id),
      reason: change,
      sirens: [...new Set(acts.map((a) => a.organization.siren))],
    });
  }
}

function target(act: Act) {
  return { type: 'Act', id: act.id, siren: act.organization.siren };
}

function snapshot(act: Act) {
  return {
    status: act.status,
    hidden: act.hidden,
    deleted: !!act.deletedAt,
    publishedAt: act.publishedAt?.toISOString() ?? null,
  };
}

function applyTo(act: Act, action: ActAction, now: Date): void {
  switch (action) {
    case 'publish':
      if (act.status !== ActStatus.PUBLISHED) {
        act.publishedAt = now;
      }
      act.status = ActStatus.PUBLISHED;
      return;
    case 'unpublish':
      act.status = ActStatus.NOT_PUBLISHED;
      act.publishedAt = null;
      return;
    case 'hide':
      act.hidden = true;
      return;
    case 'unhide':
      act.hidden = false;
      return;
    case 'delete':
      act.deletedAt = now;
      return;
    case 'restore':
      act.deletedAt = null;
      return;
  }
}
