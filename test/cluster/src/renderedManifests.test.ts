import { KubernetesObjectApi } from '@kubernetes/client-node';
import { parse } from 'yaml';
import {
  parseExposureRequest,
  renderExposure,
} from '@portway/plugin-routing-common';
import { clients, testKubeConfig, uniqueNamespace } from './testCluster';

describe('manifests rendered for exposure requests', () => {
  const kubeConfig = testKubeConfig();
  const { core } = clients(kubeConfig);
  const objects = KubernetesObjectApi.makeApiClient(kubeConfig);
  const namespace = uniqueNamespace('render');

  beforeAll(() =>
    core.createNamespace({ body: { metadata: { name: namespace } } }),
  );
  afterAll(() => core.deleteNamespace({ name: namespace }));

  it('are accepted by the API server with the Gateway API CRD validation (server-side dry run)', async () => {
    const result = renderExposure(
      parseExposureRequest({
        entityRef: 'component:default/storefront',
        type: 'http',
        cluster: 'prod-eu',
        namespace,
        service: { name: 'storefront', port: 8080 },
        hostnames: ['storefront.shop.example.com', '*.storefront.example.com'],
        paths: [
          { type: 'PathPrefix', value: '/' },
          { type: 'Exact', value: '/healthz' },
        ],
        gateway: { namespace: 'infra', name: 'public', sectionName: 'https' },
      }),
    );
    expect(result.ok).toBe(true);
    const manifests = result.files.filter(
      file => !file.path.endsWith('kustomization.yaml'),
    );
    expect(manifests).toHaveLength(1);
    for (const file of manifests) {
      await expect(
        objects.create(parse(file.content), undefined, 'All'),
      ).resolves.toMatchObject({
        kind: 'HTTPRoute',
      });
    }
  });
});
