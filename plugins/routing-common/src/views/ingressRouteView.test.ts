import type { KubernetesObject } from '../kubernetes/objects';
import {
  ingress,
  ingressClass,
  rule,
  svc,
} from '../ingress/__testUtils__/builders';
import { IngressContext, ingressRouteView } from './ingressRouteView';

function httpRoute(
  key: string,
  hostnames: string[],
  kind = 'HTTPRoute',
): KubernetesObject {
  const [namespace, name] = key.split('/');
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind,
    metadata: { namespace, name },
    spec: { hostnames },
  };
}

/** Every route accepted by its Gateway, found by the hostnames it lists. */
function gatewayRoutes(routes: KubernetesObject[]) {
  return {
    forHostname: (hostname: string) =>
      routes.filter(r => (r.spec?.hostnames ?? []).includes(hostname)),
    standingOf: () => ({ summary: 'ready' as const, accepted: true }),
  };
}

const services = new Map(
  [svc('shop/web', { http: 80, admin: 9000 })].map(s => [
    `shop/${s.metadata?.name}`,
    s,
  ]),
);

const context: IngressContext = {
  cluster: 'prod-eu',
  matchedBy: 'backend',
  services,
  ingressClasses: [ingressClass('nginx', true), ingressClass('traefik')],
  gatewayRoutes: gatewayRoutes([]),
};

const withAddress = (
  object: KubernetesObject,
  address = '203.0.113.7',
): KubernetesObject => ({
  ...object,
  status: { loadBalancer: { ingress: [{ ip: address }] } },
});

const legacyShop = withAddress(
  ingress('shop/web', {
    ingressClassName: 'nginx',
    tls: [{ hosts: ['shop.example.com'], secretName: 'shop-tls' }],
    rules: [
      rule('shop.example.com'),
      {
        host: 'admin.example.com',
        http: {
          paths: [
            {
              path: '/admin',
              pathType: 'Prefix',
              backend: { service: { name: 'web', port: { name: 'admin' } } },
            },
            {
              path: '/api(/|$)(.*)',
              pathType: 'ImplementationSpecific',
              backend: { service: { name: 'web', port: { number: 80 } } },
            },
          ],
        },
      },
    ],
  }),
);

describe('ingressRouteView', () => {
  it('shows an Ingress with https for its TLS hosts, its class as parent, predicted conditions and its details', () => {
    expect(ingressRouteView(legacyShop, context)).toEqual({
      cluster: 'prod-eu',
      kind: 'Ingress',
      namespace: 'shop',
      name: 'web',
      hostnames: ['shop.example.com', 'admin.example.com'],
      urls: ['https://shop.example.com/', 'http://admin.example.com/admin'],
      parents: [
        {
          ref: {
            group: 'networking.k8s.io',
            kind: 'IngressClass',
            name: 'nginx',
          },
          conditions: [
            expect.objectContaining({
              type: 'Accepted',
              status: 'True',
              message:
                'IngressClass nginx exists; its controller is k8s.io/ingress-nginx',
            }),
            expect.objectContaining({ type: 'ResolvedRefs', status: 'True' }),
            expect.objectContaining({
              type: 'Programmed',
              status: 'True',
              message: 'served at 203.0.113.7',
            }),
          ],
          conditionsFrom: 'analysis',
          predictedBecause: 'no-status',
        },
      ],
      backends: [
        {
          kind: 'Service',
          namespace: 'shop',
          name: 'web',
          port: 80,
          state: 'found',
        },
        {
          kind: 'Service',
          namespace: 'shop',
          name: 'web',
          port: 9000,
          state: 'found',
        },
      ],
      summary: 'ready',
      matchedBy: 'backend',
      ingress: {
        className: 'nginx',
        tls: [{ hosts: ['shop.example.com'], secretName: 'shop-tls' }],
        addresses: ['203.0.113.7'],
        migration: {
          state: 'not-started',
          safeToRemove: false,
          message:
            'No Gateway API route serves shop.example.com, admin.example.com yet',
          hosts: [
            {
              hostname: 'shop.example.com',
              servedBy: [],
              paths: [{ pathType: 'Prefix', path: '/' }],
            },
            {
              hostname: 'admin.example.com',
              servedBy: [],
              paths: [
                { pathType: 'Prefix', path: '/admin' },
                { pathType: 'ImplementationSpecific', path: '/api(/|$)(.*)' },
              ],
            },
          ],
        },
      },
    });
  });

  it('is pending, with Programmed Unknown, until a controller publishes an address', () => {
    const view = ingressRouteView({ ...legacyShop, status: {} }, context);
    expect(view.parents[0].conditions[2]).toMatchObject({
      type: 'Programmed',
      status: 'Unknown',
    });
    expect(view.summary).toBe('pending');
  });

  it('takes the default IngressClass when it names none', () => {
    const view = ingressRouteView(
      withAddress(ingress('shop/web', { rules: [rule('shop.example.com')] })),
      context,
    );
    expect(view.parents[0].ref.name).toBe('nginx');
    expect(view.ingress?.className).toBe('nginx');
    expect(view.parents[0].conditions[0].message).toBe(
      'IngressClass nginx (the default) exists; its controller is k8s.io/ingress-nginx',
    );
  });

  it.each<
    [string, Record<string, unknown>, KubernetesObject[], string, RegExp]
  >([
    [
      'a class the cluster lacks',
      { ingressClassName: 'haproxy' },
      context.ingressClasses,
      'IngressClassNotFound',
      /asks for IngressClass "haproxy", which this cluster does not have \(it has nginx, traefik\).*install the controller/,
    ],
    [
      'a class in a cluster without any',
      { ingressClassName: 'haproxy' },
      [],
      'IngressClassNotFound',
      /\(it has none\)/,
    ],
    [
      'no class and no default',
      {},
      [ingressClass('traefik')],
      'NoDefaultIngressClass',
      /mark one IngressClass as the default/,
    ],
    [
      'no class and two defaults',
      {},
      [ingressClass('a', true), ingressClass('b', true)],
      'MultipleDefaultIngressClasses',
      /several default ones \(a, b\)/,
    ],
  ])(
    'is not accepted for %s, and says how to fix it',
    (_name, spec, ingressClasses, reason, explanation) => {
      const view = ingressRouteView(
        withAddress(
          ingress('shop/web', { ...spec, rules: [rule('shop.example.com')] }),
        ),
        { ...context, ingressClasses },
      );
      expect(view.parents[0].conditions[0]).toMatchObject({
        status: 'False',
        reason,
        explanation: expect.stringMatching(explanation),
      });
      expect(view.summary).toBe('failed');
    },
  );

  it('says which backend is missing or lacks the port', () => {
    const view = ingressRouteView(
      withAddress(
        ingress('shop/web', {
          ingressClassName: 'nginx',
          rules: [
            rule('a.example.com', 'gone'),
            rule('b.example.com', 'web', { name: 'grpc' }),
          ],
        }),
      ),
      context,
    );
    expect(view.backends).toEqual([
      {
        kind: 'Service',
        namespace: 'shop',
        name: 'gone',
        port: 80,
        state: 'missing',
        message: 'Service shop/gone does not exist',
      },
      {
        kind: 'Service',
        namespace: 'shop',
        name: 'web',
        state: 'port-not-on-service',
        message:
          'Service shop/web has no port named "grpc"; it exposes ports 80 (http) and 9000 (admin)',
      },
    ]);
    expect(view.parents[0].conditions[1]).toMatchObject({
      status: 'False',
      reason: 'BackendNotFound',
      explanation: expect.stringMatching(
        /change the backend service name or port/,
      ),
    });
    expect(view.summary).toBe('degraded');
  });

  it('shows a rule without host and the defaultBackend on the TLS hosts and the load balancer addresses', () => {
    const view = ingressRouteView(
      withAddress(
        ingress('shop/web', {
          ingressClassName: 'nginx',
          tls: [{ hosts: ['www.example.com'] }],
          rules: [rule(undefined)],
          defaultBackend: { service: { name: 'web', port: { number: 80 } } },
        }),
      ),
      context,
    );
    expect(view.hostnames).toEqual(['www.example.com']);
    expect(view.urls).toEqual([
      'https://www.example.com/',
      'http://203.0.113.7/',
    ]);
    expect(view.ingress?.migration).toMatchObject({
      state: 'not-started',
      hosts: [],
    });
  });

  it('has no URL for a wildcard host', () => {
    const view = ingressRouteView(
      withAddress(ingress('shop/web', { rules: [rule('*.example.com')] })),
      context,
    );
    expect(view.hostnames).toEqual(['*.example.com']);
    expect(view.urls).toEqual([]);
  });
});

describe('ingressRouteView migration state', () => {
  it('reads the Ingress hosts and paths against the cluster routes', () => {
    const twoHosts = withAddress(
      ingress('shop/web', {
        ingressClassName: 'nginx',
        rules: [rule('shop.example.com'), rule('api.example.com')],
      }),
    );
    const migration = ingressRouteView(twoHosts, {
      ...context,
      gatewayRoutes: gatewayRoutes([
        httpRoute('shop/storefront', ['shop.example.com']),
        httpRoute('infra/everything', ['*.example.com']),
      ]),
    }).ingress?.migration;
    expect(migration).toMatchObject({
      state: 'complete',
      safeToRemove: true,
      hosts: [
        {
          hostname: 'shop.example.com',
          paths: [
            {
              pathType: 'Prefix',
              path: '/',
              coveredBy: 'HTTPRoute shop/storefront',
            },
          ],
        },
        {
          hostname: 'api.example.com',
          paths: [
            {
              pathType: 'Prefix',
              path: '/',
              coveredBy: 'HTTPRoute infra/everything',
            },
          ],
        },
      ],
    });
  });
});
