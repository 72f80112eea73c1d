import type { RouteView } from '@portway/plugin-routing-common';
import {
  brokenBackendsRoute,
  fixtureNow,
  grpcRoute,
  ingressRoute,
  publicGateway,
  refusedRoute,
  refusingGateway,
  route,
  storefrontRoute,
  virtualServiceRoute,
} from './__fixtures__';
import { routingTopology } from './topologyGraph';
import type { RoutingTopologyGraph, TopologyNode } from './types';

/** Each edge as `from title -> to title`, with the label of a broken one. */
function edgeLines({ nodes, edges }: RoutingTopologyGraph): string[] {
  const title = (id: string) => nodes.find(node => node.id === id)!.title;
  return edges.map(
    edge =>
      `${title(edge.from)} -> ${title(edge.to)}${
        edge.broken ? ` (broken: ${edge.label})` : ''
      }`,
  );
}

function nodeTitled(graph: RoutingTopologyGraph, title: string): TopologyNode {
  const found = graph.nodes.filter(node => node.title === title);
  expect(found).toHaveLength(1);
  return found[0];
}

describe('routingTopology', () => {
  it.each<[string, RouteView, string[]]>([
    [
      'a Gateway API route runs from its Gateway through each listener to its Service',
      storefrontRoute,
      [
        'infra/public -> https',
        'https -> shop/storefront',
        'infra/public -> http',
        'http -> shop/storefront',
        'shop/storefront -> shop/storefront:8080',
      ],
    ],
    [
      'a route the listener refused has a broken edge labelled with the reason',
      refusedRoute,
      [
        'infra/public -> https',
        'https -> books/catalog (broken: NotAllowedByListeners)',
        'books/catalog -> books/catalog:8080',
      ],
    ],
    [
      'a missing Service and a port the Service lacks break the edges into them',
      brokenBackendsRoute,
      [
        'infra/public -> https',
        'https -> shop/cart',
        'infra/public -> http',
        'http -> shop/cart',
        'shop/cart -> shop/cart:8080 (broken: Service not found)',
        'shop/cart -> shop/storefront:9090 (broken: no port 9090 on Service)',
      ],
    ],
    [
      'a route whose Gateway has no known listeners hangs from the Gateway itself',
      grpcRoute,
      [
        'infra/internal -> shop/storefront-grpc',
        'shop/storefront-grpc -> shop/storefront:9000',
      ],
    ],
    [
      'a VirtualService hangs from mesh and from each Istio Gateway it names',
      virtualServiceRoute,
      [
        'mesh -> shop/storefront-mesh',
        'istio-system/ingress -> shop/storefront-mesh',
        'shop/storefront-mesh -> shop/storefront:8080',
      ],
    ],
    [
      'an Ingress hangs from its IngressClass',
      ingressRoute,
      [
        'nginx -> shop/storefront-legacy',
        'shop/storefront-legacy -> shop/storefront:8080',
      ],
    ],
    [
      'a route with neither parents nor backends is a lone node',
      route({ kind: 'Ingress', parents: [], backends: [] }),
      [],
    ],
  ])('%s', (_name, view, expected) => {
    expect(edgeLines(routingTopology([view], fixtureNow))).toEqual(expected);
  });

  it.each<[string, RouteView, string, Partial<TopologyNode>]>([
    [
      'a Gateway shows its kind, cluster and Programmed state',
      storefrontRoute,
      'infra/public',
      { layer: 'parent', caption: 'Gateway · prod-eu', health: 'ok' },
    ],
    [
      'a Gateway that is not programmed says why and is an error',
      route({
        parents: [
          {
            ...publicGateway,
            gatewayProgrammed: {
              type: 'Programmed',
              status: 'False',
              reason: 'AddressNotAssigned',
              message: '',
            },
          },
        ],
      }),
      'infra/public',
      { detail: 'not programmed: AddressNotAssigned', health: 'error' },
    ],
    [
      'a Gateway without a Programmed condition is neutral',
      grpcRoute,
      'infra/internal',
      { health: 'neutral', detail: undefined },
    ],
    [
      'a listener shows protocol, port and hostname, healthy with its certificate ready',
      storefrontRoute,
      'https',
      {
        layer: 'listener',
        caption: 'Listener',
        detail: 'HTTPS:443 · *.example.com',
        health: 'ok',
      },
    ],
    [
      'a listener without certificates is neutral',
      storefrontRoute,
      'http',
      { detail: 'HTTP:80', health: 'neutral' },
    ],
    [
      'a listener whose certificate will not be issued is an error',
      route({
        parents: [
          {
            ...publicGateway,
            listeners: [
              {
                name: 'https',
                port: 443,
                protocol: 'HTTPS',
                certificates: [
                  { state: 'will-not-issue', message: 'no hostname' },
                ],
              },
            ],
          },
        ],
      }),
      'https',
      { health: 'error' },
    ],
    [
      'a route shows its kind, cluster and summary',
      grpcRoute,
      'shop/storefront-grpc',
      {
        layer: 'route',
        caption: 'GRPCRoute · prod-eu',
        detail: 'pending',
        health: 'pending',
      },
    ],
    [
      'a degraded route is a warning',
      brokenBackendsRoute,
      'shop/cart',
      { health: 'warning' },
    ],
    [
      'a found Service is healthy',
      storefrontRoute,
      'shop/storefront:8080',
      { layer: 'backend', caption: 'Service', health: 'ok' },
    ],
    [
      'a missing Service says so and is an error',
      brokenBackendsRoute,
      'shop/cart:8080',
      { detail: 'Service not found', health: 'error' },
    ],
    [
      'a backend Portway could not check is neutral',
      grpcRoute,
      'shop/storefront:9000',
      { health: 'neutral' },
    ],
    [
      'mesh is named as the sidecars of the cluster',
      virtualServiceRoute,
      'mesh',
      { caption: 'Istio · prod-eu', detail: 'the sidecars' },
    ],
    [
      'an Istio Gateway is named with its cluster',
      virtualServiceRoute,
      'istio-system/ingress',
      { caption: 'Istio Gateway · prod-eu' },
    ],
    [
      'an IngressClass is named with its cluster',
      ingressRoute,
      'nginx',
      { layer: 'parent', caption: 'IngressClass · prod-eu' },
    ],
  ])('%s', (_name, view, title, expected) => {
    const graph = routingTopology([view], fixtureNow);
    expect(nodeTitled(graph, title)).toMatchObject(expected);
  });

  it('draws a Gateway, listener and Service shared by several routes once', () => {
    const graph = routingTopology(
      [storefrontRoute, refusedRoute, brokenBackendsRoute],
      fixtureNow,
    );

    expect(graph.nodes.map(node => node.title)).toEqual([
      'shop/storefront',
      'infra/public',
      'https',
      'http',
      'shop/storefront:8080',
      'books/catalog',
      'books/catalog:8080',
      'shop/cart',
      'shop/cart:8080',
      'shop/storefront:9090',
    ]);
    expect(edgeLines(graph)).toContain(
      'https -> books/catalog (broken: NotAllowedByListeners)',
    );
    expect(edgeLines(graph)).toContain('https -> shop/storefront');
  });

  it('keeps equal names in two clusters apart', () => {
    const graph = routingTopology(
      [storefrontRoute, { ...storefrontRoute, cluster: 'prod-us' }],
      fixtureNow,
    );

    expect(graph.nodes).toHaveLength(10);
    expect(new Set(graph.nodes.map(node => node.id)).size).toBe(10);
    expect(graph.edges).toHaveLength(10);
    expect(
      graph.nodes.filter(node => node.layer === 'parent').map(n => n.caption),
    ).toEqual(['Gateway · prod-eu', 'Gateway · prod-us']);
  });

  it('marks only the listener whose parent entry refused the route', () => {
    const graph = routingTopology(
      [
        route({
          parents: [
            { ...publicGateway, listeners: [publicGateway.listeners![1]] },
            refusingGateway,
          ],
        }),
      ],
      fixtureNow,
    );

    expect(edgeLines(graph)).toEqual([
      'infra/public -> http',
      'http -> shop/storefront',
      'infra/public -> https',
      'https -> shop/storefront (broken: NotAllowedByListeners)',
      'shop/storefront -> shop/storefront:8080',
    ]);
  });

  it('says why an edge is broken with the explanation, else the message', () => {
    const withoutExplanation = route({
      name: 'plain',
      parents: [
        {
          ...refusingGateway,
          conditions: [
            {
              type: 'Accepted',
              status: 'False',
              reason: 'NotAllowedByListeners',
              message: 'no listener allows routes from namespace books',
            },
          ],
        },
      ],
    });
    const { edges } = routingTopology(
      [refusedRoute, withoutExplanation, brokenBackendsRoute],
      fixtureNow,
    );

    expect(edges.filter(edge => edge.broken).map(edge => edge.why)).toEqual([
      'listener https of infra/public accepts routes only from namespaces labelled team=shop; this route is in books',
      'no listener allows routes from namespace books',
      'Service shop/cart does not exist in prod-eu',
      'Service shop/storefront has no port 9090 (it has 8080)',
    ]);
  });

  it('has no label on edges that are not broken', () => {
    const { edges } = routingTopology([storefrontRoute], fixtureNow);

    expect(edges.every(edge => !edge.broken && !edge.label)).toBe(true);
  });

  it('is empty without routes', () => {
    expect(routingTopology([], fixtureNow)).toEqual({ nodes: [], edges: [] });
  });
});
