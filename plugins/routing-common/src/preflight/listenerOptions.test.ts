import { listenerOptions } from './listenerOptions';
import { testCluster } from './__testUtils__/testCluster';

const certificate = (ready: 'True' | 'False') => ({
  apiVersion: 'cert-manager.io/v1',
  kind: 'Certificate',
  metadata: { namespace: 'infra', name: 'shop-example-com-tls' },
  spec: { secretName: 'shop-example-com-tls' },
  status: {
    conditions: [
      {
        type: 'Ready',
        status: ready,
        reason: ready === 'True' ? 'Ready' : 'Failed',
        message: 'x',
      },
    ],
  },
});

describe('listenerOptions', () => {
  it('judges every listener for an HTTPRoute from an allowed namespace', () => {
    const options = listenerOptions(testCluster([certificate('True')]), {
      namespace: 'shop',
      type: 'http',
    });
    expect(
      options.map(o => [o.name, o.accepts, o.protocol, o.port, o.hostname]),
    ).toEqual([
      ['http', true, 'HTTP', 80, '*.shop.example.com'],
      ['https', true, 'HTTPS', 443, '*.shop.example.com'],
      ['https-web', true, 'HTTPS', 443, 'web.example.com'],
    ]);
    expect(options[1]).toMatchObject({
      cluster: 'prod-eu',
      gateway: { namespace: 'infra', name: 'public' },
      tlsMode: 'Terminate',
      certificate: { state: 'ready', issuer: 'ClusterIssuer/letsencrypt' },
    });
    expect(options[0].certificate).toBeUndefined();
  });

  it('shows listeners that refuse the namespace, with the reason', () => {
    const [, https] = listenerOptions(testCluster(), {
      namespace: 'books',
      type: 'http',
    });
    expect(https.accepts).toBe(false);
    expect(https.refusal).toEqual({
      reason: 'NotAllowedByListeners',
      message: expect.stringContaining('gateway-access=public'),
    });
  });

  it('refuses GRPCRoutes on a listener that allows only HTTPRoutes', () => {
    const options = listenerOptions(testCluster(), {
      namespace: 'shop',
      type: 'grpc-gateway',
    });
    const web = options.find(o => o.name === 'https-web');
    expect(web?.accepts).toBe(false);
    expect(web?.refusal?.message).toContain('only accepts HTTPRoute');
  });

  it("says when cert-manager will not issue a listener's certificate, and when it is not Ready yet", () => {
    const options = listenerOptions(testCluster([certificate('False')]), {
      namespace: 'shop',
      type: 'http',
    });
    expect(options[1].certificate?.state).toBe('issuing');
    expect(options[2].certificate).toMatchObject({
      state: 'none',
      message: expect.stringContaining('certificateRefs'),
    });
  });

  it('offers no listeners for exposure types that use no Gateway', () => {
    expect(
      listenerOptions(testCluster(), { namespace: 'shop', type: 'grpc-mesh' }),
    ).toEqual([]);
  });
});
