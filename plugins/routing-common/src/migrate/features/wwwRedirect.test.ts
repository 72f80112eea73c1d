import { wwwRedirect } from './wwwRedirect';
import {
  notesAbout,
  runFeatures,
  TestIngress,
} from './__testUtils__/conversionState';

const web = (
  annotations: Record<string, string>,
  tls = false,
): TestIngress => ({
  name: 'example-ingress',
  annotations,
  rules: [{ host: 'example.com', paths: [{ service: 'app' }] }],
  ...(tls
    ? { tls: [{ hosts: ['example.com'], secretName: 'example-tls' }] }
    : {}),
});

describe('from-to-www-redirect', () => {
  it('redirects www.example.com to example.com with 301 from its own route and listener', () => {
    const state = runFeatures(
      [wwwRedirect],
      [web({ 'from-to-www-redirect': 'true' })],
    );
    const route = state.routes[1];
    expect(route).toMatchObject({
      name: '00-example-ingress-example-com-www-example-com-www-redirect',
      hostnames: ['www.example.com'],
      parentRefs: [
        { name: 'nginx', port: 80, sectionName: 'www-example-com-http' },
      ],
    });
    expect(route.rules[0].filters).toEqual([
      {
        type: 'RequestRedirect',
        requestRedirect: { hostname: 'example.com', statusCode: 301 },
      },
    ]);
    expect(state.gateways[0].listeners.map(l => l.name)).toEqual([
      'example-com-http',
      'www-example-com-http',
    ]);
  });

  it("adds the HTTPS listener with the host's certificate when the host has TLS", () => {
    const state = runFeatures(
      [wwwRedirect],
      [web({ 'from-to-www-redirect': 'true' }, true)],
    );
    expect(state.routes[1].parentRefs.map(p => p.sectionName)).toEqual([
      'www-example-com-http',
      'www-example-com-https',
    ]);
    expect(
      state.gateways[0].listeners.find(l => l.name === 'www-example-com-https')
        ?.tls,
    ).toEqual({
      mode: 'Terminate',
      certificateRefs: [{ name: 'example-tls' }],
    });
  });

  it('skips it when the www host has routes of its own', () => {
    const state = runFeatures(
      [wwwRedirect],
      [
        web({ 'from-to-www-redirect': 'true' }),
        {
          name: 'www',
          rules: [{ host: 'www.example.com', paths: [{ service: 'app' }] }],
        },
      ],
    );
    expect(state.routes).toHaveLength(2);
    expect(notesAbout(state, 'from-to-www-redirect')[0].level).toBe('info');
  });

  it('reports a value that is not a boolean as an error', () => {
    const state = runFeatures(
      [wwwRedirect],
      [web({ 'from-to-www-redirect': 'yes' })],
    );
    expect(state.routes).toHaveLength(1);
    expect(notesAbout(state, 'from-to-www-redirect')[0].level).toBe('error');
  });
});
