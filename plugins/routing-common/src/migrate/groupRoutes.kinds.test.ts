import { ingress, rule } from '../ingress/__testUtils__/builders';
import type { KubernetesObject } from '../kubernetes/objects';
import { convert, hostRule, ofKind, path } from './__testUtils__/convert';

const nginx = (
  key: string,
  rules: unknown[],
  extra: Record<string, unknown> = {},
  annotations?: Record<string, string>,
) => ingress(key, { ingressClassName: 'nginx', rules, ...extra }, annotations);

const routes = (objects: KubernetesObject[]) =>
  convert(objects).objects.filter(o => o.kind !== 'Gateway');

describe('backend-protocol: the kind of route', () => {
  const grpc = (value: string, paths: unknown[] = [path('/', 'Prefix')]) =>
    nginx(
      'shop/rpc',
      [hostRule('rpc.io', ...paths)],
      {},
      {
        'nginx.ingress.kubernetes.io/backend-protocol': value,
      },
    );

  it.each([
    ['GRPC', 'GRPCRoute'],
    ['grpcs', 'GRPCRoute'],
    ['HTTP', 'HTTPRoute'],
    ['AUTO_HTTP', 'HTTPRoute'],
    ['HTTPS', 'HTTPRoute'],
  ])('%s gives a %s', (value, kind) => {
    expect(routes([grpc(value)]).map(r => r.kind)).toEqual([kind]);
  });

  it('turns gRPC paths into service and method matches', () => {
    const [route] = routes([
      grpc('GRPC', [
        path('/shop.Cart/AddItem', 'Prefix'),
        path('/shop.Cart', 'Prefix'),
        path('/', 'Prefix'),
      ]),
    ]);
    expect(route.spec.rules.map((r: any) => r.matches)).toEqual([
      [{ method: { service: 'shop.Cart', method: 'AddItem' } }],
      [{ method: { service: 'shop.Cart' } }],
      undefined,
    ]);
  });

  it('leaves an Ingress with an unsupported protocol out, with a warning and no other note', () => {
    const source = grpc('FCGI');
    source.metadata!.annotations![
      'nginx.ingress.kubernetes.io/rewrite-target'
    ] = '/';
    const result = convert([source, nginx('shop/web', [rule('a.io')])]);
    expect(
      result.objects
        .filter(o => o.kind === 'HTTPRoute')
        .map(r => r.metadata?.name),
    ).toEqual(['web']);
    expect(result.notes).toEqual([
      {
        object: 'Ingress shop/rpc',
        field:
          'metadata.annotations["nginx.ingress.kubernetes.io/backend-protocol"]',
        annotation: 'nginx.ingress.kubernetes.io/backend-protocol',
        level: 'warning',
        message: expect.stringContaining(
          'backend-protocol "FCGI" is not supported',
        ),
      },
    ]);
  });

  it('notes GRPC as converted and leaves HTTPS to the backend TLS feature', () => {
    const notes = [grpc('GRPC'), grpc('HTTPS')].map(source =>
      convert([source]).notes.map(n => [n.level, n.message.split(':')[0]]),
    );
    expect(notes).toEqual([
      [['info', 'backend-protocol GRPC']],
      [['warning', 'nginx.ingress.kubernetes.io/backend-protocol']],
    ]);
  });
});

describe('defaultBackend', () => {
  it('becomes a catch-all route without hostnames and one rule without matches, with a warning', () => {
    const result = convert([
      nginx('shop/web', [], {
        defaultBackend: {
          service: { name: 'fallback', port: { number: 8080 } },
        },
      }),
    ]);
    const [route] = ofKind(result.objects, 'HTTPRoute');
    expect(route.metadata?.name).toBe('web-default-backend');
    expect(route.spec.hostnames).toBeUndefined();
    expect(route.spec.rules).toEqual([
      { backendRefs: [{ name: 'fallback', port: 8080 }] },
    ]);
    expect(result.notes).toEqual([
      expect.objectContaining({
        field: 'spec.defaultBackend',
        level: 'warning',
        message: expect.stringContaining(
          'catches every unmatched request of the listener',
        ),
      }),
    ]);
  });

  it('comes after every host route', () => {
    const objects = [
      nginx('shop/a', [rule('a.io')], {
        defaultBackend: { service: { name: 'x', port: { number: 80 } } },
      }),
      nginx('shop/b', [rule('b.io')]),
    ];
    expect(routes(objects).map(r => r.metadata?.name)).toEqual([
      'a-a-io',
      'b',
      'a-default-backend',
    ]);
  });
});

describe('what cannot be grouped is noted', () => {
  it.each<[string, unknown[], string, string]>([
    [
      'a rule without http paths',
      [{ host: 'a.io' }],
      'spec.rules[0].http',
      'warning',
    ],
    [
      'a path without pathType',
      [hostRule('a.io', path('/x', undefined))],
      'spec.rules[0].http.paths[0]',
      'error',
    ],
  ])('%s', (_name, rules, field, level) => {
    const result = convert([nginx('shop/web', rules)]);
    expect(result.notes).toContainEqual(
      expect.objectContaining({ field, level }),
    );
    expect(result.notes).toContainEqual(
      expect.objectContaining({
        field: 'spec',
        level: 'error',
        message: expect.stringContaining('no route written'),
      }),
    );
    expect(ofKind(result.objects, 'HTTPRoute')).toEqual([]);
  });

  it('warns that a wildcard host matches more labels in the Gateway API, and keeps it', () => {
    const result = convert([nginx('shop/web', [rule('*.a.io')])]);
    expect(ofKind(result.objects, 'HTTPRoute')[0].spec.hostnames).toEqual([
      '*.a.io',
    ]);
    expect(result.notes).toEqual([
      expect.objectContaining({
        field: 'spec.rules[0].host',
        level: 'warning',
        message: expect.stringContaining('exactly one label'),
      }),
    ]);
  });

  it('copies the labels of the first source Ingress', () => {
    const first = nginx('shop/a', [rule('a.io')]);
    first.metadata!.labels = { app: 'a' };
    const second = nginx('shop/b', [rule('a.io')]);
    second.metadata!.labels = { app: 'b' };
    expect(routes([first, second])[0].metadata?.labels).toEqual({ app: 'a' });
  });
});
