import { Act } from './acts/act.entity.js';
import { Document } from './acts/document.entity.js';
import { AuditEntry } from './audit/audit-entry.entity.js';
import { Membership } from './auth/membership.entity.js';
import { Session } from './auth/session.entity.js';
import { User } from './auth/user.entity.js';
import { BaseEntity } from './common/base.entity.js';
import { Deposit } from './deposits/deposit.entity.js';
import { OutboxEvent } from './events/outbox-event.entity.js';
import { AgendaJob } from './jobs/agenda-job.entity.js';
import { Organization } from './organizations/organization.entity.js';

export {
  Act,
  AgendaJob,
  AuditEntry,
  BaseEntity,
  Deposit,
  Document,
  Membership,
  Organization,
  OutboxEvent,
  Session,
  User,
};

/** Every MikroORM entity, in one list shared by the ORM config, migrations and tests. */
export const entities = [
  BaseEntity,
  Organization,
  User,
  Session,
  Membership,
  Act,
  Document,
  Deposit,
  AuditEntry,
  OutboxEvent,
  AgendaJob,
];
