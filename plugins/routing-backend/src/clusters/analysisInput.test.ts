import {
  analyzeGatewayApi,
  KubernetesObject,
} from '@portway/plugin-routing-common';
import { createClusterCache } from './cache/createClusterCache';
import { analysisInput } from './analysisInput';

const GATEWAY_API = 'gateway.networking.k8s.io/v1';

const tlsListener = (name: string, secret: string, namespace?: string) => ({
  name,
  protocol: 'HTTPS',
  port: 443,
  hostname: `${name}.example.com`,
  tls: {
    certificateRefs: [{ name: secret, ...(namespace ? { namespace } : {}) }],
  },
});

const gateway: KubernetesObject = {
  apiVersion: GATEWAY_API,
  kind: 'Gateway',
  metadata: { namespace: 'infra', name: 'public' },
  spec: {
    gatewayClassName: 'example',
    listeners: [
      tlsListener('present', 'present-tls'),
      tlsListener('missing', 'missing-tls'),
    ],
  },
};

const listenerSet: KubernetesObject = {
  apiVersion: GATEWAY_API,
  kind: 'ListenerSet',
  metadata: { namespace: 'shop', name: 'shop' },
  spec: {
    parentRef: { name: 'public', namespace: 'infra' },
    listeners: [tlsListener('shop', 'shop-tls')],
  },
};

const secret = (namespace: string, name: string) => ({
  metadata: { namespace, name },
});

function cacheWithSecrets(state: 'synced' | 'forbidden' | 'syncing') {
  const cache = createClusterCache('prod');
  cache.setSync('secret', { state, apiVersion: 'v1' });
  cache.replaceAll('secret', [
    secret('infra', 'present-tls'),
    secret('shop', 'shop-tls'),
    secret('infra', 'unrelated'),
  ]);
  return cache;
}

const secretNames = (objects: KubernetesObject[]) =>
  objects
    .filter(object => object.kind === 'Secret')
    .map(object => `${object.metadata?.namespace}/${object.metadata?.name}`);

function listenerResolvedRefs(objects: KubernetesObject[], options = {}) {
  const [analyzed] = analyzeGatewayApi(objects, options).gateways;
  return Object.fromEntries(
    analyzed.listeners.map(listener => {
      const condition = listener.conditions.find(
        c => c.type === 'ResolvedRefs',
      );
      return [listener.name, `${condition?.status} ${condition?.reason}`];
    }),
  );
}

describe('analysisInput', () => {
  it('adds the certificate Secrets that Gateway and ListenerSet listeners name, and says every Secret is listed', () => {
    const [objects, options] = analysisInput(cacheWithSecrets('synced'), [
      gateway,
      listenerSet,
    ]);

    expect(options).toEqual({ secretsListed: true });
    expect(objects.slice(0, 2)).toEqual([gateway, listenerSet]);
    expect(secretNames(objects)).toEqual([
      'infra/present-tls',
      'shop/shop-tls',
    ]);
  });

  it('makes the analysis find a missing certificate Secret (InvalidCertificateRef) and accept a listed one', () => {
    expect(
      listenerResolvedRefs(
        ...analysisInput(cacheWithSecrets('synced'), [gateway]),
      ),
    ).toEqual({
      present: 'True ResolvedRefs',
      missing: 'False InvalidCertificateRef',
    });
  });

  it('leaves the objects alone and checks no Secret while Secrets are forbidden or still listing', () => {
    for (const state of ['forbidden', 'syncing'] as const) {
      const input = analysisInput(cacheWithSecrets(state), [gateway]);

      expect(input).toEqual([[gateway], {}]);
      expect(listenerResolvedRefs(...input)).toEqual({
        present: 'True ResolvedRefs',
        missing: 'True ResolvedRefs',
      });
    }
  });

  it('reads a certificateRef to another namespace in that namespace, and ignores references to other kinds', () => {
    const cache = cacheWithSecrets('synced');
    const [objects] = analysisInput(cache, [
      {
        ...gateway,
        spec: {
          listeners: [
            tlsListener('cross', 'shop-tls', 'shop'),
            {
              ...tlsListener('vault', 'present-tls'),
              tls: {
                certificateRefs: [
                  { group: 'vault.example.com', kind: 'Cert', name: 'x' },
                ],
              },
            },
          ],
        },
      },
    ]);

    expect(secretNames(objects)).toEqual(['shop/shop-tls']);
  });
});
