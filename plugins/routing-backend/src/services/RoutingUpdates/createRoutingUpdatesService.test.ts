import { mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import type {
  GatewaysResponse,
  KubernetesObject,
} from '@portway/plugin-routing-common';
import type { ClusterCache } from '../../clusters/cache/types';
import { clusterWith } from '../../clusters/cache/__testUtils__/clusterWith';
import { clusterCachesOf } from '../../clusters/cache/__testUtils__/clusterCachesOf';
import { createClusterCaches } from '../../clusters/clusterCaches';
import { kindNames } from '../../clusters/resourceKinds';
import { createEntityRoutesService } from '../EntityRoutes/createEntityRoutesService';
import {
  createRoutingUpdatesService,
  type RoutingUpdatesServiceOptions,
} from './createRoutingUpdatesService';

function component(name: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      namespace: 'default',
      annotations: { 'backstage.io/kubernetes-id': name },
    },
  };
}

function route(name: string, hostname: string): KubernetesObject {
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'HTTPRoute',
    metadata: {
      name,
      namespace: 'shop',
      labels: { 'backstage.io/kubernetes-id': name },
    },
    spec: { parentRefs: [{ name: 'public' }], hostnames: [hostname] },
  };
}

function gateway(hostname: string): KubernetesObject {
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'Gateway',
    metadata: { name: 'public', namespace: 'shop' },
    spec: {
      gatewayClassName: 'eg',
      listeners: [{ name: 'http', port: 80, protocol: 'HTTP', hostname }],
    },
  };
}

/** A stand-in for the gateways answer: the cached Gateways, as the Gateways service reads them. */
async function gatewaysOf(cache: ClusterCache): Promise<GatewaysResponse> {
  return {
    gateways: cache.list('gateway') as unknown as GatewaysResponse['gateways'],
    clusters: [{ name: cache.name, state: 'ok' }],
  };
}

const shop = component('shop');
const books = component('books');

/** A cluster with routes for shop and books, the updates service on it, and the signals it sent. */
function setup(overrides: Partial<RoutingUpdatesServiceOptions> = {}) {
  const cache = clusterWith('prod', [
    route('shop', 'shop.example.com'),
    route('books', 'books.example.com'),
    gateway('*.example.com'),
  ]);
  const clusters = createClusterCaches();
  clusters.set([cache]);
  const logger = mockServices.logger.mock();
  const entityRoutes = createEntityRoutesService({ clusters, logger });
  const publish = jest.fn().mockResolvedValue(undefined);
  const updates = createRoutingUpdatesService({
    clusters,
    answers: {
      entityRoutes: entity => entityRoutes.getEntityRoutes(entity),
      gateways: () => gatewaysOf(cache),
    },
    signals: { publish },
    logger,
    ...overrides,
  });
  const answered = async (entity: Entity) =>
    updates.entityAnswered(entity, await entityRoutes.getEntityRoutes(entity));
  const channels = () => publish.mock.calls.map(([signal]) => signal.channel);
  return {
    cache,
    clusters,
    updates,
    publish,
    logger,
    answered,
    channels,
    entityRoutes,
  };
}

/** Lets the debounce run out and the recheck finish. */
const settle = () => jest.advanceTimersByTimeAsync(100);

describe('createRoutingUpdatesService', () => {
  beforeEach(() =>
    jest.useFakeTimers({ now: Date.parse('2026-11-27T10:00:00Z') }),
  );
  afterEach(() => jest.useRealTimers());

  it('broadcasts one signal on the entity channel for changes of its routes gathered within the debounce', async () => {
    const { cache, publish, answered } = setup();
    await answered(shop);

    cache.apply('httpRoute', 'MODIFIED', route('shop', 'a.example.com'));
    cache.apply('httpRoute', 'MODIFIED', route('shop', 'b.example.com'));
    await settle();

    expect(publish).toHaveBeenCalledTimes(1);
    expect(publish).toHaveBeenCalledWith({
      recipients: { type: 'broadcast' },
      channel: 'routing:entity:component:default/shop',
      message: {
        changed: 'entity-routes',
        entityRef: 'component:default/shop',
      },
    });
  });

  it('signals only the followed entities whose answer changed', async () => {
    const { cache, answered, channels } = setup();
    await answered(shop);
    await answered(books);

    cache.apply('httpRoute', 'MODIFIED', route('books', 'new.example.com'));
    await settle();

    expect(channels()).toEqual(['routing:entity:component:default/books']);
  });

  it('stays silent when only the sync time moved or nothing followed changed', async () => {
    const { cache, answered, publish } = setup();
    await answered(shop);

    for (const kind of kindNames) {
      cache.setSync(kind, { state: 'synced', lastSyncedAt: Date.now() });
    }
    cache.apply('ingress', 'ADDED', {
      metadata: { name: 'other', namespace: 'elsewhere' },
      spec: {},
    });
    await settle();

    expect(publish).not.toHaveBeenCalled();
  });

  it('signals when a cluster of the answer goes stale', async () => {
    const { cache, answered, channels } = setup();
    await answered(shop);

    cache.setSync('httpRoute', {
      state: 'failing',
      message: 'watch failed: 503',
      lastSyncedAt: Date.now(),
    });
    await settle();

    expect(channels()).toEqual(['routing:entity:component:default/shop']);
  });

  it('signals the answers a cluster added later or removed changes', async () => {
    const { clusters, cache, answered, channels, publish } = setup();
    await answered(shop);

    const added = clusterWith('prod-us', [route('shop', 'shop.example.us')]);
    clusters.set([cache, added]);
    await settle();
    expect(channels()).toEqual(['routing:entity:component:default/shop']);

    added.apply('httpRoute', 'MODIFIED', route('shop', 'shop.example.ca'));
    await settle();
    clusters.set([cache]);
    await settle();
    expect(publish).toHaveBeenCalledTimes(3);
  });

  it('signals routing:gateways when the gateways answer changed, once it was asked for', async () => {
    const { cache, updates, channels } = setup();
    cache.apply('gateway', 'MODIFIED', gateway('*.shop.example.com'));
    await settle();
    expect(channels()).toEqual([]);

    updates.gatewaysAnswered(await gatewaysOf(cache));
    cache.apply('gateway', 'MODIFIED', gateway('*.books.example.com'));
    await settle();

    expect(channels()).toEqual(['routing:gateways']);
  });

  it('forgets an entity not asked for within forgetAfterMs', async () => {
    const { cache, answered, channels } = setup({ forgetAfterMs: 60_000 });
    await answered(shop);
    await answered(books);
    jest.setSystemTime(Date.now() + 30_000);
    await answered(books);
    jest.setSystemTime(Date.now() + 40_000);

    cache.replaceAll('httpRoute', []);
    await settle();

    expect(channels()).toEqual(['routing:entity:component:default/books']);
  });

  it('follows at most maxEntities, the most recently asked', async () => {
    const { cache, answered, channels } = setup({ maxEntities: 1 });
    await answered(books);
    await answered(shop);

    cache.replaceAll('httpRoute', []);
    await settle();

    expect(channels()).toEqual(['routing:entity:component:default/shop']);
  });

  it('recomputes once more for changes that arrive while it recomputes', async () => {
    const { cache, entityRoutes, publish } = setup();
    let release = () => {};
    const answers = {
      entityRoutes: jest.fn(async (entity: Entity) => {
        const answer = await entityRoutes.getEntityRoutes(entity);
        await new Promise<void>(resolve => {
          release = resolve;
        });
        return answer;
      }),
      gateways: () => gatewaysOf(cache),
    };
    const updates = createRoutingUpdatesService({
      clusters: clusterCachesOf(cache),
      answers,
      signals: { publish },
      logger: mockServices.logger.mock(),
    });
    updates.entityAnswered(shop, await entityRoutes.getEntityRoutes(shop));

    cache.apply('httpRoute', 'MODIFIED', route('shop', 'a.example.com'));
    await settle();
    expect(answers.entityRoutes).toHaveBeenCalledTimes(1);
    cache.apply('httpRoute', 'MODIFIED', route('shop', 'b.example.com'));
    release();
    await settle();
    release();
    await settle();

    expect(answers.entityRoutes).toHaveBeenCalledTimes(2);
    expect(publish).toHaveBeenCalledTimes(2);
  });

  it('logs a failing publish, never throws it, and keeps signalling', async () => {
    const { cache, answered, publish, logger } = setup();
    publish.mockRejectedValueOnce(new Error('Service is shutting down'));
    await answered(shop);

    cache.apply('httpRoute', 'MODIFIED', route('shop', 'a.example.com'));
    await settle();
    cache.apply('httpRoute', 'MODIFIED', route('shop', 'b.example.com'));
    await settle();

    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('Service is shutting down'),
    );
    expect(publish).toHaveBeenCalledTimes(2);
  });

  it('logs an answer that cannot be recomputed and still signals the others', async () => {
    const { cache, entityRoutes, publish } = setup();
    const logger = mockServices.logger.mock();
    const updates = createRoutingUpdatesService({
      clusters: clusterCachesOf(cache),
      answers: {
        entityRoutes: async entity => {
          if (entity === books) throw new Error('selector broke');
          return entityRoutes.getEntityRoutes(entity);
        },
        gateways: () => gatewaysOf(cache),
      },
      signals: { publish },
      logger,
    });
    updates.entityAnswered(books, await entityRoutes.getEntityRoutes(books));
    updates.entityAnswered(shop, await entityRoutes.getEntityRoutes(shop));

    cache.replaceAll('httpRoute', []);
    await settle();

    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringMatching(/component:default\/books: Error: selector broke/),
    );
    expect(publish).toHaveBeenCalledTimes(1);
  });

  it('sends nothing once stopped', async () => {
    const { cache, updates, answered, publish } = setup();
    await answered(shop);

    cache.apply('httpRoute', 'MODIFIED', route('shop', 'a.example.com'));
    updates.stop();
    cache.apply('httpRoute', 'MODIFIED', route('shop', 'b.example.com'));
    await settle();

    expect(publish).not.toHaveBeenCalled();
  });
});
