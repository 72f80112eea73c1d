import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { KubernetesObject } from '@portway/plugin-routing-common';
import { clusterWith } from '../../clusters/cache/__testUtils__/clusterWith';
import { routeEntityRefs, routeOwnership } from './routeEntities';

function component(name: string, annotations: Record<string, string>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default', annotations },
    spec: { type: 'service', owner: 'team-shop', lifecycle: 'production' },
  };
}

const entities = [
  component('storefront', { 'backstage.io/kubernetes-id': 'storefront' }),
  component('payments', {
    'backstage.io/kubernetes-label-selector': 'app.kubernetes.io/name=payments',
  }),
  component('staging-only', {
    'backstage.io/kubernetes-id': 'checkout',
    'backstage.io/kubernetes-namespace': 'staging',
  }),
];

function route(
  name: string,
  metadata: {
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  } = {},
  backend = 'nobody',
): KubernetesObject {
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'HTTPRoute',
    metadata: { name, namespace: 'shop', ...metadata },
    spec: { rules: [{ backendRefs: [{ name: backend, port: 80 }] }] },
  };
}

function service(name: string, labels: Record<string, string>) {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace: 'shop', labels },
  };
}

const cache = clusterWith('prod', [
  service('storefront', { 'backstage.io/kubernetes-id': 'storefront' }),
  service('payments', { 'app.kubernetes.io/name': 'payments' }),
]);

async function ownersOf(
  routes: KubernetesObject[],
  catalog = catalogServiceMock({ entities }),
  logger = mockServices.logger.mock(),
) {
  const ownerships = routes.map(r => routeOwnership(cache, r));
  const owners = await routeEntityRefs(ownerships, {
    catalog,
    credentials: mockCredentials.user(),
    logger,
  });
  return ownerships.map(owners);
}

describe('routeEntityRefs', () => {
  it('takes the entity-ref annotation Portway wrote on the route, as it is', async () => {
    const requested = route('next', {
      annotations: { 'portway.dev/entity-ref': 'component:default/storefront' },
    });
    expect(await ownersOf([requested])).toEqual([
      ['component:default/storefront'],
    ]);
  });

  it("finds the entity through the route's kubernetes-id label", async () => {
    const labelled = route('web', {
      labels: { 'backstage.io/kubernetes-id': 'storefront' },
    });
    expect(await ownersOf([labelled])).toEqual([
      ['component:default/storefront'],
    ]);
  });

  it("finds the entities through the route's backend Services, by id or label selector", async () => {
    expect(
      await ownersOf([
        route('web', {}, 'storefront'),
        route('pay', {}, 'payments'),
      ]),
    ).toEqual([
      ['component:default/storefront'],
      ['component:default/payments'],
    ]);
  });

  it("gives none when no entity selects the route, or the entity's namespace annotation excludes it", async () => {
    const checkout = route('checkout', {
      labels: { 'backstage.io/kubernetes-id': 'checkout' },
    });
    expect(await ownersOf([route('lonely'), checkout])).toEqual([[], []]);
  });

  it('asks the catalog once for every route, with the credentials given', async () => {
    const catalog = catalogServiceMock({ entities });
    const getEntities = jest.spyOn(catalog, 'getEntities');
    await ownersOf(
      [
        route('web', {}, 'storefront'),
        route('pay', {}, 'payments'),
        route('x'),
      ],
      catalog,
    );
    expect(getEntities).toHaveBeenCalledTimes(1);
    expect(getEntities.mock.calls[0][1]).toEqual({
      credentials: mockCredentials.user(),
    });
  });

  it('does not ask the catalog when every route names its entity', async () => {
    const catalog = catalogServiceMock({ entities });
    const getEntities = jest.spyOn(catalog, 'getEntities');
    const requested = route('next', {
      annotations: { 'portway.dev/entity-ref': 'component:default/storefront' },
    });
    await ownersOf([requested], catalog);
    expect(getEntities).not.toHaveBeenCalled();
  });

  it('gives none, and logs, when the catalog cannot be read', async () => {
    const catalog = catalogServiceMock({ entities });
    jest.spyOn(catalog, 'getEntities').mockRejectedValue(new Error('down'));
    const logger = mockServices.logger.mock();
    expect(
      await ownersOf([route('web', {}, 'storefront')], catalog, logger),
    ).toEqual([[]]);
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining('down'));
  });
});
