import { KubernetesObjectApi } from '@kubernetes/client-node';
import { migrateIngresses } from '@portway/plugin-routing-common';
import { clients, testKubeConfig, uniqueNamespace } from './testCluster';

describe('objects portway migrate writes', () => {
  const kubeConfig = testKubeConfig();
  const { core } = clients(kubeConfig);
  const objects = KubernetesObjectApi.makeApiClient(kubeConfig);
  const namespace = uniqueNamespace('migrate');

  beforeAll(() =>
    core.createNamespace({ body: { metadata: { name: namespace } } }),
  );
  afterAll(() => core.deleteNamespace({ name: namespace }));

  it('are accepted by the API server with the Gateway API CRD validation (server-side dry run)', async () => {
    const migration = migrateIngresses([
      {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'Ingress',
        metadata: { name: 'legacy-admin', namespace },
        spec: {
          ingressClassName: 'nginx',
          tls: [
            { hosts: ['admin.vendor.example.com'], secretName: 'admin-tls' },
          ],
          defaultBackend: {
            service: { name: 'fallback', port: { number: 80 } },
          },
          rules: [
            {
              host: 'admin.vendor.example.com',
              http: {
                paths: [
                  {
                    path: '/',
                    pathType: 'Prefix',
                    backend: {
                      service: { name: 'admin', port: { number: 8080 } },
                    },
                  },
                  {
                    path: '/health',
                    pathType: 'Exact',
                    backend: {
                      service: { name: 'admin', port: { number: 8081 } },
                    },
                  },
                ],
              },
            },
            {
              host: '*.vendor.example.com',
              http: {
                paths: [
                  {
                    path: '/',
                    pathType: 'ImplementationSpecific',
                    backend: {
                      service: { name: 'admin', port: { number: 8080 } },
                    },
                  },
                ],
              },
            },
          ],
        },
      },
    ]);
    expect(migration.objects.map(o => o.kind).sort()).toEqual([
      'Gateway',
      'HTTPRoute',
      'HTTPRoute',
      'HTTPRoute',
    ]);
    for (const object of migration.objects) {
      await expect(
        objects.create(object as any, undefined, 'All'),
      ).resolves.toMatchObject({
        kind: object.kind,
      });
    }
  });
});
