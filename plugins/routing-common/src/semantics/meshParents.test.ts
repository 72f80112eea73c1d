import { analyzeGatewayApi } from './analyzeGatewayApi';
import { gateway, route, service } from './__testUtils__/builders';
import { parentCondition } from './__testUtils__/read';

const ports = { ports: [{ name: 'http', port: 8080 }] };
const serviceParent = (name: string, extra: object = {}) => ({
  group: '',
  kind: 'Service',
  name,
  ...extra,
});

describe('Service parents (GAMMA mesh routes, GEP-1294)', () => {
  it('accepts a producer route in the Service namespace, for every caller', () => {
    const analysis = analyzeGatewayApi([
      service('shop/cart', ports),
      route('HTTPRoute', 'shop/cart', {
        parentRefs: [serviceParent('cart')],
        backendRefs: [{ name: 'cart', port: 8080 }],
      }),
    ]);
    const [parent] = analysis.routes[0].parents;
    expect(parent.meshRole).toBe('producer');
    expect(
      parent.conditions.map(c => `${c.type}=${c.status}/${c.reason}`),
    ).toEqual(['Accepted=True/Accepted', 'ResolvedRefs=True/ResolvedRefs']);
    expect(parent.conditions[0].message).toBe(
      'producer route for Service shop/cart: applies to calls from every namespace',
    );
  });

  it('accepts a consumer route from another namespace, for its own callers only, with no ReferenceGrant', () => {
    const analysis = analyzeGatewayApi([
      service('shop/cart', ports),
      route('HTTPRoute', 'checkout/cart-canary', {
        parentRefs: [serviceParent('cart', { namespace: 'shop', port: 8080 })],
        backendRefs: [{ name: 'cart', namespace: 'shop', port: 8080 }],
      }),
    ]);
    const [parent] = analysis.routes[0].parents;
    expect(parent.meshRole).toBe('consumer');
    expect(parent.conditions[0].message).toBe(
      'consumer route for Service shop/cart port 8080: applies to calls from namespace checkout only',
    );
    expect(parentCondition(analysis, 'cart-canary', 'ResolvedRefs')).toBe(
      'True/ResolvedRefs',
    );
  });

  it('still asks a Gateway parent of the same route for a ReferenceGrant', () => {
    const analysis = analyzeGatewayApi([
      gateway('checkout/public'),
      service('shop/cart', ports),
      route('HTTPRoute', 'checkout/both', {
        parentRefs: [
          serviceParent('cart', { namespace: 'shop' }),
          { name: 'public' },
        ],
        backendRefs: [{ name: 'cart', namespace: 'shop', port: 8080 }],
      }),
    ]);
    expect(parentCondition(analysis, 'both', 'ResolvedRefs', 0)).toBe(
      'True/ResolvedRefs',
    );
    expect(parentCondition(analysis, 'both', 'ResolvedRefs', 1)).toBe(
      'False/RefNotPermitted',
    );
  });

  it.each([
    [
      'a Service that does not exist',
      serviceParent('gone'),
      'parent Service shop/gone does not exist',
    ],
    [
      'a port the Service does not have',
      serviceParent('cart', { port: 9090 }),
      'parent Service shop/cart has no port 9090',
    ],
  ])('refuses %s with NoMatchingParent', (_, parentRef, message) => {
    const analysis = analyzeGatewayApi([
      service('shop/cart', ports),
      route('HTTPRoute', 'shop/r', { parentRefs: [parentRef] }),
    ]);
    const accepted = analysis.routes[0].parents[0].conditions[0];
    expect(accepted).toMatchObject({
      status: 'False',
      reason: 'NoMatchingParent',
      message,
    });
    expect(analysis.findings).toContainEqual(
      expect.objectContaining({ severity: 'error', code: 'NoMatchingParent' }),
    );
  });

  it('gives a GRPCRoute precedence over an HTTPRoute on the same Service and port (Conflicted)', () => {
    const analysis = analyzeGatewayApi([
      service('shop/cart', ports),
      route('HTTPRoute', 'shop/http', {
        parentRefs: [serviceParent('cart')],
        backendRefs: [{ name: 'cart', port: 8080 }],
      }),
      route('GRPCRoute', 'shop/grpc', {
        parentRefs: [serviceParent('cart', { port: 8080 })],
        backendRefs: [{ name: 'cart', port: 8080 }],
      }),
    ]);
    expect(parentCondition(analysis, 'grpc', 'Accepted')).toBe('True/Accepted');
    expect(parentCondition(analysis, 'http', 'Accepted')).toBe(
      'False/Conflicted',
    );
  });

  it('lets a consumer route and a producer route of different kinds live side by side', () => {
    const analysis = analyzeGatewayApi([
      service('shop/cart', ports),
      route('HTTPRoute', 'shop/http', {
        parentRefs: [serviceParent('cart')],
        backendRefs: [{ name: 'cart', port: 8080 }],
      }),
      route('GRPCRoute', 'checkout/grpc', {
        parentRefs: [serviceParent('cart', { namespace: 'shop' })],
        backendRefs: [{ name: 'cart', namespace: 'shop', port: 8080 }],
      }),
    ]);
    expect(parentCondition(analysis, 'http', 'Accepted')).toBe('True/Accepted');
  });

  it('says once that mesh route analysis is experimental', () => {
    const analysis = analyzeGatewayApi([
      service('shop/cart', ports),
      route('HTTPRoute', 'shop/a', {
        parentRefs: [serviceParent('cart')],
        backendRefs: [{ name: 'cart', port: 8080 }],
      }),
      route('HTTPRoute', 'shop/b', {
        parentRefs: [serviceParent('cart')],
        backendRefs: [{ name: 'cart', port: 8080 }],
      }),
    ]);
    const notes = analysis.findings.filter(
      f => f.code === 'MeshRoutingExperimental',
    );
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ severity: 'info' });
    expect(notes[0].message).toContain(
      'HTTPRoute shop/a and HTTPRoute shop/b have a Service parent',
    );
  });

  it('leaves out a parent of a kind no implementation knows, and notes it', () => {
    const analysis = analyzeGatewayApi([
      service('shop/cart', ports),
      route('HTTPRoute', 'shop/r', {
        parentRefs: [
          {
            group: 'networking.istio.io',
            kind: 'ServiceEntry',
            name: 'egress',
          },
        ],
      }),
    ]);
    expect(analysis.routes[0].parents).toEqual([]);
    expect(analysis.findings).toContainEqual(
      expect.objectContaining({ severity: 'info', code: 'ParentNotAnalyzed' }),
    );
  });
});
