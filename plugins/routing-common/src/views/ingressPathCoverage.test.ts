import type { KubernetesObject } from '../kubernetes/objects';
import { IngressPath, routeCoversPath } from './ingressPathCoverage';

const httpRoute = (rules?: unknown[]): KubernetesObject => ({
  apiVersion: 'gateway.networking.k8s.io/v1',
  kind: 'HTTPRoute',
  metadata: { namespace: 'shop', name: 'web' },
  spec: { hostnames: ['shop.example.com'], ...(rules ? { rules } : {}) },
});

const grpcRoute = (rules?: unknown[]): KubernetesObject => ({
  ...httpRoute(rules),
  kind: 'GRPCRoute',
});

const pathMatch = (type: string, value: string) => ({
  matches: [{ path: { type, value } }],
});

const prefix = (path: string): IngressPath => ({ pathType: 'Prefix', path });
const exact = (path: string): IngressPath => ({ pathType: 'Exact', path });
const specific = (path: string): IngressPath => ({
  pathType: 'ImplementationSpecific',
  path,
});
const grpc = (pathType: string, path: string): IngressPath => ({
  pathType,
  path,
  grpc: true,
});

describe('routeCoversPath for HTTPRoutes', () => {
  it.each([
    [
      'PathPrefix / covers every Prefix path',
      'PathPrefix',
      '/',
      prefix('/api'),
      true,
    ],
    [
      'PathPrefix p covers the capture pattern p(/|$)(.*) the converter writes as it',
      'PathPrefix',
      '/api',
      { pathType: 'ImplementationSpecific', path: '/api(/|$)(.*)' },
      true,
    ],
    [
      'PathPrefix p does not cover the capture pattern of a longer prefix',
      'PathPrefix',
      '/api',
      { pathType: 'ImplementationSpecific', path: '/apiv2(/|$)(.*)' },
      false,
    ],
    [
      'PathPrefix / covers an Exact path',
      'PathPrefix',
      '/',
      exact('/health'),
      true,
    ],
    [
      'PathPrefix p covers Prefix p',
      'PathPrefix',
      '/api',
      prefix('/api'),
      true,
    ],
    [
      'PathPrefix p covers a Prefix path below it',
      'PathPrefix',
      '/api',
      prefix('/api/v1'),
      true,
    ],
    [
      'PathPrefix p covers an Exact path below it',
      'PathPrefix',
      '/api',
      exact('/api/v1/items'),
      true,
    ],
    [
      'PathPrefix p covers an ImplementationSpecific path below it',
      'PathPrefix',
      '/api',
      specific('/api/v1'),
      true,
    ],
    [
      'PathPrefix p takes whole path elements only',
      'PathPrefix',
      '/api',
      prefix('/apis'),
      false,
    ],
    [
      'PathPrefix p ignores a trailing slash',
      'PathPrefix',
      '/api/',
      prefix('/api'),
      true,
    ],
    [
      'PathPrefix p with a trailing-slash Ingress path',
      'PathPrefix',
      '/api',
      prefix('/api/'),
      true,
    ],
    [
      'PathPrefix p does not cover a shorter path',
      'PathPrefix',
      '/api/v1',
      prefix('/api'),
      false,
    ],
    [
      'Exact covers the same Exact path',
      'Exact',
      '/health',
      exact('/health'),
      true,
    ],
    [
      'Exact does not cover the same Prefix path',
      'Exact',
      '/health',
      prefix('/health'),
      false,
    ],
    [
      'Exact does not cover another Exact path',
      'Exact',
      '/health',
      exact('/healthz'),
      false,
    ],
    [
      'RegularExpression (?i)<q>.* covers q',
      'RegularExpression',
      '(?i)/api/v[0-9]+.*',
      specific('/api/v[0-9]+'),
      true,
    ],
    [
      'RegularExpression (?i)<q>.* covers a Prefix q',
      'RegularExpression',
      '(?i)/api.*',
      prefix('/api'),
      true,
    ],
    [
      'another RegularExpression does not cover q',
      'RegularExpression',
      '/api.*',
      prefix('/api'),
      false,
    ],
  ] as const)('%s', (_, type, value, path, covered) => {
    expect(routeCoversPath(httpRoute([pathMatch(type, value)]), path)).toBe(
      covered,
    );
  });

  it('takes a rule without matches, and a route without rules, as covering everything', () => {
    expect(routeCoversPath(httpRoute([{}]), exact('/a/b'))).toBe(true);
    expect(routeCoversPath(httpRoute([{ matches: [] }]), prefix('/x'))).toBe(
      true,
    );
    expect(routeCoversPath(httpRoute(), prefix('/x'))).toBe(true);
  });

  it('takes a match without a path as PathPrefix /', () => {
    expect(routeCoversPath(httpRoute([{ matches: [{}] }]), prefix('/x'))).toBe(
      true,
    );
  });

  it.each([
    ['a header match', { headers: [{ name: 'x-canary', value: 'always' }] }],
    ['a query match', { queryParams: [{ name: 'beta', value: '1' }] }],
    ['a method match', { method: 'GET' }],
    [
      'a path match with a header condition',
      {
        path: { type: 'PathPrefix', value: '/' },
        headers: [{ name: 'x-canary', value: 'always' }],
      },
    ],
  ])('does not take %s as covering, as it takes fewer requests', (_, match) => {
    expect(
      routeCoversPath(httpRoute([{ matches: [match] }]), prefix('/')),
    ).toBe(false);
  });

  it('covers a path when any match of any rule does', () => {
    const route = httpRoute([
      pathMatch('Exact', '/health'),
      {
        matches: [
          { path: { type: 'PathPrefix', value: '/web' } },
          { path: { type: 'PathPrefix', value: '/api' } },
        ],
      },
    ]);
    expect(routeCoversPath(route, prefix('/api/v1'))).toBe(true);
    expect(routeCoversPath(route, prefix('/admin'))).toBe(false);
  });
});

describe('routeCoversPath for GRPCRoutes', () => {
  const method = (service: string, name?: string, type?: string) => ({
    matches: [
      {
        method: {
          ...(type ? { type } : {}),
          service,
          ...(name ? { method: name } : {}),
        },
      },
    ],
  });

  it.each([
    [
      'a method match covers its /svc/method',
      method('shop.Cart', 'Add'),
      grpc('Prefix', '/shop.Cart/Add'),
      true,
    ],
    [
      'a method match covers an Exact /svc/method',
      method('shop.Cart', 'Add'),
      grpc('Exact', '/shop.Cart/Add'),
      true,
    ],
    [
      'a method match does not cover another method',
      method('shop.Cart', 'Add'),
      grpc('Prefix', '/shop.Cart/Remove'),
      false,
    ],
    [
      'a method match does not cover its whole service',
      method('shop.Cart', 'Add'),
      grpc('Prefix', '/shop.Cart'),
      false,
    ],
    [
      'a service match covers a method of it',
      method('shop.Cart'),
      grpc('Prefix', '/shop.Cart/Add'),
      true,
    ],
    [
      'a service match covers the service',
      method('shop.Cart'),
      grpc('Prefix', '/shop.Cart'),
      true,
    ],
    [
      'a service match does not cover another service',
      method('shop.Cart'),
      grpc('Prefix', '/shop.Order/Add'),
      false,
    ],
    [
      'a service match does not cover /',
      method('shop.Cart'),
      grpc('Prefix', '/'),
      false,
    ],
    [
      'a RegularExpression method match does not cover',
      method('shop\\..*', undefined, 'RegularExpression'),
      grpc('Prefix', '/shop.Cart'),
      false,
    ],
    ['a rule without matches covers /', {}, grpc('Prefix', '/'), true],
    [
      'a match without method covers every path',
      { matches: [{}] },
      grpc('Prefix', '/shop.Cart/Add'),
      true,
    ],
    [
      'a header-only match does not cover',
      { matches: [{ headers: [{ name: 'x-user', value: 'a' }] }] },
      grpc('Prefix', '/'),
      false,
    ],
  ] as const)('%s', (_, rule, path, covered) => {
    expect(routeCoversPath(grpcRoute([rule]), path)).toBe(covered);
  });

  it('covers no path of an Ingress that does not speak gRPC', () => {
    expect(routeCoversPath(grpcRoute([{}]), prefix('/'))).toBe(false);
  });

  it('covers nothing without rules', () => {
    expect(routeCoversPath(grpcRoute(), grpc('Prefix', '/'))).toBe(false);
  });

  it('lets an HTTPRoute cover a path of a gRPC Ingress by its path match', () => {
    expect(
      routeCoversPath(
        httpRoute([pathMatch('PathPrefix', '/shop.Cart')]),
        grpc('Prefix', '/shop.Cart/Add'),
      ),
    ).toBe(true);
  });
});

it('covers nothing for kinds an Ingress does not move to', () => {
  expect(
    routeCoversPath({ ...httpRoute([{}]), kind: 'TLSRoute' }, prefix('/')),
  ).toBe(false);
});
