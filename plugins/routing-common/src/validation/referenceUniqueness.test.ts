import { object, route, containing, found } from './__testUtils__/routes';
import type { Case } from './__testUtils__/routes';

describe('parentRefs CEL rules (sectionName specified and unique per parent)', () => {
  const refs = (...parentRefs: unknown[]) => route({ parentRefs });
  it.each<Case>([
    [
      'two listeners of one Gateway',
      refs(
        { name: 'p', sectionName: 'http' },
        { name: 'p', sectionName: 'https' },
      ),
      [],
    ],
    [
      'two Gateways without sectionName',
      refs({ name: 'p' }, { name: 'q' }),
      [],
    ],
    [
      'an implicit and an explicit namespace are different parents to the rule',
      refs({ name: 'p' }, { name: 'p', namespace: 'shop' }),
      [],
    ],
    [
      'the same Gateway twice without sectionName',
      refs({ name: 'p' }, { name: 'p' }),
      [
        'spec.parentRefs InvalidField HTTPRoute shop/x: spec.parentRefs must not reference the same parent twice with the same sectionName (entries 0 and 1, both without sectionName)',
      ],
    ],
    [
      'the default group and kind written out are the same parent',
      refs(
        { name: 'p' },
        { name: 'p', group: 'gateway.networking.k8s.io', kind: 'Gateway' },
      ),
      ['spec.parentRefs InvalidField'],
    ],
    [
      'one sectionName twice, even on different ports',
      refs(
        { name: 'p', sectionName: 'a', port: 80 },
        { name: 'p', sectionName: 'a', port: 443 },
      ),
      ['(entries 0 and 1)'],
    ],
    [
      'ports alone do not tell references apart',
      refs({ name: 'p', port: 80 }, { name: 'p', port: 443 }),
      ['both without sectionName'],
    ],
    [
      'one reference with and one without sectionName',
      refs({ name: 'p' }, { name: 'q' }, { name: 'p', sectionName: 'a' }),
      [
        'spec.parentRefs InvalidField HTTPRoute shop/x: spec.parentRefs must set sectionName on every reference to the same parent when it references that parent more than once (entries 0, 2)',
      ],
    ],
    [
      'the rule on TCPRoute',
      object('TCPRoute', {
        parentRefs: [{ name: 'p' }, { name: 'p' }],
        rules: [{ backendRefs: [{ name: 'db', port: 5432 }] }],
      }),
      ['spec.parentRefs InvalidField TCPRoute shop/x'],
    ],
  ])('%s', (_, value, expected) =>
    expect(found(value)).toEqual(containing(expected)),
  );
});

describe('BackendTLSPolicy targetRefs CEL rules', () => {
  const policy = (...targetRefs: unknown[]) =>
    object('BackendTLSPolicy', {
      targetRefs,
      validation: { hostname: 'web.shop', wellKnownCACertificates: 'System' },
    });
  const web = { group: '', kind: 'Service', name: 'web' };
  it.each<Case>([
    [
      'two ports of one Service',
      policy({ ...web, sectionName: 'a' }, { ...web, sectionName: 'b' }),
      [],
    ],
    [
      'one Service twice',
      policy(web, web),
      [
        'spec.targetRefs InvalidField BackendTLSPolicy shop/x: spec.targetRefs must not reference the same target twice',
      ],
    ],
    [
      'with and without sectionName',
      policy(web, { ...web, sectionName: 'a' }),
      [
        'spec.targetRefs must set sectionName on every reference to the same target',
      ],
    ],
  ])('%s', (_, value, expected) =>
    expect(found(value)).toEqual(containing(expected)),
  );
});
