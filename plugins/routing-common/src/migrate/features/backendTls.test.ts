import { backendTls } from './backendTls';
import {
  notesAbout,
  runFeatures,
  TestIngress,
} from './__testUtils__/conversionState';

const strict = {
  'backend-protocol': 'HTTPS',
  'proxy-ssl-verify': 'on',
  'proxy-ssl-secret': 'default/backend-ca',
  'proxy-ssl-server-name': 'on',
  'proxy-ssl-name': 'app.internal',
};
const web = (
  annotations: Record<string, string>,
  name = 'web',
  service = 'app',
): TestIngress => ({
  name,
  annotations,
  rules: [
    {
      host: 'a.example.com',
      paths: [{ path: `/${name}`, service, port: 443 }],
    },
  ],
});

describe('backend-protocol HTTPS / GRPCS and proxy-ssl-*', () => {
  it('writes a BackendTLSPolicy per Service when verification is fully set', () => {
    const state = runFeatures([backendTls], [web(strict)]);
    expect(state.extraObjects).toEqual([
      {
        apiVersion: 'gateway.networking.k8s.io/v1',
        kind: 'BackendTLSPolicy',
        metadata: { name: 'app-backend-tls', namespace: 'default' },
        spec: {
          targetRefs: [{ group: '', kind: 'Service', name: 'app' }],
          validation: {
            caCertificateRefs: [
              { group: '', kind: 'ConfigMap', name: 'backend-ca' },
            ],
            hostname: 'app.internal',
          },
        },
      },
    ]);
    expect(notesAbout(state, 'proxy-ssl-secret').map(n => n.level)).toEqual([
      'warning',
      'info',
    ]);
  });

  it.each([
    [
      'HTTPS only',
      { 'backend-protocol': 'HTTPS' },
      [
        'proxy-ssl-verify',
        'proxy-ssl-secret',
        'proxy-ssl-server-name',
        'proxy-ssl-name',
      ],
    ],
    [
      'HTTPS + secret + verify',
      {
        'backend-protocol': 'HTTPS',
        'proxy-ssl-verify': 'on',
        'proxy-ssl-secret': 'ca',
      },
      ['proxy-ssl-server-name', 'proxy-ssl-name'],
    ],
    [
      'GRPCS + proxy-ssl-name',
      { 'backend-protocol': 'GRPCS', 'proxy-ssl-name': 'x' },
      ['proxy-ssl-verify', 'proxy-ssl-secret', 'proxy-ssl-server-name'],
    ],
  ])(
    'writes no policy and lists what is missing: %s',
    (_, annotations, missing) => {
      const state = runFeatures([backendTls], [web(annotations)]);
      expect(state.extraObjects).toEqual([]);
      const [note] = notesAbout(state, 'backend-protocol');
      expect(note.level).toBe('error');
      for (const name of missing) expect(note.message).toContain(name);
    },
  );

  it('writes no policy for a CA Secret in another namespace', () => {
    const state = runFeatures(
      [backendTls],
      [web({ ...strict, 'proxy-ssl-secret': 'other/ca' })],
    );
    expect(state.extraObjects).toEqual([]);
    expect(notesAbout(state, 'proxy-ssl-secret')[0].level).toBe('error');
  });

  it('keeps the first policy when two Ingresses want other settings for one Service', () => {
    const state = runFeatures(
      [backendTls],
      [web(strict), web({ ...strict, 'proxy-ssl-name': 'other' }, 'second')],
    );
    expect(state.extraObjects).toHaveLength(1);
    expect(state.extraObjects[0].spec.validation.hostname).toBe('app.internal');
    expect(notesAbout(state, 'proxy-ssl-name')[0]).toMatchObject({
      level: 'warning',
      object: 'Ingress default/second',
    });
  });

  it('warns about verify-depth and protocols and still writes the policy', () => {
    const state = runFeatures(
      [backendTls],
      [
        web({
          ...strict,
          'proxy-ssl-verify-depth': '2',
          'proxy-ssl-protocols': 'TLSv1.3',
        }),
      ],
    );
    expect(state.extraObjects).toHaveLength(1);
    expect(notesAbout(state, 'proxy-ssl-verify-depth')[0].level).toBe(
      'warning',
    );
    expect(notesAbout(state, 'proxy-ssl-protocols')[0].level).toBe('warning');
  });

  it('skips a canary Ingress (its annotations do not apply)', () => {
    const main: TestIngress = {
      name: 'main',
      rules: [
        { host: 'a.example.com', paths: [{ path: '/web', service: 'app' }] },
      ],
    };
    const state = runFeatures(
      [backendTls],
      [main, web({ ...strict, canary: 'true' }, 'web', 'app2')],
    );
    expect(state.extraObjects).toEqual([]);
  });

  it('notes proxy-ssl-* without an HTTPS backend-protocol as having no effect', () => {
    const state = runFeatures(
      [backendTls],
      [web({ 'proxy-ssl-verify': 'on' })],
    );
    expect(notesAbout(state, 'proxy-ssl-verify')[0].level).toBe('info');
  });
});
