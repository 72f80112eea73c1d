import { virtualServiceRouteView } from './virtualServiceRouteView';
import {
  istioGateway,
  vs,
  byKey,
  context,
} from './__testUtils__/virtualServices';

describe('virtualServiceRouteView on an Istio Gateway', () => {
  const onGateway = (
    gateways: string[],
    hosts = ['shop.shop.example.com'],
    key?: string,
  ) =>
    virtualServiceRouteView(
      vs(
        {
          hosts,
          gateways,
          http: [
            {
              match: [{ uri: { prefix: '/api' } }],
              route: [
                {
                  destination: {
                    host: 'web.shop.svc.cluster.local',
                    port: { number: 8080 },
                  },
                },
              ],
            },
          ],
        },
        key,
      ),
      context,
    );

  it('has the URLs of the servers that take its hosts, the servers as listeners, and the Gateway as parent', () => {
    const view = onGateway(['infra/public']);
    expect(view.urls).toEqual([
      'https://shop.shop.example.com/api',
      'http://shop.shop.example.com/api',
    ]);
    expect(view.parents).toEqual([
      expect.objectContaining({
        ref: {
          group: 'networking.istio.io',
          kind: 'Gateway',
          namespace: 'infra',
          name: 'public',
        },
        conditionsFrom: 'analysis',
        predictedBecause: 'no-status',
        listeners: [
          {
            name: 'https',
            hostname: '*.shop.example.com',
            port: 443,
            protocol: 'HTTPS',
          },
          {
            name: 'http',
            hostname: '*.shop.example.com',
            port: 80,
            protocol: 'HTTP',
          },
        ],
      }),
    ]);
    expect(view.parents[0].conditions[0]).toMatchObject({
      type: 'Accepted',
      status: 'True',
    });
    expect(view.summary).toBe('ready');
  });

  it('is not accepted by a Gateway that does not exist, and says how to fix it', () => {
    const view = onGateway(['infra/private']);
    expect(view.parents[0].ref).toMatchObject({
      namespace: 'infra',
      name: 'private',
    });
    expect(view.parents[0].conditions[0]).toMatchObject({
      status: 'False',
      reason: 'NoMatchingParent',
      message: 'Istio Gateway infra/private does not exist',
      explanation: expect.stringMatching(
        /create the Gateway, or correct the entry/,
      ),
    });
    expect(view.urls).toEqual([]);
    expect(view.summary).toBe('failed');
  });

  it('resolves a short gateway name in its own namespace', () => {
    expect(onGateway(['public']).parents[0].ref).toMatchObject({
      namespace: 'shop',
      name: 'public',
    });
  });

  it('is not accepted when no server of the Gateway serves its hosts', () => {
    const view = onGateway(['infra/public'], ['books.example.com']);
    expect(view.parents[0].conditions[0]).toMatchObject({
      status: 'False',
      reason: 'NoMatchingListenerHostname',
      explanation: expect.stringMatching(
        /serves \*\/\*\.shop\.example\.com and shop\/\*\.shop\.example\.com, none of which/,
      ),
    });
  });

  it('is only bound to the servers that take its namespace', () => {
    const fromBooks = onGateway(
      ['infra/public'],
      ['shop.shop.example.com'],
      'books/cart',
    );
    expect(fromBooks.urls).toEqual(['https://shop.shop.example.com/api']);
    const onlyShop = virtualServiceRouteView(
      vs(
        { hosts: ['a.shop.example.com'], gateways: ['infra/shop-only'] },
        'books/cart',
      ),
      {
        ...context,
        istioGateways: byKey([
          istioGateway('infra/shop-only', [
            { port: { number: 80, protocol: 'HTTP' }, hosts: ['shop/*'] },
          ]),
        ]),
      },
    );
    expect(onlyShop.parents[0].conditions[0]).toMatchObject({
      status: 'False',
      reason: 'NotAllowedByListeners',
      explanation: expect.stringMatching(
        /only from namespace shop; this VirtualService is in books/,
      ),
    });
  });

  it('has one parent per gateway entry, mesh included', () => {
    const view = onGateway(['infra/public', 'mesh']);
    expect(view.parents.map(p => p.ref.name)).toEqual(['public', 'mesh']);
    expect(view.summary).toBe('ready');
  });
});
