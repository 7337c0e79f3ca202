import type { EntityManager } from '@mikro-orm/core';
import { createActivityServices } from '../domains/activity/activity.services.js';
import { createActsServices } from '../domains/acts/acts.services.js';
import { createCatalogServices } from '../domains/catalog/catalog.services.js';
import { createBudgetsServices } from '../domains/budgets/budgets.services.js';
import { createDatasetsServices } from '../domains/datasets/datasets.services.js';
import { createDepositsServices } from '../domains/deposits/deposits.services.js';
import { createOperationsServices } from '../domains/operations/operations.services.js';
import { createProcurementServices } from '../domains/procurement/procurement.services.js';
import { createPublishingServices } from '../domains/publishing/publishing.services.js';
import { createSireneServices } from '../domains/sirene/sirene.services.js';
import { createWidgetsServices } from '../domains/widgets/widgets.services.js';
import { ANONYMOUS, type Viewer } from '../core/viewer.js';
import type { AuthService } from '../identity/auth/auth.service.js';
import { createIdentityServices } from '../identity/identity.services.js';
import type { Components } from './components.js';

type Deps = [em: EntityManager, components: Components, viewer: Viewer, auth?: AuthService];

/** Each layer's factory, identity first; a layer reaches the ones before it through `get`. */
function layers(
  get: (name: 'identity' | 'catalog') => unknown,
  [em, components, viewer, auth]: Deps,
) {
  const identity = () => get('identity') as ReturnType<typeof createIdentityServices>;
  const catalog = () => get('catalog') as ReturnType<typeof createCatalogServices>;
  return {
    identity: () => createIdentityServices(em, components, viewer, auth),
    acts: () => createActsServices(em, components, identity()),
    deposits: () => createDepositsServices(em, components, identity()),
    datasets: () => createDatasetsServices(em, components, identity()),
    budgets: () => createBudgetsServices(em, components, identity()),
    widgets: () => createWidgetsServices(em, identity()),
    activity: () => createActivityServices(em, components, identity()),
    operations: () => createOperationsServices(em, components, identity()),
    procurement: () => createProcurementServices(em, components, identity()),
    catalog: () => createCatalogServices(em, components, identity()),
    publishing: () => createPublishingServices(em, components, identity(), catalog().catalog),
    sirene: () => createSireneServices(em, components, identity()),
  };
}

type Layers = ReturnType<typeof layers>;
type LayerName = keyof Layers;
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (
  x: infer I,
) => void
  ? I
  : never;
export type Services = UnionToIntersection<ReturnType<Layers[LayerName]>>;

interface LazyState {
  deps: Deps;
  built: Partial<Record<LayerName, Record<string, unknown>>>;
  factories?: Layers;
}

function layerOf(state: LazyState, name: LayerName): Record<string, unknown> {
  let layer = state.built[name];
  if (!layer) {
    state.factories ??= layers((n) => layerOf(state, n), state.deps);
    layer = state.factories[name]() as Record<string, unknown>;
    state.built[name] = layer;
  }
  return layer;
}

const STATE = Symbol('services');
/** One getter per service, by the layer that provides it (the last one, as a spread would). */
let prototype: object | undefined;

function servicesPrototype(sample: LazyState): object {
  const proto: Record<PropertyKey, unknown> = {};
  const names = Object.keys(layers(() => ({}), sample.deps)) as LayerName[];
  for (const name of names) {
    for (const key of Object.keys(layerOf(sample, name))) {
      Object.defineProperty(proto, key, {
        enumerable: true,
        configurable: true,
        get(this: { [STATE]: LazyState }) {
          return layerOf(this[STATE], name)[key];
        },
      });
    }
  }
  return proto;
}

/**
 * Every service on one EntityManager fork (one request or one job) for one viewer: each layer's
 * factory, identity first. A layer is built the first time one of its services is read (a
 * request uses one or two of the twelve), then kept for the request. The worker calls it too,
 * with a system viewer.
 */
export function createServices(
  em: EntityManager,
  components: Components,
  viewer: Viewer = ANONYMOUS,
  auth?: AuthService,
): Services {
  const state: LazyState = { deps: [em, components, viewer, auth], built: {} };
  prototype ??= servicesPrototype(state);
  const services = Object.create(prototype) as { [STATE]: LazyState };
  services[STATE] = state;
  return services as unknown as Services;
}
