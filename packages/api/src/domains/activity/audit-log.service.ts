import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { ActNature } from '../acts/act.enums.js';
import { Act } from '../acts/act.entity.js';
import { Document } from '../acts/document.entity.js';
import type { AccessService } from '../../identity/auth/access.js';
import type { UserRights } from '../../identity/auth/user-rights.js';
import { peopleOf, redactEntry } from '../../identity/audit/audit-redaction.js';
import { pageWindow, toConnection, type Connection } from '../../core/page.type.js';
import { Organization } from '../../identity/tenants/organization.entity.js';
import { AuditEntry } from '../../identity/audit/audit-entry.entity.js';
import type { AuditFilter } from './audit.inputs.js';

/**
 * Reads the audit log: platform admins see everything, others their organisations' entries,
 * where people they may not see (neither themself nor a member of an organisation they can
 * read) appear without id nor address (`redactEntry`).
 */
export class AuditLogService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: AccessService,
    private readonly rights: UserRights,
  ) {}

  async list(args: {
    filter?: AuditFilter;
    first?: number | null;
    after?: string | null;
  }): Promise<Connection<AuditEntry>> {
    const readable = await this.access.readableOrgIds();
    const and: FilterQuery<AuditEntry>[] = [];
    if (readable !== 'all') {
      const orgs = await this.em.find(
        Organization,
        { id: { $in: readable } },
        { fields: ['siren'] },
      );
      and.push({ siren: { $in: orgs.map((o) => o.siren) } });
      // Individual acts (personal data): their history is for hr holders only.
      const hr = await this.access.hrOrgIds();
      const noHr = readable.filter((id) => hr === 'all' || !hr.includes(id));
      if (noHr.length) {
        const hiddenIds = await this.em.find(
          Act,
          { nature: ActNature.INDIVIDUAL, organization: { $in: noHr } },
          { fields: ['id'] },
        );
        if (hiddenIds.length) {
          // Their documents' history too (withhold/release of an annex).
          const hiddenDocs = await this.em.find(
            Document,
            { act: { $in: hiddenIds.map((a) => a.id) } },
            { fields: ['id'] },
          );
          and.push({
            $or: [
              { targetType: { $ne: 'Act' } },
              { targetId: { $nin: hiddenIds.map((a) => a.id) } },
            ],
          });
          if (hiddenDocs.length) {
            and.push({
              $or: [
                { targetType: { $ne: 'Document' } },
                { targetId: { $nin: hiddenDocs.map((d) => d.id) } },
              ],
            });
          }
        }
      }
    }
    const f = args.filter ?? {};
    if (f.siren) {
      and.push({ siren: f.siren });
    }
    if (f.targetType) {
      and.push({ targetType: f.targetType });
    }
    if (f.targetId) {
      and.push({ targetId: f.targetId });
    }
    if (f.targetIds?.length) {
      and.push({ targetId: { $in: f.targetIds } });
    }
    if (f.action) {
      and.push({ action: f.action });
    }
    const { offset, limit } = pageWindow(args);
    const [items, total] = await this.em.findAndCount(
      AuditEntry,
      { $and: and },
      { orderBy: { createdAt: 'desc', id: 'desc' }, offset, limit },
    );
    const sight = await this.rights.peopleSight(peopleOf(items));
    return toConnection(
      items.map((e) => redactEntry(e, sight)),
      total,
      offset,
    );
  }
}
