import type {
  ClusterStatus,
  RouteSummary,
  RouteView,
} from '@portway/plugin-routing-common';
import {
  brokenCluster,
  httpRoute,
  okCluster,
  refusedRoute,
} from '../../__testUtils__/fixtures';
import { routingHealthLine, type HealthLine } from './routingHealthLine';

function route(
  name: string,
  summary: RouteSummary,
  cluster = 'prod-eu',
): RouteView {
  return { ...httpRoute, name, summary, cluster };
}

function notAllowed(name: string): RouteView {
  return {
    ...refusedRoute,
    name,
    parents: [
      {
        ...refusedRoute.parents[0],
        conditions: [
          {
            type: 'ResolvedRefs',
            status: 'True',
            reason: 'ResolvedRefs',
            message: '',
          },
          {
            type: 'Accepted',
            status: 'False',
            reason: 'NotAllowedByListeners',
            message: 'namespace shop is not allowed',
          },
        ],
      },
    ],
  };
}

function backendMissing(name: string): RouteView {
  return {
    ...httpRoute,
    name,
    summary: 'degraded',
    parents: [
      {
        ...httpRoute.parents[0],
        conditions: [
          {
            type: 'Accepted',
            status: 'True',
            reason: 'Accepted',
            message: '',
          },
          {
            type: 'ResolvedRefs',
            status: 'False',
            reason: 'BackendNotFound',
            message: 'service shop/cart not found',
          },
        ],
      },
    ],
  };
}

const eu: ClusterStatus = { name: 'prod-eu', state: 'ok' };
const us: ClusterStatus = okCluster;
const ap: ClusterStatus = { name: 'prod-ap', state: 'ok' };
const staleUs: ClusterStatus = {
  name: 'prod-us',
  state: 'stale',
  message: 'watch failed',
  lastSyncedAt: '2026-12-01T10:00:00Z',
};
const brokenUs: ClusterStatus = { ...brokenCluster, name: 'prod-us' };
const brokenAp: ClusterStatus = { ...brokenCluster, name: 'prod-ap' };

describe('routingHealthLine', () => {
  it.each<[string, RouteView[], ClusterStatus[], HealthLine | undefined]>([
    [
      'counts ready routes and the clusters they are in',
      [
        route('a', 'ready'),
        route('b', 'ready'),
        route('c', 'ready', 'prod-us'),
      ],
      [eu, us],
      { severity: 'ok', text: '3 routes ready in 2 clusters' },
    ],
    [
      'speaks of one route in one cluster in the singular',
      [route('a', 'ready')],
      [eu],
      { severity: 'ok', text: '1 route ready in 1 cluster' },
    ],
    [
      'names a refused route with the reason the Gateway gave',
      [
        route('a', 'ready'),
        route('b', 'ready'),
        route('c', 'ready'),
        notAllowed('storefront-admin'),
      ],
      [eu, us],
      {
        severity: 'error',
        text: '1 of 4 routes refused: storefront-admin (NotAllowedByListeners)',
      },
    ],
    [
      'says "1 route refused" when it is the only route',
      [refusedRoute],
      [us],
      {
        severity: 'error',
        text: '1 route refused: storefront-admin (NoMatchingListenerHostname)',
      },
    ],
    [
      'names two refused routes and counts the rest',
      [notAllowed('a'), notAllowed('b'), notAllowed('c'), route('d', 'ready')],
      [eu],
      {
        severity: 'error',
        text: '3 of 4 routes refused: a (NotAllowedByListeners), b (NotAllowedByListeners) and 1 more',
      },
    ],
    [
      'puts refused routes before an unreachable cluster',
      [notAllowed('storefront-admin'), route('a', 'ready')],
      [eu, brokenUs],
      {
        severity: 'error',
        text: '1 of 2 routes refused: storefront-admin (NotAllowedByListeners)',
      },
    ],
    [
      'says how many clusters are shown when one is unreachable',
      [route('a', 'ready'), route('b', 'ready', 'prod-ap')],
      [eu, brokenUs, ap],
      {
        severity: 'warning',
        text: 'cluster prod-us unreachable: showing 2 of 3 clusters',
      },
    ],
    [
      'names every unreachable cluster',
      [route('a', 'ready')],
      [eu, brokenUs, brokenAp],
      {
        severity: 'warning',
        text: 'clusters prod-us, prod-ap unreachable: showing 1 of 3 clusters',
      },
    ],
    [
      'speaks of an unreachable cluster even when no route was found',
      [],
      [eu, brokenUs],
      {
        severity: 'warning',
        text: 'cluster prod-us unreachable: showing 1 of 2 clusters',
      },
    ],
    [
      'warns that a stale cluster may serve old routes',
      [route('a', 'ready', 'prod-us')],
      [eu, staleUs],
      {
        severity: 'warning',
        text: 'cluster prod-us not answering: its routes may be out of date',
      },
    ],
    [
      'names a degraded route with the False condition',
      [route('a', 'ready'), backendMissing('cart')],
      [eu],
      {
        severity: 'warning',
        text: '1 of 2 routes degraded: cart (BackendNotFound)',
      },
    ],
    [
      'counts pending routes and those without status beside the ready ones',
      [
        route('a', 'ready'),
        route('b', 'pending'),
        route('c', 'unknown'),
        route('d', 'ready'),
      ],
      [eu],
      {
        severity: 'info',
        text: '2 of 4 routes ready, 1 pending, 1 without status',
      },
    ],
    [
      'has nothing to say without routes when every cluster answered',
      [],
      [eu, us],
      undefined,
    ],
    [
      'ignores a cluster that is still syncing',
      [route('a', 'ready')],
      [eu, { name: 'prod-us', state: 'syncing' }],
      { severity: 'ok', text: '1 route ready in 1 cluster' },
    ],
  ])('%s', (_behaviour, routes, clusters, expected) => {
    expect(routingHealthLine({ routes, clusters })).toEqual(expected);
  });
});
