import { KubernetesObjectApi } from '@kubernetes/client-node';
import { parse } from 'yaml';
import {
  ExposureRequestInput,
  parseExposureRequest,
  renderExposure,
} from '@portway/plugin-routing-common';
import { clients, testKubeConfig, uniqueNamespace } from './testCluster';

const namespace = uniqueNamespace('render');
const base = {
  entityRef: 'component:default/storefront',
  cluster: 'prod-eu',
  namespace,
  service: { name: 'storefront', port: 8080 },
};
const gateway = { namespace: 'infra', name: 'public', sectionName: 'https' };

/** One request of every type, each with every option it takes. */
const requests: Array<[string, ExposureRequestInput]> = [
  [
    'HTTPRoute',
    {
      ...base,
      type: 'http',
      hostnames: ['storefront.shop.example.com', '*.storefront.example.com'],
      paths: [
        { type: 'PathPrefix', value: '/' },
        { type: 'Exact', value: '/healthz' },
      ],
      headers: [{ name: 'x-canary', value: 'true' }],
      timeout: '15s',
      gateway,
    },
  ],
  [
    'GRPCRoute',
    {
      ...base,
      type: 'grpc-gateway',
      name: 'storefront-grpc',
      hostnames: ['grpc.shop.example.com'],
      grpc: [
        { service: 'shop.storefront.v1.Storefront' },
        { service: 'shop.cart.v1.Cart', method: 'AddItem' },
      ],
      gateway,
    },
  ],
  [
    'VirtualService',
    {
      ...base,
      type: 'grpc-mesh',
      grpc: [
        { service: 'shop.storefront.v1.Storefront' },
        { service: 'shop.cart.v1.Cart', method: 'AddItem' },
      ],
      timeout: '5s',
      retries: {
        attempts: 3,
        perTryTimeout: '2s',
        retryOn: 'unavailable,reset',
      },
    },
  ],
  [
    'Ingress',
    {
      ...base,
      type: 'ingress',
      name: 'storefront-vendor',
      hostnames: ['vendor.shop.example.com', 'www.vendor.shop.example.com'],
      paths: [
        { type: 'PathPrefix', value: '/' },
        { type: 'Exact', value: '/status' },
      ],
      ingressClassName: 'nginx',
      tls: { secretName: 'vendor-tls' },
    },
  ],
];

describe('manifests rendered for exposure requests', () => {
  const kubeConfig = testKubeConfig();
  const { core } = clients(kubeConfig);
  const objects = KubernetesObjectApi.makeApiClient(kubeConfig);

  beforeAll(() =>
    core.createNamespace({ body: { metadata: { name: namespace } } }),
  );
  afterAll(() => core.deleteNamespace({ name: namespace }));

  it.each(requests)(
    'are accepted by the API server with its CRD validation: %s (server-side dry run)',
    async (kind, request) => {
      const result = renderExposure(parseExposureRequest(request));
      expect(result.findings.filter(f => f.severity === 'error')).toEqual([]);
      const manifests = result.files.filter(
        file => !file.path.endsWith('kustomization.yaml'),
      );
      expect(manifests).toHaveLength(1);
      await expect(
        objects.create(parse(manifests[0].content), undefined, 'All'),
      ).resolves.toMatchObject({ kind });
    },
  );
});
