import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { ActEventsResolver } from '../domains/acts/act-events.resolver.js';
import { CatalogResolver } from '../domains/catalog/catalog.resolver.js';
import { ActResolver } from '../domains/acts/act.resolver.js';
import { ActUploadResolver } from '../domains/acts/act-upload.resolver.js';
import { DocumentResolver } from '../domains/acts/document.resolver.js';
import { PublicActResolver } from '../domains/acts/public-act.resolver.js';
import { AuditResolver } from '../domains/activity/audit.resolver.js';
import { ApiKeyResolver } from '../identity/auth/api-key.resolver.js';
import { AuthResolver } from '../identity/auth/auth.resolver.js';
import { UserResolver } from '../identity/auth/user.resolver.js';
import { InvitationResolver } from '../identity/accounts/invitation.resolver.js';
import { PasswordResetResolver } from '../identity/accounts/password-reset.resolver.js';
import { ActBudgetResolver, BudgetResolver } from '../domains/budgets/budget.resolver.js';
import { DatasetResolver } from '../domains/datasets/dataset.resolver.js';
import { DepositResolver } from '../domains/deposits/deposit.resolver.js';
import { EventResolver } from '../domains/activity/event.resolver.js';
import { JobListResolver } from '../domains/activity/job-list.resolver.js';
import { SentMailResolver } from '../domains/activity/sent-mail.resolver.js';
import { OrganizationResolver } from '../identity/organizations/organization.resolver.js';
import { WidgetSettingsResolver } from '../domains/widgets/widget-settings.resolver.js';
import { OrganizationOverviewResolver } from '../domains/operations/organization-overview.resolver.js';
import { ScheduleResolver } from '../domains/operations/schedule.resolver.js';
import { PublicationStatsResolver } from '../domains/operations/publication-stats.resolver.js';
import { SireneResolver, SireneSyncResolver } from '../domains/sirene/sirene.resolver.js';
import { ContractResolver } from '../domains/procurement/contract.resolver.js';
import { ContractAdminResolver } from '../domains/procurement/contract-admin.resolver.js';
import {
  ContractImportResolver,
  ContractSourceResolver,
} from '../domains/procurement/contract-import.resolver.js';
import {
  DatasetPushResolver,
  PublishingResolver,
} from '../domains/publishing/publishing.resolver.js';
import type { PubSub } from '../core/topics.js';
import { guardRootArguments } from './input-guard.js';
import { validateArgs } from './validate-args.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  CatalogResolver,
  AuthResolver,
  UserResolver,
  InvitationResolver,
  PasswordResetResolver,
  ApiKeyResolver,
  OrganizationResolver,
  EventResolver,
  ActResolver,
  ActUploadResolver,
  DocumentResolver,
  PublicActResolver,
  ActEventsResolver,
  DepositResolver,
  DatasetResolver,
  BudgetResolver,
  ActBudgetResolver,
  AuditResolver,
  WidgetSettingsResolver,
  JobListResolver,
  OrganizationOverviewResolver,
  SentMailResolver,
  ContractResolver,
  ContractAdminResolver,
  ContractImportResolver,
  ContractSourceResolver,
  PublishingResolver,
  DatasetPushResolver,
  SireneResolver,
  SireneSyncResolver,
  ScheduleResolver,
  PublicationStatsResolver,
];

export async function buildAppSchema(pubSub: PubSub): Promise<GraphQLSchema> {
  return guardRootArguments(
    await buildSchema({
      resolvers,
      pubSub,
      validateFn: validateArgs,
      emitSchemaFile: false,
    }),
  );
}
