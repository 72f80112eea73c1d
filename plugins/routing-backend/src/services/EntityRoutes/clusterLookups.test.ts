import type { KubernetesObject } from '@portway/plugin-routing-common';
import { clusterWith } from '../../clusters/cache/__testUtils__/clusterWith';
import { clusterLookups } from './clusterLookups';

function httpRoute(name: string, status?: unknown): KubernetesObject {
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'HTTPRoute',
    metadata: { namespace: 'shop', name, generation: 1 },
    spec: {
      parentRefs: [
        { namespace: 'infra', name: 'public', sectionName: 'https' },
      ],
      hostnames: ['shop.example.com'],
    },
    ...(status ? { status } : {}),
  };
}

/** The status a Gateway controller writes for one parent. */
function acceptedBy(status: 'True' | 'False', message = '') {
  return {
    parents: [
      {
        parentRef: { namespace: 'infra', name: 'public', sectionName: 'https' },
        controllerName: 'example.com/gateway',
        conditions: [
          {
            type: 'Accepted',
            status,
            reason: status === 'True' ? 'Accepted' : 'NotAllowedByListeners',
            message,
            observedGeneration: 1,
          },
        ],
      },
    ],
  };
}

describe('clusterLookups gatewayRoutes', () => {
  it('takes a route as accepted when its controller Accepted it for its generation', () => {
    const live = httpRoute('accepted', acceptedBy('True'));
    const { gatewayRoutes } = clusterLookups(clusterWith('demo', [live]));
    expect(gatewayRoutes.standingOf(live)).toEqual({
      summary: 'ready',
      accepted: true,
    });
  });

  it('says which parent refused a route and why, in its controller’s words', () => {
    const live = httpRoute(
      'refused',
      acceptedBy(
        'False',
        'listener https allows namespaces labelled team=infra',
      ),
    );
    const { gatewayRoutes } = clusterLookups(clusterWith('demo', [live]));
    expect(gatewayRoutes.standingOf(live)).toEqual({
      summary: 'failed',
      accepted: false,
      refusedBecause:
        'infra/public/https: listener https allows namespaces labelled team=infra',
    });
  });

  it('does not take a route without status as accepted', () => {
    const live = httpRoute('unjudged');
    const { gatewayRoutes } = clusterLookups(clusterWith('demo', [live]));
    expect(gatewayRoutes.standingOf(live)).toEqual({
      summary: 'pending',
      accepted: false,
    });
  });

  it('finds pending routes by hostname beside live ones, and counts them as pending only', () => {
    const live = httpRoute('live', acceptedBy('True'));
    const requested = httpRoute('requested', acceptedBy('True'));
    const { gatewayRoutes } = clusterLookups(clusterWith('demo', [live]), [
      requested,
    ]);
    const found = gatewayRoutes.forHostname('shop.example.com');
    expect(found.map(route => route.metadata?.name)).toEqual([
      'live',
      'requested',
    ]);
    expect(gatewayRoutes.standingOf(requested)).toEqual({
      summary: 'pending',
      pending: true,
      accepted: false,
    });
    expect(gatewayRoutes.forHostname('other.example.com')).toEqual([]);
  });
});
