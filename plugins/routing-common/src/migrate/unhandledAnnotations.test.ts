import { ingress, rule } from '../ingress/__testUtils__/builders';
import { convertIngresses } from './convertIngresses';
import { Feature, markHandled } from './ir';

const annotated = (annotations: Record<string, string>) =>
  ingress(
    'shop/web',
    { ingressClassName: 'nginx', rules: [rule('a.io')] },
    annotations,
  );
const notesOf = (
  annotations: Record<string, string>,
  features: Feature[] = [],
) => convertIngresses([annotated(annotations)], {}, features).notes;

describe('annotations no feature handled', () => {
  it.each<[string, 'info' | 'warning', string]>([
    [
      'nginx.ingress.kubernetes.io/limit-rps',
      'warning',
      'ingress-nginx annotation with no Gateway API equivalent',
    ],
    ['cert-manager.io/cluster-issuer', 'warning', 'put it on the Gateway'],
    ['cert-manager.io/issuer', 'warning', 'put it on the Gateway'],
    [
      'cert-manager.io/common-name',
      'info',
      'check whether its controller reads routes',
    ],
    [
      'external-dns.alpha.kubernetes.io/hostname',
      'info',
      'check whether its controller reads routes',
    ],
  ])(
    '%s: a %s note naming the Ingress, the annotation and why',
    (key, level, why) => {
      expect(notesOf({ [key]: 'x' })).toEqual([
        {
          object: 'Ingress shop/web',
          field: `metadata.annotations["${key}"]`,
          annotation: key,
          level,
          message: expect.stringContaining(why),
        },
      ]);
    },
  );

  it.each([
    'kubernetes.io/ingress.class',
    'kubectl.kubernetes.io/last-applied-configuration',
  ])('%s: no note', key => {
    expect(notesOf({ [key]: 'nginx' })).toEqual([]);
  });

  it('gives no note for an annotation a feature marked handled', () => {
    const key = 'nginx.ingress.kubernetes.io/rewrite-target';
    const rewrite: Feature = state =>
      state.sources.forEach(s => markHandled(state, s, key));
    expect(notesOf({ [key]: '/' }, [rewrite])).toEqual([]);
    expect(notesOf({ [key]: '/' })).toHaveLength(1);
  });
});
