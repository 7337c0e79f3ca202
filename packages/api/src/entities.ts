import { Act } from './acts/act.entity.js';
import { Document } from './acts/document.entity.js';
import { AuditEntry } from './audit/audit-entry.entity.js';
import { ApiKey } from './auth/api-key.entity.js';
import { Membership } from './auth/membership.entity.js';
import { OidcLogin } from './auth/oidc-login.entity.js';
import { Session } from './auth/session.entity.js';
import { User } from './auth/user.entity.js';
import { BaseEntity } from './common/base.entity.js';
import { Dataset } from './datasets/dataset.entity.js';
import { Deposit } from './deposits/deposit.entity.js';
import { OutboxEvent } from './events/outbox-event.entity.js';
import { AgendaJob } from './jobs/agenda-job.entity.js';
import { Organization } from './organizations/organization.entity.js';
import { WidgetSettings } from './widgets/widget-settings.entity.js';

export {
  Act,
  ApiKey,
  AgendaJob,
  AuditEntry,
  BaseEntity,
  Dataset,
  Deposit,
  Document,
  Membership,
  OidcLogin,
  Organization,
  OutboxEvent,
  Session,
  User,
  WidgetSettings,
};

/** Every MikroORM entity, in one list shared by the ORM config, migrations and tests. */
export const entities = [
  BaseEntity,
  Organization,
  User,
  Session,
  Membership,
  ApiKey,
  OidcLogin,
  Act,
  Document,
  Deposit,
  AuditEntry,
  Dataset,
  OutboxEvent,
  AgendaJob,
  WidgetSettings,
];
