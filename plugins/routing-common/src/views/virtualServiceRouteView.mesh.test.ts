import { virtualServiceRouteView } from './virtualServiceRouteView';
import {
  serviceWithPorts,
  vs,
  byKey,
  context,
} from './__testUtils__/virtualServices';

const grpcMesh = vs({
  hosts: ['cart.shop.svc.cluster.local'],
  gateways: ['mesh'],
  http: [
    {
      match: [{ uri: { prefix: '/shop.cart.v1.Cart/AddItem' } }],
      route: [
        {
          destination: {
            host: 'cart.shop.svc.cluster.local',
            port: { number: 9090 },
          },
        },
      ],
    },
  ],
});

describe('virtualServiceRouteView in the mesh', () => {
  it('shows a gRPC mesh VirtualService with its in-mesh address, its match in words and predicted conditions', () => {
    const view = virtualServiceRouteView(grpcMesh, context);
    expect(view).toEqual({
      cluster: 'prod-eu',
      kind: 'VirtualService',
      namespace: 'shop',
      name: 'cart',
      hostnames: ['cart.shop.svc.cluster.local'],
      urls: ['grpc://cart.shop.svc.cluster.local:9090'],
      parents: [
        {
          ref: { group: 'networking.istio.io', kind: 'Gateway', name: 'mesh' },
          conditions: [
            expect.objectContaining({ type: 'Accepted', status: 'True' }),
            expect.objectContaining({ type: 'ResolvedRefs', status: 'True' }),
          ],
          conditionsFrom: 'analysis',
          predictedBecause: 'no-status',
        },
      ],
      backends: [
        {
          kind: 'Service',
          namespace: 'shop',
          name: 'cart',
          port: 9090,
          state: 'found',
        },
      ],
      summary: 'ready',
      matchedBy: 'label',
      creationTimestamp: '2026-11-27T10:00:00.000Z',
      virtualService: {
        hosts: ['cart.shop.svc.cluster.local'],
        gateways: ['mesh'],
        matches: ['gRPC shop.cart.v1.Cart/AddItem'],
      },
    });
  });

  it('reads a VirtualService without gateways as bound to the mesh, and a short host as the Service of its namespace', () => {
    const view = virtualServiceRouteView(
      vs({
        hosts: ['web'],
        http: [
          { route: [{ destination: { host: 'web', port: { number: 8080 } } }] },
        ],
      }),
      context,
    );
    expect(view.virtualService?.gateways).toEqual(['mesh']);
    expect(view.parents.map(p => p.ref.name)).toEqual(['mesh']);
    expect(view.urls).toEqual(['http://web.shop.svc.cluster.local:8080/']);
    expect(view.virtualService?.matches).toEqual(['any request']);
  });

  it('calls a gRPC-only VirtualService on an HTTP/2 port grpc://, and skips ports of other protocols', () => {
    const view = virtualServiceRouteView(
      vs({
        hosts: ['ledger'],
        http: grpcMesh.spec.http.map((rule: any) => ({
          ...rule,
          route: [{ destination: { host: 'ledger' } }],
        })),
      }),
      {
        ...context,
        services: byKey([
          serviceWithPorts('shop/ledger', {
            'http2-api': 8443,
            'tcp-db': 5432,
          }),
        ]),
      },
    );
    expect(view.urls).toEqual(['grpc://ledger.shop.svc.cluster.local:8443']);
  });

  it('reads Kubernetes appProtocol kubernetes.io/h2c as HTTP/2', () => {
    const h2c = serviceWithPorts('shop/ledger', { api: 7070 });
    h2c.spec.ports[0].appProtocol = 'kubernetes.io/h2c';
    const view = virtualServiceRouteView(
      vs({
        hosts: ['ledger'],
        http: grpcMesh.spec.http.map((rule: any) => ({
          ...rule,
          route: [{ destination: { host: 'ledger' } }],
        })),
      }),
      { ...context, services: byKey([h2c]) },
    );
    expect(view.urls).toEqual(['grpc://ledger.shop.svc.cluster.local:7070']);
  });

  it.each<[string, unknown, string]>([
    [
      'a uri prefix on a whole gRPC service',
      { uri: { prefix: '/shop.cart.v1.Cart/' } },
      'gRPC shop.cart.v1.Cart',
    ],
    [
      'an exact uri on a gRPC method',
      { uri: { exact: '/shop.cart.v1.Cart/Checkout' } },
      'gRPC shop.cart.v1.Cart/Checkout',
    ],
    ['a uri prefix', { uri: { prefix: '/api' } }, 'prefix /api'],
    ['an exact uri', { uri: { exact: '/x' } }, 'exact /x'],
    ['a uri regex', { uri: { regex: '^/v[0-9]+' } }, 'regex ^/v[0-9]+'],
    [
      'headers and a method, joined with and',
      {
        uri: { prefix: '/api' },
        method: { exact: 'GET' },
        headers: { 'x-canary': { exact: 'true' } },
      },
      'prefix /api and method exact GET and header x-canary exact true',
    ],
  ])('writes %s in words', (_name, match, words) => {
    const view = virtualServiceRouteView(
      vs({
        hosts: ['web'],
        http: [
          {
            match: [match],
            route: [{ destination: { host: 'web', port: { number: 8080 } } }],
          },
        ],
      }),
      context,
    );
    expect(view.virtualService?.matches).toEqual([words]);
  });

  it('writes tls and tcp routes in words', () => {
    const view = virtualServiceRouteView(
      vs({
        hosts: ['db'],
        tls: [
          {
            match: [{ sniHosts: ['db.shop.example.com'] }],
            route: [{ destination: { host: 'web' } }],
          },
        ],
        tcp: [
          {
            match: [{ port: 5432 }],
            route: [{ destination: { host: 'web' } }],
          },
          { route: [{ destination: { host: 'web' } }] },
        ],
      }),
      context,
    );
    expect(view.virtualService?.matches).toEqual([
      'TLS SNI db.shop.example.com',
      'TCP port 5432',
      'any TCP connection',
    ]);
    expect(view.urls).toEqual([]);
  });
});

describe('virtualServiceRouteView destinations', () => {
  const routeTo = (...destinations: unknown[]) =>
    vs({
      hosts: ['web'],
      http: [
        {
          route: destinations.map(destination => ({ destination, weight: 50 })),
        },
      ],
    });

  it('says which destination Service is missing or lacks the port, with a sentence that gives the fix', () => {
    const view = virtualServiceRouteView(
      routeTo(
        { host: 'web', port: { number: 8081 } },
        { host: 'gone.shop.svc.cluster.local', port: { number: 80 } },
      ),
      context,
    );
    expect(view.backends).toEqual([
      {
        kind: 'Service',
        namespace: 'shop',
        name: 'web',
        port: 8081,
        weight: 50,
        state: 'port-not-on-service',
        message:
          'Service shop/web has no port 8081; it exposes ports 8080 (http) and 9000 (admin)',
      },
      {
        kind: 'Service',
        namespace: 'shop',
        name: 'gone',
        port: 80,
        weight: 50,
        state: 'missing',
        message: 'Service shop/gone does not exist',
      },
    ]);
    const resolved = view.parents[0].conditions[1];
    expect(resolved).toMatchObject({
      type: 'ResolvedRefs',
      status: 'False',
      reason: 'BackendNotFound',
    });
    expect(resolved.explanation).toMatch(
      /Service shop\/gone does not exist.*: create the Service, or change the destination host/,
    );
    expect(view.summary).toBe('degraded');
  });

  it('reports a port the Service lacks as PortNotOnService when every Service exists', () => {
    const view = virtualServiceRouteView(
      routeTo({ host: 'web', port: { number: 8081 } }),
      context,
    );
    expect(view.parents[0].conditions[1]).toMatchObject({
      status: 'False',
      reason: 'PortNotOnService',
      explanation: expect.stringMatching(/use one of the Service's ports/),
    });
  });

  it('shows an external host as a Host without judging it, and lists a destination used twice once', () => {
    const view = virtualServiceRouteView(
      vs({
        hosts: ['web'],
        http: [
          {
            match: [{ uri: { prefix: '/a' } }],
            route: [{ destination: { host: 'api.stripe.com' } }],
          },
          {
            match: [{ uri: { prefix: '/b' } }],
            route: [{ destination: { host: 'api.stripe.com' } }],
          },
        ],
      }),
      context,
    );
    expect(view.backends).toEqual([
      { kind: 'Host', namespace: '', name: 'api.stripe.com' },
    ]);
    expect(view.parents[0].conditions[1].status).toBe('True');
  });
});
