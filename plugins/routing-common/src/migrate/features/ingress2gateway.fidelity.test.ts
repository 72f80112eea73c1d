import type { KubernetesObject } from '../../kubernetes/objects';
import { migrateIngresses } from '../migrateIngresses';
import type { MigrateOptions } from '../types';
import {
  ingressObject,
  TestIngress,
  TestPath,
} from './__testUtils__/conversionState';

/**
 * ingress2gateway 1.1's ingress-nginx test cases that exercise an annotation (inputs as facts
 * from docs/notes/ingress2gateway-1.1.md section 3, in our own objects), through the whole
 * converter. Each case asserts the rules Portway writes; the README's fidelity table lists them.
 */
const migrate = (ingresses: TestIngress[], options: MigrateOptions = {}) =>
  migrateIngresses(ingresses.map(ingressObject), options);
const routes = (objects: KubernetesObject[], kind = 'HTTPRoute') =>
  objects.filter(o => o.kind === kind);
const host = 'echo.prod.mydomain.com';
const app = (
  name: string,
  annotations: Record<string, string> = {},
  path = '/',
  pathType: TestPath['pathType'] = 'Prefix',
): TestIngress => ({
  name,
  annotations,
  rules: [
    {
      host,
      paths: [{ path, pathType, service: name === 'canary' ? 'app2' : 'app1' }],
    },
  ],
});

describe('ingress2gateway 1.1 ingress-nginx cases', () => {
  it('canary deployment: one route, weights 80/20', () => {
    const [route] = routes(
      migrate([
        app('production'),
        app('canary', { canary: 'true', 'canary-weight': '20' }),
      ]).objects,
    );
    expect(route.spec.rules[0].backendRefs).toEqual(
      expect.arrayContaining([
        { name: 'app1', port: 80, weight: 80 },
        { name: 'app2', port: 80, weight: 20 },
      ]),
    );
    expect(route.spec.rules).toHaveLength(1);
  });

  it('canary deployment total weight: weights relative to canary-weight-total', () => {
    const [route] = routes(
      migrate([
        app('production'),
        app('canary', {
          canary: 'true',
          'canary-weight': '20',
          'canary-weight-total': '40',
        }),
      ]).objects,
    );
    expect(route.spec.rules[0].backendRefs.map((b: any) => b.weight)).toEqual([
      20, 20,
    ]);
  });

  it('canary by header (e2e): always to the canary, never to the main', () => {
    const [route] = routes(
      migrate([
        app('production', {}, '/hostname'),
        app(
          'canary',
          { canary: 'true', 'canary-by-header': 'X-Canary' },
          '/hostname',
        ),
      ]).objects,
    );
    expect(
      route.spec.rules.map((r: any) => [
        r.matches[0].headers ?? [],
        r.backendRefs.map((b: any) => b.name),
      ]),
    ).toEqual([
      [[], ['app1']],
      [[{ name: 'X-Canary', value: 'always' }], ['app2']],
      [[{ name: 'X-Canary', value: 'never' }], ['app1']],
    ]);
  });

  it('rewrite SetsRewriteHeadersAndRegex: a \\$1 capture reference is not converted, the header is, the path is regex', () => {
    const { objects, notes } = migrate([
      app(
        'web',
        {
          'rewrite-target': '/rewritten/$1',
          'use-regex': 'true',
          'x-forwarded-prefix': '/abc',
        },
        '/abc/(.*)',
        'ImplementationSpecific',
      ),
    ]);
    const [rule] = routes(objects)[0].spec.rules;
    expect(rule.matches[0].path).toEqual({
      type: 'RegularExpression',
      value: '(?i)/abc/(.*).*',
    });
    expect(rule.filters).toEqual([
      {
        type: 'RequestHeaderModifier',
        requestHeaderModifier: {
          set: [{ name: 'X-Forwarded-Prefix', value: '/abc' }],
        },
      },
    ]);
    expect(
      notes.some(
        n =>
          n.annotation?.endsWith('rewrite-target') &&
          n.level === 'warning' &&
          n.message.includes('cannot reference captures'),
      ),
    ).toBe(true);
  });

  it('PathRewrite (e2e): /abc rewritten to /header with X-Forwarded-Prefix', () => {
    const [rule] = routes(
      migrate([
        app(
          'web',
          { 'rewrite-target': '/header', 'x-forwarded-prefix': '/abc' },
          '/abc',
        ),
      ]).objects,
    )[0].spec.rules;
    expect(rule.filters).toEqual([
      {
        type: 'URLRewrite',
        urlRewrite: {
          path: { type: 'ReplaceFullPath', replaceFullPath: '/header' },
        },
      },
      {
        type: 'RequestHeaderModifier',
        requestHeaderModifier: {
          set: [{ name: 'X-Forwarded-Prefix', value: '/abc' }],
        },
      },
    ]);
  });

  it('regex: use-regex makes every path of the host a case-insensitive regex, other Ingresses too', () => {
    const [route] = routes(
      migrate([
        app(
          'a',
          { 'use-regex': 'true' },
          '/cliEnt.+',
          'ImplementationSpecific',
        ),
        app('b', {}, '/hoSTn', 'Exact'),
      ]).objects,
    );
    expect(route.spec.rules.map((r: any) => r.matches[0].path)).toEqual([
      { type: 'RegularExpression', value: '(?i)/cliEnt.+.*' },
      { type: 'RegularExpression', value: '(?i)/hoSTn.*' },
    ]);
  });

  it('app-root: a Prefix / gets an Exact / rule redirecting 302', () => {
    const [route] = routes(
      migrate([app('web', { 'app-root': '/dashboard' })]).objects,
    );
    expect(route.spec.rules[1]).toEqual({
      matches: [{ path: { type: 'Exact', value: '/' } }],
      filters: [
        {
          type: 'RequestRedirect',
          requestRedirect: {
            path: { type: 'ReplaceFullPath', replaceFullPath: '/dashboard' },
            statusCode: 302,
          },
        },
      ],
    });
  });

  it.each([
    ['permanent', { 'permanent-redirect': 'https://example.com/x' }, 301],
    ['temporal', { 'temporal-redirect': 'https://example.com/x' }, 302],
    [
      'both: temporal wins',
      {
        'permanent-redirect': 'https://a.com',
        'temporal-redirect': 'https://example.com/x',
      },
      302,
    ],
  ])('redirect %s', (_, annotations, statusCode) => {
    const [rule] = routes(migrate([app('web', annotations)]).objects)[0].spec
      .rules;
    expect(rule.backendRefs).toBeUndefined();
    expect(rule.filters[0].requestRedirect).toMatchObject({
      hostname: expect.any(String),
      statusCode,
    });
  });

  it('TLS (e2e): the TLS host redirects HTTP with 308 from <route>-http, ssl-redirect "false" serves HTTP', () => {
    const tls = (name: string, h: string, annotations = {}): TestIngress => ({
      name,
      annotations,
      rules: [{ host: h, paths: [{ service: 'app1' }] }],
      tls: [{ hosts: [h], secretName: `${name}-tls` }],
    });
    const names = routes(
      migrate([
        tls('secure', 'a.example.com'),
        tls('open', 'b.example.com', { 'ssl-redirect': 'false' }),
      ]).objects,
    ).map(r => [
      r.metadata?.name,
      r.spec.rules[0].filters?.[0]?.requestRedirect,
    ]);
    expect(names).toEqual([
      ['open', undefined],
      ['secure', undefined],
      ['secure-http', { scheme: 'https', statusCode: 308 }],
    ]);
  });

  it('timeouts: connect 1, send 2, read 3 give a 30s request timeout', () => {
    const [rule] = routes(
      migrate([
        app('web', {
          'proxy-connect-timeout': '1',
          'proxy-send-timeout': '2',
          'proxy-read-timeout': '3',
        }),
      ]).objects,
    )[0].spec.rules;
    expect(rule.timeouts).toEqual({ request: '30s' });
  });

  it('CORS defaults', () => {
    const [rule] = routes(
      migrate([app('web', { 'enable-cors': 'true' })]).objects,
    )[0].spec.rules;
    expect(rule.filters[0]).toMatchObject({
      type: 'CORS',
      cors: { allowOrigins: ['*'], allowCredentials: true, maxAge: 1728000 },
    });
  });

  it('headers: upstream-vhost and connection-proxy-header in one filter', () => {
    const [rule] = routes(
      migrate([
        app('web', {
          'upstream-vhost': 'internal',
          'connection-proxy-header': 'keep-alive',
        }),
      ]).objects,
    )[0].spec.rules;
    expect(rule.filters).toEqual([
      {
        type: 'RequestHeaderModifier',
        requestHeaderModifier: {
          set: [
            { name: 'Host', value: 'internal' },
            { name: 'Connection', value: 'keep-alive' },
          ],
        },
      },
    ]);
  });

  it('backend TLS fully compliant strict validation: a BackendTLSPolicy', () => {
    const { objects } = migrate([
      app('web', {
        'backend-protocol': 'HTTPS',
        'proxy-ssl-verify': 'on',
        'proxy-ssl-secret': 'default/ca',
        'proxy-ssl-server-name': 'on',
        'proxy-ssl-name': 'app1.internal',
      }),
    ]);
    expect(objects.find(o => o.kind === 'BackendTLSPolicy')?.spec).toEqual({
      targetRefs: [{ group: '', kind: 'Service', name: 'app1' }],
      validation: {
        caCertificateRefs: [{ group: '', kind: 'ConfigMap', name: 'ca' }],
        hostname: 'app1.internal',
      },
    });
  });

  it('ssl-passthrough basic: the TLSRoute replaces the HTTPRoute', () => {
    const { objects } = migrate([app('web', { 'ssl-passthrough': 'true' })]);
    expect(routes(objects)).toEqual([]);
    expect(routes(objects, 'TLSRoute')[0].spec.rules).toEqual([
      { backendRefs: [{ name: 'app1', port: 80 }] },
    ]);
  });

  it('from-to-www-redirect: a 301 route for the www host', () => {
    const { objects } = migrate([
      {
        name: 'example-ingress',
        annotations: { 'from-to-www-redirect': 'true' },
        rules: [{ host: 'example.com', paths: [{ service: 'app1' }] }],
      },
    ]);
    const www = routes(objects).find(
      r => r.spec.hostnames?.[0] === 'www.example.com',
    );
    expect(www?.spec.rules).toEqual([
      {
        filters: [
          {
            type: 'RequestRedirect',
            requestRedirect: { hostname: 'example.com', statusCode: 301 },
          },
        ],
      },
    ]);
  });
});
