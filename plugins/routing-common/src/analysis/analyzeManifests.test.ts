import { analyzeManifests } from './analyzeManifests';

describe('analyzeManifests', () => {
  it('reports fields the route CRDs would reject before the Gateway API findings', () => {
    const analysis = analyzeManifests([
      {
        apiVersion: 'gateway.networking.k8s.io/v1',
        kind: 'HTTPRoute',
        metadata: { name: 'shop', namespace: 'shop' },
        spec: {
          parentRefs: [{ name: 'public' }],
          hostnames: ['Shop.Example.com'],
          rules: [
            { matches: [{ path: { type: 'PathPrefix', value: '/a//b' } }] },
          ],
        },
      },
    ]);
    expect(analysis.findings.map(f => [f.code, f.field])).toEqual([
      ['InvalidHostname', 'spec.hostnames[0]'],
      ['InvalidPath', 'spec.rules[0].matches[0].path.value'],
      ['NoMatchingParent', undefined],
    ]);
  });
});
