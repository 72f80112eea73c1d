import { stringify } from 'yaml';
import { ingress, ingressClass, rule } from '../ingress/__testUtils__/builders';
import { migrateIngresses } from './migrateIngresses';

const web = (key: string, spec: Record<string, unknown> = {}) =>
  ingress(key, { ingressClassName: 'nginx', rules: [rule('a.io')], ...spec });

describe('parentRefs: the shared Gateway when given', () => {
  it.each<[string, { namespace: string; name: string; sectionName?: string }]>([
    ['without sectionName', { namespace: 'infra', name: 'shared' }],
    [
      'with sectionName',
      { namespace: 'infra', name: 'shared', sectionName: 'https' },
    ],
  ])('%s', (_name, gateway) => {
    const result = migrateIngresses([web('shop/web')], { gateway });
    expect(result.objects.map(o => o.kind)).toEqual(['HTTPRoute']);
    expect(result.objects[0].spec.parentRefs).toEqual([gateway]);
  });

  it('notes TLS as belonging on the shared Gateway', () => {
    const result = migrateIngresses(
      [web('shop/web', { tls: [{ hosts: ['a.io'], secretName: 'cert' }] })],
      { gateway: { namespace: 'infra', name: 'shared' } },
    );
    expect(result.notes).toEqual([
      {
        object: 'Ingress shop/web',
        field: 'spec.tls',
        message:
          'TLS not carried over: certificates belong on the listeners of the shared Gateway infra/shared',
      },
    ]);
  });
});

describe('without a Gateway, one Gateway per ingress class', () => {
  it.each<[string, Parameters<typeof migrateIngresses>[0], string[]]>([
    ['one class', [web('shop/web'), web('lab/api')], ['shop/nginx']],
    [
      'two classes',
      [web('shop/web'), web('lab/api', { ingressClassName: 'traefik' })],
      ['shop/nginx', 'lab/traefik'],
    ],
    [
      'legacy annotation class',
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
      'default IngressClass',
      [
        ingressClass('nginx', true),
        ingress('shop/web', { rules: [rule('a.io')] }),
      ],
      ['shop/nginx'],
    ],
    [
      'no class at all',
      [ingress('shop/web', { rules: [rule('a.io')] })],
      ['shop/default'],
    ],
  ])('%s', (_name, objects, expected) => {
    const result = migrateIngresses(objects);
    const gateways = result.objects.filter(o => o.kind === 'Gateway');
    expect(
      gateways.map(g => `${g.metadata?.namespace}/${g.metadata?.name}`),
    ).toEqual(expected);
    gateways.forEach(g =>
      expect(g.spec.gatewayClassName).toBe(g.metadata?.name),
    );
    const refs = result.objects
      .filter(o => o.kind === 'HTTPRoute')
      .map(
        r => `${r.spec.parentRefs[0].namespace}/${r.spec.parentRefs[0].name}`,
      );
    refs.forEach(ref => expect(expected).toContain(ref));
    expect(result.notes.some(n => n.field === 'spec.ingressClassName')).toBe(
      expected[0] === 'shop/default',
    );
  });
});

describe('TLS becomes HTTPS listeners on the generated Gateway', () => {
  it('adds an HTTP listener and one HTTPS listener per TLS host', () => {
    const result = migrateIngresses([
      web('shop/web', {
        tls: [{ hosts: ['a.io', '*.b.io'], secretName: 'cert' }],
      }),
    ]);
    const [gateway] = result.objects;
    const all = { namespaces: { from: 'All' } };
    const https = (name: string, hostname: string) => ({
      name,
      protocol: 'HTTPS',
      port: 443,
      hostname,
      tls: { mode: 'Terminate', certificateRefs: [{ name: 'cert' }] },
      allowedRoutes: all,
    });
    expect(gateway.spec.listeners).toEqual([
      { name: 'http', protocol: 'HTTP', port: 80, allowedRoutes: all },
      https('https-a-io', 'a.io'),
      https('https-wildcard-b-io', '*.b.io'),
    ]);
    expect(stringify(result.objects)).not.toMatch(/[&*]a\d/);
  });

  it.each<[string, Record<string, unknown>[], string[], RegExp[]]>([
    [
      'no hosts: one https listener',
      [{ secretName: 'c' }],
      ['http', 'https'],
      [],
    ],
    [
      'no secretName: noted',
      [{ hosts: ['a.io'] }],
      ['http'],
      [/without secretName/],
    ],
    [
      'same host, other secret: noted',
      [
        { hosts: ['a.io'], secretName: 'c1' },
        { hosts: ['a.io'], secretName: 'c2' },
      ],
      ['http', 'https-a-io'],
      [/already uses another certificate/],
    ],
  ])('%s', (_name, tls, listeners, messages) => {
    const result = migrateIngresses([web('shop/web', { tls })]);
    expect(result.objects[0].spec.listeners.map((l: any) => l.name)).toEqual(
      listeners,
    );
    expect(result.notes.map(n => n.message)).toEqual(
      messages.map(m => expect.stringMatching(m)),
    );
  });

  it('references a Secret of another namespace and notes the ReferenceGrant', () => {
    const result = migrateIngresses([
      web('shop/web'),
      web('lab/api', { tls: [{ hosts: ['x.io'], secretName: 'c' }] }),
    ]);
    const [gateway] = result.objects;
    expect(gateway.spec.listeners[1].tls.certificateRefs).toEqual([
      { name: 'c', namespace: 'lab' },
    ]);
    expect(result.notes.map(n => n.message)).toEqual([
      expect.stringMatching(/ReferenceGrant in lab/),
    ]);
  });
});
