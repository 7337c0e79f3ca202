import { CatalogMetadata } from '../../domains/catalog/catalog-metadata.entity.js';
import { DatasetGeneration } from '../../domains/datasets/dataset-generation.entity.js';
import { Act } from '../../domains/acts/act.entity.js';
import { Document } from '../../domains/acts/document.entity.js';
import { AuditEntry } from '../../identity/audit/audit-entry.entity.js';
import { ApiKey } from '../../identity/auth/api-key.entity.js';
import { Membership } from '../../identity/auth/membership.entity.js';
import { PasswordToken } from '../../identity/auth/password-token.entity.js';
import { Invitation } from '../../identity/accounts/invitation.entity.js';
import { OidcLogin } from '../../identity/auth/oidc-login.entity.js';
import { Session } from '../../identity/auth/session.entity.js';
import { User } from '../../identity/auth/user.entity.js';
import { BaseEntity } from '../../core/base.entity.js';
import { BudgetDocument } from '../../domains/budgets/budget-document.entity.js';
import { Dataset } from '../../domains/datasets/dataset.entity.js';
import { Deposit } from '../../domains/deposits/deposit.entity.js';
import { OutboxEvent } from '../../infra/events/outbox-event.entity.js';
import { AgendaJob } from '../../infra/jobs/agenda-job.entity.js';
import { Organization } from '../../identity/tenants/organization.entity.js';
import { Establishment } from '../../identity/tenants/establishment.entity.js';
import { SireneSync } from '../../domains/sirene/sirene-sync.entity.js';
import { JobSchedule } from '../../domains/operations/job-schedule.entity.js';
import { WidgetSettings } from '../../domains/widgets/widget-settings.entity.js';
import { Contract } from '../../domains/procurement/contract.entity.js';
import { ContractImport } from '../../domains/procurement/contract-import.entity.js';
import { ContractSource } from '../../domains/procurement/contract-source.entity.js';
import { ContractVersion } from '../../domains/procurement/contract-version.entity.js';
import { DatagouvSettings } from '../../domains/publishing/datagouv-settings.entity.js';
import { DatasetPush } from '../../domains/publishing/dataset-push.entity.js';
import { RemoteDataset } from '../../domains/publishing/remote-dataset.entity.js';

export {
  Act,
  ApiKey,
  AgendaJob,
  AuditEntry,
  BaseEntity,
  BudgetDocument,
  Contract,
  ContractImport,
  ContractSource,
  ContractVersion,
  Dataset,
  DatasetPush,
  DatagouvSettings,
  Deposit,
  Document,
  Establishment,
  Invitation,
  JobSchedule,
  Membership,
  OidcLogin,
  Organization,
  OutboxEvent,
  PasswordToken,
  RemoteDataset,
  Session,
  SireneSync,
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
  PasswordToken,
  Invitation,
  BudgetDocument,
  Contract,
  ContractVersion,
  ContractImport,
  ContractSource,
  CatalogMetadata,
  DatasetGeneration,
  DatagouvSettings,
  RemoteDataset,
  DatasetPush,
  Establishment,
  SireneSync,
  JobSchedule,
];
