import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { ActEventsResolver } from './acts/act-events.resolver.js';
import { ActResolver } from './acts/act.resolver.js';
import { ActUploadResolver } from './acts/act-upload.resolver.js';
import { DocumentResolver } from './acts/document.resolver.js';
import { PublicActResolver } from './acts/public-act.resolver.js';
import { AuditResolver } from './audit/audit.resolver.js';
import { ApiKeyResolver } from './auth/api-key.resolver.js';
import { AuthResolver } from './auth/auth.resolver.js';
import { UserResolver } from './auth/user.resolver.js';
import { DatasetResolver } from './datasets/dataset.resolver.js';
import { DepositResolver } from './deposits/deposit.resolver.js';
import { EventResolver } from './events/event.resolver.js';
import { JobListResolver } from './jobs/job-list.resolver.js';
import { OrganizationResolver } from './organizations/organization.resolver.js';
import { WidgetSettingsResolver } from './widgets/widget-settings.resolver.js';
import type { PubSub } from './pubsub.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  AuthResolver,
  UserResolver,
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
  AuditResolver,
  WidgetSettingsResolver,
  JobListResolver,
];

export async function buildAppSchema(pubSub: PubSub): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    pubSub,
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
}
