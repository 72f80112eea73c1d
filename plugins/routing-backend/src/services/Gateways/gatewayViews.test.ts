import type { KubernetesObject } from '@portway/plugin-routing-common';
import { clusterWith } from '../../clusters/cache/__testUtils__/clusterWith';
import { clusterGatewayViews } from './gatewayViews';

const GW = 'gateway.networking.k8s.io/v1';

function gateway(listeners: object[], extra: object = {}): KubernetesObject {
  return {
    apiVersion: GW,
    kind: 'Gateway',
    metadata: { name: 'public', namespace: 'infra' },
    spec: { gatewayClassName: 'istio', listeners },
    ...extra,
  };
}

function httpRoute(
  key: string,
  spec: object,
  extra: object = {},
): KubernetesObject {
  const [namespace, name] = key.split('/');
  return {
    apiVersion: GW,
    kind: 'HTTPRoute',
    metadata: { name, namespace, creationTimestamp: '2026-10-01T00:00:00Z' },
    spec: { rules: [{ backendRefs: [{ name: 'web', port: 80 }] }], ...spec },
    ...extra,
  };
}

const toGateway = (sectionName?: string) => ({
  parentRefs: [
    {
      name: 'public',
      namespace: 'infra',
      ...(sectionName ? { sectionName } : {}),
    },
  ],
});

const http = { name: 'http', port: 80, protocol: 'HTTP' };
const https = {
  name: 'https',
  port: 443,
  protocol: 'HTTPS',
  hostname: '*.shop.example.com',
  tls: { certificateRefs: [{ name: 'shop-tls' }] },
  allowedRoutes: {
    namespaces: {
      from: 'Selector',
      selector: {
        matchLabels: { team: 'shop' },
        matchExpressions: [
          { key: 'env', operator: 'In', values: ['prod', 'staging'] },
        ],
      },
    },
  },
};

const tlsPassthrough = {
  name: 'tls',
  port: 8443,
  protocol: 'TLS',
  tls: { mode: 'Passthrough' },
};

const viewsOf = (objects: KubernetesObject[]) =>
  clusterGatewayViews(clusterWith('prod', objects)).gateways;

describe('clusterGatewayViews', () => {
  it('predicts the conditions and attachedRoutes of a Gateway no controller wrote status for', () => {
    const [view] = viewsOf([
      gateway([http]),
      httpRoute('infra/web', toGateway()),
    ]);
    expect(view).toMatchObject({
      cluster: 'prod',
      namespace: 'infra',
      name: 'public',
      gatewayClassName: 'istio',
      addresses: [],
      conditionsFrom: 'analysis',
      conditions: [
        expect.objectContaining({ type: 'Accepted', status: 'True' }),
        expect.objectContaining({ type: 'Programmed', status: 'True' }),
      ],
      conflicts: [],
    });
    expect(view.listeners[0]).toMatchObject({
      attachedRoutes: 1,
      conditionsFrom: 'analysis',
      conditions: expect.arrayContaining([
        expect.objectContaining({ type: 'Accepted', status: 'True' }),
      ]),
    });
  });

  it("keeps the controller's conditions, attachedRoutes and addresses when it wrote status", () => {
    const written = {
      type: 'Programmed',
      status: 'True',
      reason: 'Programmed',
      message: 'assigned to public-istio',
    };
    const [view] = viewsOf([
      gateway([http], {
        status: {
          addresses: [{ type: 'IPAddress', value: '203.0.113.10' }],
          conditions: [written],
          listeners: [
            { name: 'http', attachedRoutes: 7, conditions: [written] },
          ],
        },
      }),
    ]);
    expect(view.addresses).toEqual(['203.0.113.10']);
    expect(view.conditions).toEqual([written]);
    expect(view.conditionsFrom).toBeUndefined();
    expect(view.listeners[0]).toMatchObject({
      attachedRoutes: 7,
      conditions: [written],
    });
    expect(view.listeners[0].conditionsFrom).toBeUndefined();
  });

  it('applies the allowedRoutes defaults and writes a selector in kubectl words', () => {
    const [view] = viewsOf([gateway([http, https, tlsPassthrough])]);
    expect(view.listeners.map(l => l.allowedRoutes)).toEqual([
      { namespaces: 'Same', kinds: ['HTTPRoute', 'GRPCRoute'] },
      {
        namespaces: 'Selector',
        selector: 'team=shop,env in (prod,staging)',
        kinds: ['HTTPRoute', 'GRPCRoute'],
      },
      { namespaces: 'Same', kinds: ['TLSRoute'] },
    ]);
  });

  it('gives HTTPS and TLS listeners their TLS mode and certificates, and HTTP ones none', () => {
    const [view] = viewsOf([gateway([http, https, tlsPassthrough])]);
    expect(view.listeners.map(l => l.tls)).toEqual([
      undefined,
      {
        mode: 'Terminate',
        certificates: [{ state: 'unmanaged', secret: 'infra/shop-tls' }],
      },
      { mode: 'Passthrough', certificates: [] },
    ]);
  });

  it('lists the routes naming each listener, accepted or refused with the reason', () => {
    const shop = {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: 'shop', labels: { team: 'shop', env: 'prod' } },
    };
    const [view] = viewsOf([
      shop,
      gateway([http, https]),
      httpRoute('shop/storefront', {
        ...toGateway('https'),
        hostnames: ['www.shop.example.com'],
      }),
      httpRoute('books/catalog', {
        ...toGateway('https'),
        hostnames: ['books.shop.example.com'],
      }),
      httpRoute('infra/status', toGateway()),
    ]);
    const routes = (name: string) =>
      view.listeners
        .find(l => l.name === name)!
        .routes.map(r => [`${r.namespace}/${r.name}`, r.accepted, r.reason]);
    expect(routes('https')).toEqual([
      ['books/catalog', false, 'NotAllowedByListeners'],
      ['shop/storefront', true, undefined],
    ]);
    expect(routes('http')).toEqual([['infra/status', true, undefined]]);
  });

  it('lists a route naming the whole Gateway only on the listeners it attached to', () => {
    const [view] = viewsOf([
      gateway([http, { ...https, allowedRoutes: undefined }]),
      httpRoute('infra/web', {
        ...toGateway(),
        hostnames: ['www.shop.example.com'],
      }),
      httpRoute('infra/other', {
        ...toGateway(),
        hostnames: ['www.example.org'],
      }),
    ]);
    const names = view.listeners.map(l => [l.name, l.routes.map(r => r.name)]);
    expect(names).toEqual([
      ['http', ['other', 'web']],
      ['https', ['web']],
    ]);
  });

  it("takes a route's refusal from its status when a controller wrote one", () => {
    const refused = {
      parents: [
        {
          parentRef: { name: 'public', namespace: 'infra' },
          controllerName: 'istio.io/gateway-controller',
          conditions: [
            {
              type: 'Accepted',
              status: 'False',
              reason: 'NotAllowedByListeners',
              message: 'no',
            },
          ],
        },
      ],
    };
    const [view] = viewsOf([
      gateway([http]),
      httpRoute('infra/web', toGateway(), { status: refused }),
    ]);
    expect(view.listeners[0].routes).toEqual([
      {
        kind: 'HTTPRoute',
        namespace: 'infra',
        name: 'web',
        hostnames: [],
        summary: 'failed',
        accepted: false,
        reason: 'NotAllowedByListeners',
        message: expect.stringContaining(
          'yet istio.io/gateway-controller refused it: "no"',
        ),
        entityRefs: [],
      },
    ]);
  });

  it('explains a refused route in plain words, with the fix', () => {
    const [view] = viewsOf([
      gateway([https]),
      httpRoute('books/catalog', {
        ...toGateway('https'),
        hostnames: ['books.shop.example.com'],
      }),
    ]);
    const [refused] = view.listeners[0].routes;
    expect(refused).toMatchObject({
      accepted: false,
      reason: 'NotAllowedByListeners',
    });
    expect(refused.message).toMatch(
      /^listener https of infra\/public .*namespace/,
    );
  });

  it('lists a route its controller accepted on every listener it names when the analysis attached it nowhere', () => {
    const accepted = {
      parents: [
        {
          parentRef: { name: 'public', namespace: 'infra' },
          conditions: [
            {
              type: 'Accepted',
              status: 'True',
              reason: 'Accepted',
              message: 'ok',
            },
          ],
        },
      ],
    };
    // The analysis cannot see the labels of namespace shop (no Namespace object is cached).
    const [view] = viewsOf([
      gateway([https]),
      httpRoute(
        'shop/web',
        { ...toGateway(), hostnames: ['www.shop.example.com'] },
        { status: accepted },
      ),
    ]);
    expect(view.listeners[0].routes).toEqual([
      expect.objectContaining({
        name: 'web',
        accepted: true,
        summary: 'ready',
      }),
    ]);
  });

  it('reports the listener and route conflicts the analysis finds on the Gateway', () => {
    const [view] = viewsOf([
      gateway([
        http,
        { name: 'http-too', port: 80, protocol: 'HTTP' },
        { name: 'web', port: 8080, protocol: 'HTTP' },
      ]),
      httpRoute('infra/a', {
        ...toGateway('web'),
        hostnames: ['a.example.com'],
      }),
      httpRoute('infra/b', {
        ...toGateway('web'),
        hostnames: ['a.example.com'],
      }),
    ]);
    expect(view.conflicts).toEqual([
      expect.objectContaining({
        code: 'HostnameConflict',
        message: expect.stringContaining('listener http of infra/public'),
      }),
      expect.objectContaining({
        code: 'HostnameConflict',
        message: expect.stringContaining('listener http-too of infra/public'),
      }),
      expect.objectContaining({
        code: 'HostnameConflict',
        severity: 'warning',
        message: expect.stringContaining(
          'HTTPRoute infra/a and HTTPRoute infra/b both route a.example.com',
        ),
      }),
    ]);
  });

  it('remembers who owns each route listed', () => {
    const views = clusterGatewayViews(
      clusterWith('prod', [
        gateway([http]),
        httpRoute('infra/web', toGateway()),
      ]),
    );
    expect([...views.ownerships.keys()]).toEqual(['HTTPRoute/infra/web']);
  });
});
