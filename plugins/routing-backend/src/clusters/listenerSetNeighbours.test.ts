import {
  analyzeGatewayApi,
  KubernetesObject,
} from '@portway/plugin-routing-common';
import { createClusterCache } from './cache/createClusterCache';
import { listenerSetNeighbours } from './listenerSetNeighbours';

const GATEWAY_API = 'gateway.networking.k8s.io/v1';

const object = (
  kind: string,
  namespace: string,
  name: string,
  spec: object,
): KubernetesObject => ({
  apiVersion: kind === 'Service' ? 'v1' : GATEWAY_API,
  kind,
  metadata: namespace ? { namespace, name } : { name },
  spec,
});

const gatewayClass = object('GatewayClass', '', 'example', {
  controllerName: 'example.com/gateway',
});
const gateway = object('Gateway', 'infra', 'edge', {
  gatewayClassName: 'example',
  allowedListeners: { namespaces: { from: 'All' } },
  listeners: [{ name: 'http', protocol: 'HTTP', port: 80 }],
});
const shopSet = object('ListenerSet', 'shop', 'shop', {
  parentRef: { name: 'edge', namespace: 'infra' },
  listeners: [
    {
      name: 'shop',
      protocol: 'HTTP',
      port: 8080,
      hostname: 'shop.example.com',
    },
  ],
});
const otherSet = object('ListenerSet', 'shop', 'other', {
  parentRef: { name: 'elsewhere', namespace: 'infra' },
  listeners: [{ name: 'other', protocol: 'HTTP', port: 8081 }],
});
const siblingSet = object('ListenerSet', 'blog', 'blog', {
  parentRef: { name: 'edge', namespace: 'infra' },
  listeners: [
    {
      name: 'blog',
      protocol: 'HTTP',
      port: 8080,
      hostname: 'blog.example.com',
    },
  ],
});
const route = object('HTTPRoute', 'shop', 'web', {
  parentRefs: [
    { group: 'gateway.networking.k8s.io', kind: 'ListenerSet', name: 'shop' },
  ],
  rules: [{ backendRefs: [{ name: 'web', port: 8080 }] }],
});
const service = object('Service', 'shop', 'web', { ports: [{ port: 8080 }] });

function cache() {
  const c = createClusterCache('prod');
  c.replaceAll('gatewayClass', [gatewayClass]);
  c.replaceAll('gateway', [gateway]);
  c.replaceAll('listenerSet', [shopSet, otherSet, siblingSet]);
  return c;
}

const keys = (objects: KubernetesObject[]) =>
  objects.map(
    o => `${o.kind} ${o.metadata?.namespace ?? ''}/${o.metadata?.name}`,
  );

describe('listenerSetNeighbours', () => {
  it('adds the ListenerSet a route names as parent, the Gateway it joins with its class, and the other ListenerSets joining it', () => {
    expect(keys(listenerSetNeighbours(cache(), [route, service]))).toEqual([
      'ListenerSet shop/shop',
      'ListenerSet blog/blog',
      'Gateway infra/edge',
      'GatewayClass /example',
    ]);
  });

  it('lets the analysis accept a route on a ListenerSet of the cache', () => {
    const neighbourhood = [route, service];
    const [analyzed] = analyzeGatewayApi([
      ...neighbourhood,
      ...listenerSetNeighbours(cache(), neighbourhood),
    ]).routes;

    expect(
      analyzed.parents[0].conditions.map(
        c => `${c.type} ${c.status} ${c.reason}`,
      ),
    ).toEqual(['Accepted True Accepted', 'ResolvedRefs True ResolvedRefs']);
  });

  it('adds the ListenerSets that join a Gateway of the objects, and repeats nothing they hold', () => {
    expect(
      keys(listenerSetNeighbours(cache(), [gatewayClass, gateway])),
    ).toEqual(['ListenerSet shop/shop', 'ListenerSet blog/blog']);
    expect(
      keys(listenerSetNeighbours(cache(), [gatewayClass, gateway, shopSet])),
    ).toEqual(['ListenerSet blog/blog']);
  });

  it('adds nothing for routes and Gateways without ListenerSets', () => {
    const onGateway = object('HTTPRoute', 'shop', 'plain', {
      parentRefs: [{ name: 'elsewhere', namespace: 'infra' }],
    });
    expect(listenerSetNeighbours(cache(), [onGateway, service])).toEqual([]);
  });
});
