import { stringify } from 'yaml';
import { analyzeCommand } from './analyze';
import { fileWith } from '../__testUtils__/tempFiles';

const GW = 'gateway.networking.k8s.io/v1';
const objects = [
  {
    apiVersion: GW,
    kind: 'Gateway',
    metadata: { namespace: 'infra', name: 'edge' },
    spec: {
      gatewayClassName: 'portway',
      listeners: [
        { name: 'tcp', port: 5432, protocol: 'TCP' },
        { name: 'udp', port: 53, protocol: 'UDP' },
        {
          name: 'https',
          port: 443,
          protocol: 'HTTPS',
          tls: { certificateRefs: [{ name: 'missing-cert' }] },
        },
      ],
    },
  },
  {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { namespace: 'infra', name: 'db' },
    spec: { ports: [{ port: 5432 }, { port: 53, protocol: 'UDP' }] },
  },
  {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { namespace: 'infra', name: 'other-cert' },
    type: 'kubernetes.io/tls',
    data: { 'tls.crt': 'SGVsbG8gd29ybGQK', 'tls.key': 'SGVsbG8gd29ybGQK' },
  },
  ...['TCPRoute', 'UDPRoute'].map(kind => ({
    apiVersion: GW,
    kind,
    metadata: { namespace: 'infra', name: kind.toLowerCase() },
    spec: {
      parentRefs: [
        { name: 'edge', sectionName: kind === 'TCPRoute' ? 'tcp' : 'udp' },
      ],
      rules: [
        {
          backendRefs: [{ name: 'db', port: kind === 'TCPRoute' ? 5432 : 53 }],
        },
      ],
    },
  })),
];

describe('portway analyze: every standard-channel route kind, and Secrets', () => {
  const result = JSON.parse(
    analyzeCommand([fileWith(objects.map(o => stringify(o)).join('---\n'))], {
      json: true,
    }).text,
  );

  it('reads TCPRoutes and UDPRoutes and counts them on their listeners', () => {
    expect(result.findings).not.toContainEqual(
      expect.objectContaining({ code: 'UnsupportedKind' }),
    );
    for (const name of ['tcproute', 'udproute']) {
      const route = result.routes.find((r: any) => r.name === name);
      expect(route.parents[0].conditions).toEqual([
        expect.objectContaining({ type: 'Accepted', status: 'True' }),
        expect.objectContaining({ type: 'ResolvedRefs', status: 'True' }),
      ]);
    }
    const listeners = result.gateways[0].listeners;
    expect(listeners.map((l: any) => [l.name, l.attachedRoutes])).toEqual([
      ['tcp', 1],
      ['udp', 1],
      ['https', 0],
    ]);
  });

  it('reports a certificate Secret missing from an input that holds Secrets', () => {
    const https = result.gateways[0].listeners[2];
    expect(https.conditions[1]).toMatchObject({
      type: 'ResolvedRefs',
      status: 'False',
      reason: 'InvalidCertificateRef',
    });
    expect(JSON.stringify(result)).not.toContain('SGVsbG8gd29ybGQK');
  });
});
