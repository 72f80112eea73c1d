import type { KubernetesObject } from '../kubernetes/objects';
import { svc, vs } from '../istio/__testUtils__/builders';
import { convertVirtualServices } from './convertVirtualServices';
import { MESH_ROUTE_EXPERIMENTAL_ANNOTATION } from './types';

const grpcService: KubernetesObject = {
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { namespace: 'shop', name: 'cart' },
  spec: { ports: [{ name: 'grpc', port: 9090, appProtocol: 'grpc' }] },
};
const to = (host: string, extra: Record<string, unknown> = {}) => ({
  route: [{ destination: { host } }],
  ...extra,
});
const convert = (spec: Record<string, unknown>, key = 'shop/a') =>
  convertVirtualServices([svc('shop/web', [80]), grpcService, vs(key, spec)]);
const fieldsOf = (spec: Record<string, unknown>, level: string) =>
  convert(spec)
    .notes.filter(n => n.level === level)
    .map(n => n.field);

describe('convertVirtualServices', () => {
  it('writes a GRPCRoute with method matches for a gRPC Service, marked experimental', () => {
    const { objects, notes } = convert({
      hosts: ['cart'],
      http: [
        {
          match: [{ uri: { exact: '/shop.cart.v1.Cart/AddItem' } }],
          ...to('cart'),
        },
        { match: [{ uri: { prefix: '/shop.cart.v1.Cart/' } }], ...to('cart') },
      ],
    });
    expect(objects).toEqual([
      {
        apiVersion: 'gateway.networking.k8s.io/v1',
        kind: 'GRPCRoute',
        metadata: {
          name: 'a',
          namespace: 'shop',
          annotations: {
            [MESH_ROUTE_EXPERIMENTAL_ANNOTATION]:
              'Gateway API mesh routing (GAMMA) is experimental in Portway',
            'portway.dev/converted-from': 'VirtualService shop/a',
          },
        },
        spec: {
          parentRefs: [{ group: '', kind: 'Service', name: 'cart' }],
          rules: [
            {
              matches: [
                {
                  method: {
                    type: 'Exact',
                    service: 'shop.cart.v1.Cart',
                    method: 'AddItem',
                  },
                },
              ],
              backendRefs: [{ name: 'cart', port: 9090 }],
            },
            {
              matches: [
                { method: { type: 'Exact', service: 'shop.cart.v1.Cart' } },
              ],
              backendRefs: [{ name: 'cart', port: 9090 }],
            },
          ],
        },
      },
    ]);
    expect(notes).toEqual([
      expect.objectContaining({
        object: 'VirtualService shop/a',
        field: 'spec.hosts[0]',
        level: 'info',
        message: expect.stringContaining('experimental in Portway'),
      }),
    ]);
  });

  it('writes an HTTPRoute with paths, headers, weights, filters and timeouts', () => {
    const { objects } = convert({
      hosts: ['web.shop.svc.cluster.local'],
      http: [
        {
          name: 'api',
          match: [
            { uri: { prefix: '/api/' }, headers: { 'x-v': { exact: '2' } } },
          ],
          route: [
            { destination: { host: 'web', port: { number: 80 } }, weight: 90 },
            { destination: { host: 'web' }, weight: 10 },
          ],
          headers: { request: { set: { 'x-a': '1' }, remove: ['x-b'] } },
          rewrite: { uri: '/' },
          timeout: '5s',
          mirror: { host: 'web' },
          mirrorPercentage: { value: 12.5 },
        },
      ],
    });
    expect(objects[0].kind).toBe('HTTPRoute');
    expect(objects[0].spec.rules).toEqual([
      {
        name: 'api',
        matches: [
          {
            path: { type: 'PathPrefix', value: '/api/' },
            headers: [{ type: 'Exact', name: 'x-v', value: '2' }],
          },
        ],
        filters: [
          {
            type: 'RequestHeaderModifier',
            requestHeaderModifier: {
              set: [{ name: 'x-a', value: '1' }],
              remove: ['x-b'],
            },
          },
          {
            type: 'URLRewrite',
            urlRewrite: {
              path: { type: 'ReplacePrefixMatch', replacePrefixMatch: '/' },
            },
          },
          {
            type: 'RequestMirror',
            requestMirror: {
              backendRef: { name: 'web', port: 80 },
              fraction: { numerator: 125, denominator: 1000 },
            },
          },
        ],
        backendRefs: [
          { name: 'web', port: 80, weight: 90 },
          { name: 'web', port: 80, weight: 10 },
        ],
        timeouts: { request: '5s' },
      },
    ]);
  });

  it.each<[string, Record<string, unknown>, string, string[]]>([
    [
      'a subset',
      { http: [{ route: [{ destination: { host: 'web', subset: 'v2' } }] }] },
      'warning',
      ['spec.http[0].route[0].destination.subset'],
    ],
    [
      'fault injection',
      { http: [to('web', { fault: { abort: { httpStatus: 500 } } })] },
      'warning',
      ['spec.http[0].fault'],
    ],
    [
      'retry attempts and conditions',
      { http: [to('web', { retries: { attempts: 3, retryOn: '5xx' } })] },
      'warning',
      ['spec.http[0].retries.attempts', 'spec.http[0].retries.retryOn'],
    ],
    [
      'a sourceLabels match',
      { http: [to('web', { match: [{ sourceLabels: { app: 'x' } }] })] },
      'warning',
      ['spec.http[0].match[0].sourceLabels'],
    ],
    [
      'a host that is no Service',
      { hosts: ['web', 'example.com'], http: [to('web')] },
      'warning',
      ['spec.hosts[1]'],
    ],
    [
      'a tcp section',
      { tcp: [{ route: [] }], http: [to('web')] },
      'warning',
      ['spec.tcp'],
    ],
    [
      'a narrow exportTo',
      { exportTo: ['.'], http: [to('web')] },
      'warning',
      ['spec.exportTo'],
    ],
    [
      'a delegate',
      { http: [{ delegate: { name: 'x' } }] },
      'error',
      ['spec.http[0].delegate'],
    ],
    [
      'a gateway-bound VirtualService',
      { gateways: ['infra/public'], http: [to('web')] },
      'error',
      ['spec.gateways'],
    ],
    [
      'a destination outside the cluster',
      { http: [to('api.example.com')] },
      'error',
      ['spec.http[0].route[0].destination.host', 'spec.http[0].route'],
    ],
    [
      'a regex match',
      { http: [to('web', { match: [{ uri: { regex: '^/v[0-9]+' } }] })] },
      'info',
      ['spec.http[0].match[0].uri', 'spec.hosts[0]'],
    ],
  ])('notes %s', (_name, spec, level, fields) => {
    expect(fieldsOf({ hosts: ['web'], ...spec }, level)).toEqual(fields);
  });

  it('writes a consumer route in the VirtualService namespace, and says so', () => {
    const { objects, notes } = convertVirtualServices([
      grpcService,
      vs('front/a', {
        hosts: ['cart.shop.svc.cluster.local'],
        http: [to('cart.shop.svc.cluster.local')],
      }),
    ]);
    expect(objects[0].metadata?.namespace).toBe('front');
    expect(objects[0].spec.parentRefs).toEqual([
      { group: '', kind: 'Service', name: 'cart', namespace: 'shop' },
    ]);
    expect(notes.map(n => n.message).join('\n')).toContain('a consumer route');
  });

  it('keeps an HTTPRoute for a gRPC Service when a field needs it, with a note', () => {
    const { objects, notes } = convert({
      hosts: ['cart'],
      http: [to('cart', { redirect: { uri: '/x' } })],
    });
    expect(objects[0].kind).toBe('HTTPRoute');
    expect(objects[0].spec.rules[0].filters[0].requestRedirect).toEqual({
      path: { type: 'ReplaceFullPath', replaceFullPath: '/x' },
      statusCode: 301,
    });
    expect(notes[0].field).toBe('spec.http[0].redirect');
  });

  it('warns where the Gateway API precedence sends a request to another rule than the first match of Istio', () => {
    expect(
      fieldsOf(
        {
          hosts: ['web'],
          http: [
            to('web', { match: [{ uri: { prefix: '/api/' } }] }),
            to('web', { match: [{ uri: { exact: '/api/health' } }] }),
          ],
        },
        'warning',
      ),
    ).toEqual(['spec.http[1]']);
  });
});
