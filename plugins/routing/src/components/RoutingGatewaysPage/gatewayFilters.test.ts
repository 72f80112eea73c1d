import type { GatewayView } from '@portway/plugin-routing-common';
import {
  apBroken,
  euOk,
  httpListener,
  httpsListener,
  internalGateway,
  publicGateway,
} from '../../__testUtils__/gatewayFixtures';
import {
  gatewayWithListenerSets,
  postgresListener,
  shopListenerSet,
} from '../../__testUtils__/listenerSetFixtures';
import {
  filterGateways,
  gatewayFilterOptions,
  type GatewayFilters,
  type ShownGateway,
} from './gatewayFilters';

const owners = new Map([
  ['component:default/storefront', 'group:default/team-shop'],
  ['component:books/catalogue', 'group:default/team-books'],
  ['component:default/cart', 'group:default/team-cart'],
]);

const gateways = [publicGateway, internalGateway];

/** `cluster/namespace/name: listener[route, ...]` for each Gateway shown. */
function shown(filters: GatewayFilters): string[] {
  return filterGateways(gateways, filters, owners).map(
    ({ gateway, listeners }: ShownGateway) =>
      `${gateway.cluster}/${gateway.namespace}/${gateway.name}: ${listeners
        .map(
          ({ listener, routes }) =>
            `${listener.name}[${routes.map(route => route.name).join(',')}]`,
        )
        .join(' ')}`,
  );
}

describe('filterGateways', () => {
  it.each<[string, GatewayFilters, string[]]>([
    [
      'shows every Gateway, listener and route without filters',
      {},
      [
        'prod-eu/infra/public: https[storefront,catalogue] http[]',
        'prod-us/mesh/internal: grpc[cart]',
      ],
    ],
    [
      'keeps the Gateways of the chosen cluster',
      { cluster: 'prod-us' },
      ['prod-us/mesh/internal: grpc[cart]'],
    ],
    [
      'keeps the Gateways of the chosen namespace',
      { namespace: 'infra' },
      ['prod-eu/infra/public: https[storefront,catalogue] http[]'],
    ],
    [
      'shows nothing when cluster and namespace do not meet',
      { cluster: 'prod-us', namespace: 'infra' },
      [],
    ],
    [
      'finds a route by its exact hostname, not its neighbours on the listener',
      { hostname: 'storefront.shop.example.com' },
      ['prod-eu/infra/public: https[storefront]'],
    ],
    [
      'matches hostnames regardless of case and surrounding spaces',
      { hostname: ' Storefront.Shop.Example.com ' },
      ['prod-eu/infra/public: https[storefront]'],
    ],
    [
      'finds the listener whose wildcard serves the hostname, even without routes for it',
      { hostname: 'new.shop.example.com' },
      ['prod-eu/infra/public: https[]'],
    ],
    [
      'lets a wildcard hostname find the routes under it',
      { hostname: '*.shop.example.com' },
      ['prod-eu/infra/public: https[storefront,catalogue]'],
    ],
    [
      "gives a route without hostnames its listener's hostname",
      { hostname: 'cart.internal.example.com' },
      ['prod-us/mesh/internal: grpc[cart]'],
    ],
    [
      'does not match a parent domain to a wildcard',
      { hostname: 'shop.example.com' },
      [],
    ],
    [
      'keeps the listeners with routes of the chosen owner',
      { owner: 'group:default/team-books' },
      ['prod-eu/infra/public: https[catalogue]'],
    ],
    [
      'combines owner and hostname',
      {
        owner: 'group:default/team-shop',
        hostname: 'catalogue.shop.example.com',
      },
      [],
    ],
    [
      'shows nothing for an owner with no routes',
      { owner: 'group:default/team-nobody' },
      [],
    ],
  ])('%s', (_behaviour, filters, expected) => {
    expect(shown(filters)).toEqual(expected);
  });

  it('shows a Gateway without listeners unless hostname or owner narrow them', () => {
    const empty: GatewayView = { ...publicGateway, listeners: [] };
    expect(filterGateways([empty], {}, owners)).toEqual([
      { gateway: empty, listeners: [], listenerSets: [] },
    ]);
    expect(
      filterGateways([empty], { owner: 'group:default/team-shop' }, owners),
    ).toEqual([]);
  });

  it('lets a listener without hostname serve any hostname through its routes only', () => {
    const catchAll: GatewayView = {
      ...publicGateway,
      listeners: [
        httpListener,
        { ...httpsListener, hostname: undefined, name: 'any' },
      ],
    };
    expect(
      filterGateways(
        [catchAll],
        { hostname: 'storefront.shop.example.com' },
        owners,
      )
        .flatMap(({ listeners }) => listeners)
        .map(({ listener, routes }) => [listener.name, routes.length]),
    ).toEqual([['any', 1]]);
  });
});

describe('gatewayFilterOptions', () => {
  it('offers every cluster asked, the Gateway namespaces and the owners found, sorted', () => {
    expect(gatewayFilterOptions(gateways, [euOk, apBroken], owners)).toEqual({
      clusters: ['prod-ap', 'prod-eu', 'prod-us'],
      namespaces: ['infra', 'mesh'],
      owners: [
        'group:default/team-books',
        'group:default/team-cart',
        'group:default/team-shop',
      ],
    });
  });
});

describe('filterGateways with ListenerSets', () => {
  it("narrows a Gateway's ListenerSets to the listeners whose routes pass, and keeps the Gateway for them", () => {
    const [shownGateway] = filterGateways(
      [{ ...gatewayWithListenerSets, listeners: [httpListener] }],
      { owner: 'group:default/team-shop' },
      owners,
    );

    expect(shownGateway.listeners).toEqual([]);
    expect(shownGateway.listenerSets).toEqual([
      {
        listenerSet: shopListenerSet,
        listeners: [
          { listener: postgresListener, routes: postgresListener.routes },
        ],
      },
    ]);
  });

  it('shows every ListenerSet, with or without listeners, when nothing narrows the listeners', () => {
    const [shownGateway] = filterGateways(
      [gatewayWithListenerSets],
      {},
      owners,
    );

    expect(
      shownGateway.listenerSets.map(({ listenerSet }) => listenerSet.name),
    ).toEqual(['shop-listeners', 'books-listeners']);
  });
});
