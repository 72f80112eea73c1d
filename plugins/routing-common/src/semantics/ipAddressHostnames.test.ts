import { analyzeGatewayApi } from './analyzeGatewayApi';
import { ipAddressHostnames } from './ipAddressHostnames';

const object = (kind: string, spec: Record<string, unknown>) => ({
  apiVersion: 'gateway.networking.k8s.io/v1',
  kind,
  metadata: { namespace: 'shop', name: 'x' },
  spec,
});

describe('ipAddressHostnames', () => {
  it('warns about IPv4 addresses as route and listener hostnames', () => {
    const findings = ipAddressHostnames([
      object('HTTPRoute', { hostnames: ['shop.example.com', '10.0.0.1'] }),
      object('GRPCRoute', { hostnames: ['192.168.1.20'] }),
      object('Gateway', {
        listeners: [{ name: 'a' }, { name: 'b', hostname: '10.0.0.2' }],
      }),
      object('ListenerSet', {
        listeners: [{ name: 'c', hostname: '10.0.0.3' }],
      }),
    ]);
    expect(findings.map(f => `${f.severity} ${f.code} ${f.field}`)).toEqual([
      'warning InvalidHostname spec.hostnames[1]',
      'warning InvalidHostname spec.hostnames[0]',
      'warning InvalidHostname spec.listeners[1].hostname',
      'warning InvalidHostname spec.listeners[0].hostname',
    ]);
    expect(findings[0].message).toBe(
      'HTTPRoute shop/x: spec.hostnames[1] 10.0.0.1 is an IP address, which the Gateway API does not allow as a hostname; the API server accepts it, and what an implementation does with it is not specified: leave the hostname out to take requests for any host',
    );
  });

  it('leaves DNS names made of digits alone, and TLSRoutes to their CRD, which refuses IPs', () => {
    expect(
      ipAddressHostnames([
        object('HTTPRoute', { hostnames: ['1.2.3.example.com', '10.0.0'] }),
        object('TLSRoute', { hostnames: ['10.0.0.1'] }),
      ]),
    ).toEqual([]);
  });

  it('is part of the analysis', () => {
    const { findings } = analyzeGatewayApi([
      object('HTTPRoute', { hostnames: ['10.0.0.1'] }),
    ]);
    expect(findings.map(f => f.code)).toContain('InvalidHostname');
  });
});
