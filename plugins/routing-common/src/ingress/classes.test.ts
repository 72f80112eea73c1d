import type { KubernetesObject } from '../kubernetes/objects';
import { analyzeIngresses } from './analyzeIngresses';
import { ingress, ingressClass, rule, svc } from './__testUtils__/builders';

describe('IngressClass (named class exists; otherwise exactly one default)', () => {
  const withClass = (
    spec: Record<string, unknown>,
    annotations?: Record<string, string>,
  ) =>
    ingress(
      'shop/web',
      { rules: [rule('shop.example.com')], ...spec },
      annotations,
    );
  const legacy = { 'kubernetes.io/ingress.class': 'traefik' };
  it.each<[string, KubernetesObject[], string[]]>([
    [
      'a known class is fine',
      [ingressClass('nginx'), withClass({ ingressClassName: 'nginx' })],
      [],
    ],
    [
      'an unknown class warns',
      [ingressClass('nginx'), withClass({ ingressClassName: 'haproxy' })],
      ['IngressClassNotFound spec.ingressClassName'],
    ],
    [
      'an unknown legacy annotation class warns',
      [ingressClass('nginx'), withClass({}, legacy)],
      [
        'IngressClassNotFound metadata.annotations["kubernetes.io/ingress.class"]',
      ],
    ],
    [
      'a known legacy annotation class is fine',
      [ingressClass('traefik'), withClass({}, legacy)],
      [],
    ],
    [
      'ingressClassName wins over the annotation',
      [ingressClass('nginx'), withClass({ ingressClassName: 'nginx' }, legacy)],
      [],
    ],
    [
      'a named class is not checked when no IngressClass is given',
      [withClass({ ingressClassName: 'haproxy' })],
      [],
    ],
    [
      'no class with one default class is fine',
      [ingressClass('nginx', true), ingressClass('other'), withClass({})],
      [],
    ],
    [
      'no class and no default class warns',
      [ingressClass('nginx'), withClass({})],
      ['NoDefaultIngressClass spec.ingressClassName'],
    ],
    [
      'no class and no IngressClass at all warns',
      [withClass({})],
      ['NoDefaultIngressClass spec.ingressClassName'],
    ],
    [
      'a default annotation other than "true" does not count',
      [
        {
          ...ingressClass('nginx'),
          metadata: {
            name: 'nginx',
            annotations: {
              'ingressclass.kubernetes.io/is-default-class': 'false',
            },
          },
        },
        withClass({}),
      ],
      ['NoDefaultIngressClass spec.ingressClassName'],
    ],
    [
      'no class and two default classes warns',
      [ingressClass('a', true), ingressClass('b', true), withClass({})],
      ['MultipleDefaultIngressClasses spec.ingressClassName'],
    ],
  ])('%s', (_name, objects, expected) => {
    const findings = analyzeIngresses([svc('shop/web'), ...objects]);
    expect(findings.map(f => `${f.code} ${f.field}`)).toEqual(expected);
    findings.forEach(f => expect(f.severity).toBe('warning'));
  });
});
