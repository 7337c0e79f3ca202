import type { EntityManager } from '@mikro-orm/core';
import type { IdentityServices } from '../../identity/identity.services.js';
import { WidgetSettingsService } from './widget-settings.service.js';

/** Widget settings services on one EntityManager fork, for the viewer of `identity`. */
export function createWidgetsServices(em: EntityManager, identity: IdentityServices) {
  return { widgetSettings: new WidgetSettingsService(em, identity.access, identity.audit) };
}

export type WidgetsServices = IdentityServices & ReturnType<typeof createWidgetsServices>;
