import { ingress, ingressClass, rule } from '../ingress/__testUtils__/builders';
import type { KubernetesObject } from '../kubernetes/objects';
import { convert, ofKind } from './__testUtils__/convert';

const web = (key: string, spec: Record<string, unknown> = {}) =>
  ingress(key, { ingressClassName: 'nginx', rules: [rule('a.io')], ...spec });

const gateways = (objects: KubernetesObject[]) =>
  ofKind(convert(objects).objects, 'Gateway');

const listeners = (objects: KubernetesObject[]) =>
  gateways(objects)[0].spec.listeners;

describe('generated Gateways: one per namespace and class, named after the class', () => {
  it.each<[string, KubernetesObject[], string[]]>([
    [
      'one class in one namespace',
      [web('shop/web'), web('shop/api', { rules: [rule('b.io')] })],
      ['shop/nginx'],
    ],
    [
      'one class in two namespaces',
      [web('shop/web'), web('lab/api')],
      ['lab/nginx', 'shop/nginx'],
    ],
    [
      'two classes',
      [web('shop/web'), web('shop/api', { ingressClassName: 'traefik' })],
      ['shop/traefik', 'shop/nginx'],
    ],
    [
      'the legacy class annotation',
      [
        ingress(
          'shop/web',
          { rules: [rule('a.io')] },
          { 'kubernetes.io/ingress.class': 'haproxy' },
        ),
      ],
      ['shop/haproxy'],
    ],
    [
      'the single default IngressClass',
      [
        ingressClass('nginx', true),
        ingress('shop/web', { rules: [rule('a.io')] }),
      ],
      ['shop/nginx'],
    ],
  ])('%s', (_name, objects, expected) => {
    const found = gateways(objects);
    expect(
      found.map(g => `${g.metadata?.namespace}/${g.metadata?.name}`),
    ).toEqual(expected);
    found.forEach(g => expect(g.spec.gatewayClassName).toBe(g.metadata?.name));
  });

  it('uses Gateway "default" without a class, with a warning', () => {
    const result = convert([ingress('shop/web', { rules: [rule('a.io')] })]);
    expect(ofKind(result.objects, 'Gateway')[0].metadata?.name).toBe('default');
    expect(result.notes).toEqual([
      expect.objectContaining({
        field: 'spec.ingressClassName',
        level: 'warning',
      }),
    ]);
  });

  it('attaches each route by the Gateway name alone', () => {
    const [route] = ofKind(convert([web('shop/web')]).objects, 'HTTPRoute');
    expect(route.spec.parentRefs).toEqual([{ name: 'nginx' }]);
  });
});

describe('generated listeners', () => {
  it('has an HTTP listener per host, and for a TLS host an HTTPS one with the Secrets of every Ingress of the host', () => {
    const objects = [
      web('shop/web', {
        rules: [rule('a.io'), rule('b.io'), rule('*.a.io')],
        tls: [
          { hosts: ['a.io'], secretName: 'a-cert' },
          { hosts: ['a.io', '*.a.io'], secretName: 'shared' },
        ],
      }),
      web('shop/api', {
        rules: [rule('a.io', 'api')],
        tls: [{ hosts: ['a.io'], secretName: 'a-cert' }],
      }),
    ];
    expect(listeners(objects)).toEqual([
      { name: 'a-io-http', hostname: 'a.io', port: 80, protocol: 'HTTP' },
      {
        name: 'a-io-https',
        hostname: 'a.io',
        port: 443,
        protocol: 'HTTPS',
        tls: {
          mode: 'Terminate',
          certificateRefs: [
            { group: '', kind: 'Secret', name: 'a-cert' },
            { group: '', kind: 'Secret', name: 'shared' },
          ],
        },
      },
      { name: 'b-io-http', hostname: 'b.io', port: 80, protocol: 'HTTP' },
      {
        name: 'wildcard-a-io-http',
        hostname: '*.a.io',
        port: 80,
        protocol: 'HTTP',
      },
      {
        name: 'wildcard-a-io-https',
        hostname: '*.a.io',
        port: 443,
        protocol: 'HTTPS',
        tls: {
          mode: 'Terminate',
          certificateRefs: [{ group: '', kind: 'Secret', name: 'shared' }],
        },
      },
    ]);
  });

  it('gives a host covered by a wildcard TLS entry its Secret, as ingress-nginx picks the certificate', () => {
    const objects = [
      web('shop/web', {
        rules: [rule('b.a.io')],
        tls: [{ hosts: ['*.a.io'], secretName: 'wild' }],
      }),
    ];
    expect(
      listeners(objects).map((l: any) => [
        l.name,
        l.tls?.certificateRefs?.[0]?.name,
      ]),
    ).toEqual([
      ['b-a-io-http', undefined],
      ['b-a-io-https', 'wild'],
    ]);
  });

  it('gives a TLS entry without hosts to every host of its Ingress', () => {
    const objects = [
      web('shop/web', {
        rules: [rule('a.io'), rule(undefined)],
        tls: [{ secretName: 'all' }],
      }),
    ];
    expect(listeners(objects).map((l: any) => [l.name, l.hostname])).toEqual([
      ['a-io-http', 'a.io'],
      ['a-io-https', 'a.io'],
      ['http', undefined],
      ['https', undefined],
    ]);
  });

  it('gives a host no HTTPS listener for a TLS entry without secretName, with a warning', () => {
    const result = convert([web('shop/web', { tls: [{ hosts: ['a.io'] }] })]);
    expect(
      ofKind(result.objects, 'Gateway')[0].spec.listeners.map(
        (l: any) => l.name,
      ),
    ).toEqual(['a-io-http']);
    expect(result.notes).toEqual([
      expect.objectContaining({ field: 'spec.tls[0]', level: 'warning' }),
    ]);
  });

  it('takes only the TLS entries that cover the host, unlike ingress2gateway', () => {
    const objects = [
      web('shop/web', {
        rules: [rule('a.io'), rule('b.io')],
        tls: [{ hosts: ['a.io'], secretName: 'a' }],
      }),
    ];
    expect(listeners(objects).map((l: any) => l.name)).toEqual([
      'a-io-http',
      'a-io-https',
      'b-io-http',
    ]);
  });

  it('adds an http listener without hostname for a defaultBackend, so unmatched hosts reach it', () => {
    const objects = [
      web('shop/web', {
        defaultBackend: { service: { name: 'x', port: { number: 80 } } },
      }),
    ];
    expect(listeners(objects).map((l: any) => l.name)).toEqual([
      'a-io-http',
      'http',
    ]);
  });
});
