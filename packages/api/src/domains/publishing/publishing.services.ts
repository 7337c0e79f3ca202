import type { EntityManager } from '@mikro-orm/core';
import type { IdentityServices } from '../../identity/identity.services.js';
import { portsOf, type InfraComponents } from '../../infra/components.js';
import { DatagouvPushService, type CatalogReader } from './datagouv-push.service.js';
import { DatagouvSettingsService } from './datagouv-settings.service.js';
import { LocalDistributionFiles } from './distribution-files.js';
import type { PublishingComponents } from './publishing.components.js';

/** Publishing services (pushes to data.gouv.fr or udata) on one EntityManager fork. */
export function createPublishingServices(
  em: EntityManager,
  components: InfraComponents & PublishingComponents,
  identity: IdentityServices,
  catalog: CatalogReader,
) {
  const { config, secrets } = components;
  const files = new LocalDistributionFiles(
    config.dataDir,
    config.publicUrl,
    config.datagouv.timeoutMs,
  );
  return {
    datagouvSettings: new DatagouvSettingsService(
      em,
      identity.access,
      identity.audit,
      secrets,
      config,
    ),
    datagouvPush: new DatagouvPushService(
      em,
      identity.access,
      portsOf(components),
      secrets,
      config,
      components.pushCatalog ?? catalog,
      files,
      components.udataTuning,
    ),
  };
}

export type PublishingServices = IdentityServices & ReturnType<typeof createPublishingServices>;
