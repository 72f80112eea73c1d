import type { KubernetesObject } from '../kubernetes/objects';
import { ingress, rule } from '../ingress/__testUtils__/builders';
import {
  GatewayRouteLookup,
  ingressMigration,
  RouteStanding,
} from './ingressMigration';

const accepted: RouteStanding = { summary: 'ready', accepted: true };
const pending: RouteStanding = {
  summary: 'pending',
  pending: true,
  accepted: false,
};
const unjudged: RouteStanding = { summary: 'pending', accepted: false };
const refused: RouteStanding = {
  summary: 'failed',
  accepted: false,
  refusedBecause:
    'infra/public/https: listener https allows routes from namespaces labelled team=shop only',
};

function route(
  key: string,
  hostnames: string[],
  rules?: unknown[],
  kind = 'HTTPRoute',
): KubernetesObject {
  const [namespace, name] = key.split('/');
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind,
    metadata: { namespace, name },
    spec: { hostnames, ...(rules ? { rules } : {}) },
  };
}

/** A lookup over `routes`, each with the standing named by its name in `standings` (accepted by default). */
function lookup(
  routes: KubernetesObject[],
  standings: Record<string, RouteStanding> = {},
): GatewayRouteLookup {
  return {
    forHostname: hostname =>
      routes.filter(r => (r.spec?.hostnames ?? []).includes(hostname)),
    standingOf: r => standings[r.metadata?.name ?? ''] ?? accepted,
  };
}

const prefixRule = (value: string) => ({
  matches: [{ path: { type: 'PathPrefix', value } }],
});

/** `shop/web`: shop.example.com with `/` and `/api`, and api.example.com with `/`. */
const web = ingress('shop/web', {
  ingressClassName: 'nginx',
  rules: [
    {
      host: 'shop.example.com',
      http: {
        paths: [
          {
            path: '/',
            pathType: 'Prefix',
            backend: { service: { name: 'web', port: { number: 80 } } },
          },
          {
            path: '/api',
            pathType: 'Prefix',
            backend: { service: { name: 'api', port: { number: 80 } } },
          },
        ],
      },
    },
    rule('api.example.com'),
  ],
});

const shopRoute = route('shop/web-shop', ['shop.example.com']);
const apiRoute = route('shop/web-api', ['api.example.com']);

describe('ingressMigration', () => {
  it('is not-started when no route, live or pending, serves any host', () => {
    expect(ingressMigration(web, lookup([]))).toEqual({
      state: 'not-started',
      safeToRemove: false,
      message:
        'No Gateway API route serves shop.example.com, api.example.com yet',
      hosts: [
        {
          hostname: 'shop.example.com',
          servedBy: [],
          paths: [
            { pathType: 'Prefix', path: '/' },
            { pathType: 'Prefix', path: '/api' },
          ],
        },
        {
          hostname: 'api.example.com',
          servedBy: [],
          paths: [{ pathType: 'Prefix', path: '/' }],
        },
      ],
    });
  });

  it('is requested while its routes are only in a GitOps change not merged yet', () => {
    const migration = ingressMigration(
      web,
      lookup([shopRoute, apiRoute], {
        'web-shop': pending,
        'web-api': pending,
      }),
    );
    expect(migration).toMatchObject({
      state: 'requested',
      safeToRemove: false,
      message: 'HTTPRoute shop/web-shop is in a GitOps change not merged yet',
    });
    expect(migration.hosts[0].servedBy).toEqual([
      { kind: 'HTTPRoute', namespace: 'shop', name: 'web-shop', ...pending },
    ]);
    expect(migration.hosts[0].paths.every(path => !path.coveredBy)).toBe(true);
  });

  it('is requested while a live route has no verdict from its Gateway yet', () => {
    expect(
      ingressMigration(web, lookup([shopRoute], { 'web-shop': unjudged })),
    ).toMatchObject({
      state: 'requested',
      message:
        'HTTPRoute shop/web-shop is live, but not every parent Gateway has accepted it yet',
    });
  });

  it('is partial while a host is served by no accepted route, naming the first gap', () => {
    expect(ingressMigration(web, lookup([shopRoute]))).toMatchObject({
      state: 'partial',
      safeToRemove: false,
      message: 'api.example.com is not served by any Gateway API route yet',
    });
  });

  it('is partial while a path of a host is not covered, and counts the other gaps', () => {
    const narrow = route(
      'shop/web-shop',
      ['shop.example.com'],
      [prefixRule('/static')],
    );
    const migration = ingressMigration(web, lookup([narrow, apiRoute]));
    expect(migration).toMatchObject({
      state: 'partial',
      message:
        'shop.example.com / is not served by any Gateway API route yet (and 1 more gap)',
    });
    expect(migration.hosts[1].paths).toEqual([
      { pathType: 'Prefix', path: '/', coveredBy: 'HTTPRoute shop/web-api' },
    ]);
  });

  it('is partial when every host has an accepted route but the rest of it is only pending', () => {
    const apiOnly = route(
      'shop/web-shop-api',
      ['shop.example.com'],
      [prefixRule('/api')],
    );
    const rest = route('shop/web-shop-rest', ['shop.example.com']);
    const migration = ingressMigration(
      web,
      lookup([apiOnly, rest, apiRoute], { 'web-shop-rest': pending }),
    );
    expect(migration.state).toBe('partial');
    expect(migration.hosts[0].paths).toEqual([
      { pathType: 'Prefix', path: '/' },
      {
        pathType: 'Prefix',
        path: '/api',
        coveredBy: 'HTTPRoute shop/web-shop-api',
      },
    ]);
  });

  it('is refused when a parent refused a live route serving a host, saying which and why', () => {
    expect(
      ingressMigration(
        web,
        lookup([shopRoute, apiRoute], { 'web-api': refused }),
      ),
    ).toMatchObject({
      state: 'refused',
      safeToRemove: false,
      message:
        'HTTPRoute shop/web-api was refused by infra/public/https: listener https allows routes from namespaces labelled team=shop only',
    });
  });

  it('is complete, and safe to remove, when accepted live routes cover every host and path', () => {
    const migration = ingressMigration(web, lookup([shopRoute, apiRoute]));
    expect(migration).toMatchObject({
      state: 'complete',
      safeToRemove: true,
      message:
        'Every host and path is served by accepted Gateway API routes: the Ingress can be removed',
    });
    expect(migration.hosts[0].paths).toEqual([
      { pathType: 'Prefix', path: '/', coveredBy: 'HTTPRoute shop/web-shop' },
      {
        pathType: 'Prefix',
        path: '/api',
        coveredBy: 'HTTPRoute shop/web-shop',
      },
    ]);
  });

  it('stays complete beside a refused route once accepted routes cover everything', () => {
    const old = route('shop/old', ['shop.example.com']);
    expect(
      ingressMigration(
        web,
        lookup([old, shopRoute, apiRoute], { old: refused }),
      ).state,
    ).toBe('complete');
  });

  it('finds routes written with a wildcard above the host, and GRPCRoutes for a gRPC Ingress', () => {
    const grpc = ingress(
      'shop/cart',
      {
        rules: [
          {
            host: 'cart.example.com',
            http: { paths: [{ path: '/shop.Cart/Add', pathType: 'Prefix' }] },
          },
        ],
      },
      { 'nginx.ingress.kubernetes.io/backend-protocol': 'grpc' },
    );
    const wildcard = route(
      'infra/grpc',
      ['*.example.com'],
      [{ matches: [{ method: { service: 'shop.Cart' } }] }],
      'GRPCRoute',
    );
    expect(ingressMigration(grpc, lookup([wildcard]))).toMatchObject({
      state: 'complete',
      hosts: [
        {
          hostname: 'cart.example.com',
          paths: [
            {
              pathType: 'Prefix',
              path: '/shop.Cart/Add',
              coveredBy: 'GRPCRoute infra/grpc',
            },
          ],
        },
      ],
    });
  });

  it('ignores other kinds and routes that list a narrower or another host', () => {
    const tls = route('shop/tls', ['shop.example.com'], undefined, 'TLSRoute');
    const other = route('shop/other', ['www.shop.example.com']);
    expect(ingressMigration(web, lookup([tls, other])).state).toBe(
      'not-started',
    );
  });

  it('merges the paths of every rule for one host, and takes a rule without http as Prefix /', () => {
    const split = ingress('shop/split', {
      rules: [
        {
          host: 'shop.example.com',
          http: { paths: [{ path: '/a', pathType: 'Exact' }] },
        },
        { host: 'shop.example.com' },
        {
          host: 'shop.example.com',
          http: { paths: [{ path: '/a', pathType: 'Exact' }] },
        },
      ],
    });
    expect(ingressMigration(split, lookup([])).hosts).toEqual([
      {
        hostname: 'shop.example.com',
        servedBy: [],
        paths: [
          { pathType: 'Exact', path: '/a' },
          { pathType: 'Prefix', path: '/' },
        ],
      },
    ]);
  });

  it('says so when the Ingress names no host', () => {
    expect(
      ingressMigration(
        ingress('shop/any', { rules: [rule(undefined)] }),
        lookup([]),
      ),
    ).toEqual({
      state: 'not-started',
      safeToRemove: false,
      message:
        'No Gateway API route can be matched to this Ingress: its rules name no host',
      hosts: [],
    });
  });
});
