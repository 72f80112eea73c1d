import { analyzeGatewayApi } from './analyzeGatewayApi';
import { withMetadata } from './__testUtils__/builders';
import {
  gatewayTaking,
  listenerSet,
} from './__testUtils__/listenerSetBuilders';

const https = [
  {
    name: 'https',
    port: 443,
    protocol: 'HTTPS',
    tls: { certificateRefs: [{ name: 'cert' }] },
  },
  { name: 'http', port: 80, protocol: 'HTTP' },
];
const issuer = {
  annotations: { 'cert-manager.io/cluster-issuer': 'letsencrypt' },
};
const notes = (objects: Parameters<typeof analyzeGatewayApi>[0]) =>
  analyzeGatewayApi(objects).findings.filter(
    f => f.code === 'CertManagerListenerSetAlpha',
  );

describe('cert-manager and ListenerSets (alpha in cert-manager)', () => {
  it('says cert-manager needs its alpha ListenerSet support for an annotated ListenerSet', () => {
    expect(
      notes([
        gatewayTaking('infra/public', 'All'),
        withMetadata(listenerSet('team/a', 'infra/public', https), issuer),
      ]),
    ).toEqual([
      expect.objectContaining({
        severity: 'info',
        message: expect.stringContaining(
          'ListenerSet team/a (Gateway infra/public): cert-manager issues certificates for ListenerSet listeners (here https) only with its alpha ListenerSet support enabled',
        ),
      }),
    ]);
  });

  it('says so too when only the parent Gateway asks cert-manager', () => {
    expect(
      notes([
        withMetadata(gatewayTaking('infra/public', 'All'), issuer),
        listenerSet('team/a', 'infra/public', https),
      ]),
    ).toHaveLength(1);
  });

  it('says nothing without an issuer annotation or without a TLS listener', () => {
    expect(
      notes([
        gatewayTaking('infra/public', 'All'),
        listenerSet('team/a', 'infra/public', https),
        withMetadata(listenerSet('team/b', 'infra/public'), issuer),
      ]),
    ).toEqual([]);
  });
});
