import { ingress, rule } from '../ingress/__testUtils__/builders';
import { convert, ofKind } from './__testUtils__/convert';

const web = (key: string, spec: Record<string, unknown> = {}) =>
  ingress(key, { ingressClassName: 'nginx', rules: [rule('a.io')], ...spec });

describe('a shared Gateway (options.gateway)', () => {
  it.each<[string, { namespace: string; name: string; sectionName?: string }]>([
    ['without sectionName', { namespace: 'infra', name: 'shared' }],
    [
      'with sectionName',
      { namespace: 'infra', name: 'shared', sectionName: 'https' },
    ],
  ])(
    'is the parent of every route, %s, and no Gateway is generated',
    (_name, gateway) => {
      const result = convert(
        [
          web('shop/web', {
            defaultBackend: { service: { name: 'x', port: { number: 80 } } },
          }),
        ],
        { gateway },
      );
      expect(result.objects.map(o => o.kind)).toEqual([
        'HTTPRoute',
        'HTTPRoute',
      ]);
      result.objects.forEach(o => expect(o.spec.parentRefs).toEqual([gateway]));
    },
  );

  it('makes TLS an info note: the certificates belong on its listener, with a ReferenceGrant from another namespace', () => {
    const result = convert(
      [web('shop/web', { tls: [{ hosts: ['a.io'], secretName: 'cert' }] })],
      { gateway: { namespace: 'infra', name: 'shared', sectionName: 'https' } },
    );
    expect(result.notes).toEqual([
      {
        object: 'Ingress shop/web',
        field: 'spec.tls',
        level: 'info',
        message:
          'TLS not carried over: certificates belong on the listener of the shared Gateway infra/shared (https); referencing Secret cert of namespace shop from it needs a ReferenceGrant in shop',
      },
    ]);
    expect(ofKind(result.objects, 'HTTPRoute')).toHaveLength(1);
  });

  it('needs no ReferenceGrant for a Gateway in the Ingress namespace', () => {
    const result = convert(
      [web('shop/web', { tls: [{ secretName: 'cert' }] })],
      {
        gateway: { namespace: 'shop', name: 'shared' },
      },
    );
    expect(result.notes.map(n => n.message)).toEqual([
      'TLS not carried over: certificates belong on the listener of the shared Gateway shop/shared',
    ]);
  });
});
