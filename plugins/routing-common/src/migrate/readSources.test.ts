import { ingress, ingressClass } from '../ingress/__testUtils__/builders';
import { createdAt } from './__testUtils__/convert';
import { readSources } from './readSources';

describe('readSources', () => {
  it('reads only networking.k8s.io/v1 Ingresses, in ingress-nginx order', () => {
    const { sources } = readSources([
      createdAt(ingress('b/z', {}), '2024-02-01T00:00:00Z'),
      {
        apiVersion: 'extensions/v1beta1',
        kind: 'Ingress',
        metadata: { name: 'old' },
      },
      ingress('a/unapplied', {}),
      createdAt(ingress('b/a', {}), '2024-02-01T00:00:00Z'),
      createdAt(ingress('c/x', {}), '2023-01-01T00:00:00Z'),
    ]);
    expect(sources.map(s => s.describe)).toEqual([
      'Ingress c/x',
      'Ingress b/a',
      'Ingress b/z',
      'Ingress a/unapplied',
    ]);
  });

  it('resolves the class and reads the canary flag', () => {
    const { sources, notes } = readSources([
      ingressClass('public', true),
      ingress('shop/web', {}, { 'nginx.ingress.kubernetes.io/canary': 'true' }),
      ingress('shop/api', { ingressClassName: 'nginx' }),
    ]);
    expect(sources.map(s => [s.name, s.className, s.canary])).toEqual([
      ['api', 'nginx', false],
      ['web', 'public', true],
    ]);
    expect(notes).toEqual([]);
  });
});
