import { sslRedirect } from './sslRedirect';
import {
  notesAbout,
  runFeatures,
  TestIngress,
} from './__testUtils__/conversionState';

const tlsWeb = (
  annotations: Record<string, string> = {},
  paths = [{ service: 'app' }],
): TestIngress => ({
  name: 'web',
  annotations,
  rules: [{ host: 'a.example.com', paths }],
  tls: [{ hosts: ['a.example.com'], secretName: 'a-tls' }],
});
const toHttps = [
  {
    type: 'RequestRedirect',
    requestRedirect: { scheme: 'https', statusCode: 308 },
  },
];
const shared = {
  gateway: { namespace: 'infra', name: 'public', sectionName: 'https' },
};

describe('ssl-redirect and force-ssl-redirect', () => {
  it('splits a TLS route: HTTPS listener for it, a -http route redirecting with 308', () => {
    const state = runFeatures([sslRedirect], [tlsWeb()]);
    expect(state.routes.map(r => [r.name, r.parentRefs])).toEqual([
      [
        'web-a-example-com',
        [{ name: 'nginx', port: 443, sectionName: 'a-example-com-https' }],
      ],
      [
        'web-a-example-com-http',
        [{ name: 'nginx', port: 80, sectionName: 'a-example-com-http' }],
      ],
    ]);
    expect(
      state.routes[1].rules.map(r => ({
        matches: r.matches,
        filters: r.filters,
        backends: r.backends.length,
      })),
    ).toEqual([
      {
        matches: [{ path: { type: 'PathPrefix', value: '/' } }],
        filters: toHttps,
        backends: 0,
      },
    ]);
  });

  it('serves a rule on HTTP where ssl-redirect is "false", and redirects the others', () => {
    const state = runFeatures(
      [sslRedirect],
      [
        {
          ...tlsWeb({ 'ssl-redirect': 'false' }, [
            { path: '/open', service: 'app' },
          ] as any),
        },
        {
          name: 'secure',
          rules: [
            {
              host: 'a.example.com',
              paths: [{ path: '/secure', service: 'app2' }],
            },
          ],
        },
      ],
    );
    expect(
      state.routes[1].rules.map(r => [
        r.matches[0].path.value,
        r.filters.length ? 'redirect' : 'served',
      ]),
    ).toEqual([
      ['/open', 'served'],
      ['/secure', 'redirect'],
    ]);
  });

  it('makes no -http route when every rule opts out', () => {
    const state = runFeatures(
      [sslRedirect],
      [tlsWeb({ 'ssl-redirect': 'false' })],
    );
    expect(state.routes.map(r => r.name)).toEqual(['web-a-example-com']);
    expect(state.routes[0].parentRefs).toEqual([{ name: 'nginx' }]);
  });

  it('redirects by default when the TLS comes from another Ingress of the host', () => {
    const state = runFeatures(
      [sslRedirect],
      [
        {
          name: 'plain',
          rules: [{ host: 'a.example.com', paths: [{ service: 'app' }] }],
        },
        {
          ...tlsWeb(),
          name: 'tls',
          rules: [
            { host: 'a.example.com', paths: [{ path: '/x', service: 'app' }] },
          ],
        },
      ],
    );
    expect(
      state.routes[1].rules.every(
        r => r.filters[0]?.requestRedirect?.scheme === 'https',
      ),
    ).toBe(true);
  });

  it('does nothing for a host without TLS', () => {
    const state = runFeatures(
      [sslRedirect],
      [
        {
          name: 'web',
          rules: [{ host: 'a.example.com', paths: [{ service: 'app' }] }],
        },
      ],
    );
    expect(state.routes).toHaveLength(1);
  });

  it("ignores the canary Ingress's ssl-redirect", () => {
    const state = runFeatures(
      [sslRedirect],
      [
        tlsWeb(),
        {
          ...tlsWeb({ canary: 'true', 'ssl-redirect': 'false' }),
          name: 'zcanary',
        },
      ],
    );
    expect(state.routes[1].rules[0].filters).toEqual(toHttps);
  });

  it('force-ssl-redirect redirects a host without TLS on a shared Gateway', () => {
    const state = runFeatures(
      [sslRedirect],
      [
        {
          name: 'web',
          annotations: { 'force-ssl-redirect': 'true' },
          rules: [{ host: 'a.example.com', paths: [{ service: 'app' }] }],
        },
      ],
      shared,
    );
    expect(state.routes.map(r => [r.name, r.parentRefs])).toEqual([
      [
        'web-a-example-com',
        [{ namespace: 'infra', name: 'public', sectionName: 'https' }],
      ],
      [
        'web-a-example-com-http',
        [{ namespace: 'infra', name: 'public', port: 80 }],
      ],
    ]);
    expect(state.routes[1].rules[0].filters).toEqual(toHttps);
  });

  it('attaches the -http route to httpSectionName, and the HTTPS one to port 443 without a sectionName', () => {
    const state = runFeatures([sslRedirect], [tlsWeb()], {
      gateway: { namespace: 'infra', name: 'public', httpSectionName: 'http' },
    });
    expect(state.routes.map(r => r.parentRefs)).toEqual([
      [{ namespace: 'infra', name: 'public', port: 443 }],
      [{ namespace: 'infra', name: 'public', sectionName: 'http' }],
    ]);
  });

  it('notes force-ssl-redirect on a host without TLS in a generated Gateway (no HTTPS listener)', () => {
    const state = runFeatures(
      [sslRedirect],
      [
        {
          name: 'web',
          annotations: { 'force-ssl-redirect': 'true' },
          rules: [{ host: 'a.example.com', paths: [{ service: 'app' }] }],
        },
      ],
    );
    expect(state.routes).toHaveLength(1);
    expect(notesAbout(state, 'force-ssl-redirect')[0].level).toBe('warning');
  });

  it('gives the trailing-slash redirect scheme https on the -http route (one 301 hop)', () => {
    const state = runFeatures(
      [sslRedirect],
      [tlsWeb({}, [{ path: '/docs/', service: 'app' }] as any)],
    );
    const redirectFor = (i: number) =>
      state.routes[i].rules.find(r => r.matches[0].path.value === '/docs')
        ?.filters[0].requestRedirect;
    expect(redirectFor(0)).toEqual({
      path: { type: 'ReplaceFullPath', replaceFullPath: '/docs/' },
      statusCode: 301,
    });
    expect(redirectFor(1)).toEqual({
      path: { type: 'ReplaceFullPath', replaceFullPath: '/docs/' },
      statusCode: 301,
      scheme: 'https',
    });
  });
});
