import { sslPassthrough } from './sslPassthrough';
import {
  notesAbout,
  runFeatures,
  TestIngress,
} from './__testUtils__/conversionState';

const pass = (
  value = 'true',
  paths = [{ service: 'secure', port: 443 }],
): TestIngress => ({
  name: 'pass',
  annotations: { 'ssl-passthrough': value },
  rules: [{ host: 'p.example.com', paths }],
});

describe('ssl-passthrough', () => {
  it('replaces the HTTPRoute by a TLSRoute on a TLS Passthrough listener', () => {
    const state = runFeatures([sslPassthrough], [pass()]);
    expect(
      state.routes.map(r => ({
        kind: r.kind,
        name: r.name,
        hostnames: r.hostnames,
        parentRefs: r.parentRefs,
        rules: r.rules.map(x => ({
          matches: x.matches,
          backends: x.backends.map(b => b.ref),
        })),
      })),
    ).toEqual([
      {
        kind: 'TLSRoute',
        name: 'pass-p-example-com-tls-passthrough',
        hostnames: ['p.example.com'],
        parentRefs: [
          { name: 'nginx', sectionName: 'p-example-com-tls-passthrough' },
        ],
        rules: [{ matches: [], backends: [{ name: 'secure', port: 443 }] }],
      },
    ]);
    expect(state.gateways[0].listeners).toContainEqual({
      name: 'p-example-com-tls-passthrough',
      protocol: 'TLS',
      port: 443,
      hostname: 'p.example.com',
      tls: { mode: 'Passthrough' },
    });
  });

  it.each([['"false"', 'false']])('ignores the value %s', (_, value) => {
    expect(
      runFeatures([sslPassthrough], [pass(value)]).routes.map(r => r.kind),
    ).toEqual(['HTTPRoute']);
  });

  it('moves only passthrough backends on a mixed host and keeps the other paths on HTTP', () => {
    const state = runFeatures(
      [sslPassthrough],
      [
        pass(),
        {
          name: 'web',
          rules: [
            {
              host: 'p.example.com',
              paths: [{ path: '/path-a', service: 'a' }],
            },
          ],
        },
      ],
    );
    expect(
      state.routes.map(r => [
        r.kind,
        r.rules.map(x => x.backends.map(b => b.ref.name)),
      ]),
    ).toEqual([
      ['HTTPRoute', [['a']]],
      ['TLSRoute', [['secure']]],
    ]);
  });

  it('lists each backend once', () => {
    const state = runFeatures(
      [sslPassthrough],
      [
        pass('true', [
          { service: 'secure', port: 443 },
          { path: '/x', service: 'secure', port: 443 },
        ] as any),
      ],
    );
    expect(state.routes[0].rules[0].backends).toHaveLength(1);
  });

  it('attaches to a shared Gateway without a sectionName and warns that it needs a Passthrough listener', () => {
    const state = runFeatures([sslPassthrough], [pass()], {
      gateway: { namespace: 'infra', name: 'public', sectionName: 'https' },
    });
    expect(state.routes[0].parentRefs).toEqual([
      { namespace: 'infra', name: 'public' },
    ]);
    expect(notesAbout(state, 'ssl-passthrough')[0].message).toContain(
      'Passthrough',
    );
  });
});
