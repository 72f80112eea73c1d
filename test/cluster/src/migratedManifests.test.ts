import { KubernetesObjectApi } from '@kubernetes/client-node';
import { migrateIngresses } from '@portway/plugin-routing-common';
import { migrationFixtures } from './migrationFixtures';
import { clients, testKubeConfig, uniqueNamespace } from './testCluster';

const SHARED_GATEWAY = {
  namespace: 'infra',
  name: 'public',
  sectionName: 'https',
  httpSectionName: 'http',
};

describe('objects the Ingress converter writes', () => {
  const kubeConfig = testKubeConfig();
  const { core } = clients(kubeConfig);
  const objects = KubernetesObjectApi.makeApiClient(kubeConfig);
  const namespace = uniqueNamespace('migrate');

  beforeAll(() =>
    core.createNamespace({ body: { metadata: { name: namespace } } }),
  );
  afterAll(() => core.deleteNamespace({ name: namespace }));

  it('cover every kind the converter writes', () => {
    const kinds = new Set(
      migrationFixtures(namespace).flatMap(({ ingresses }) =>
        migrateIngresses(ingresses).objects.map(object => object.kind),
      ),
    );
    expect([...kinds].sort()).toEqual([
      'BackendTLSPolicy',
      'GRPCRoute',
      'Gateway',
      'HTTPRoute',
      'TLSRoute',
    ]);
  });

  describe.each([
    ['a Gateway generated per ingress class', {}],
    ['the shared Gateway infra/public', { gateway: SHARED_GATEWAY }],
  ])('attached to %s', (_, options) => {
    it.each(migrationFixtures(namespace))(
      'are accepted by the API server with the CRDs validation (server-side dry run): $feature',
      async ({ ingresses }) => {
        const migration = migrateIngresses(ingresses, options);
        expect(migration.objects.length).toBeGreaterThan(0);
        for (const object of migration.objects) {
          await expect(
            objects.create(object as any, undefined, 'All'),
          ).resolves.toMatchObject({ kind: object.kind });
        }
      },
    );
  });
});
