import { mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { createCatalogClusterLocator } from './catalogClusterLocator';

const source = 'kubernetes.clusterLocatorMethods[1] (catalog)';

function clusterResource(
  name: string,
  annotations: Record<string, string>,
  spec: Record<string, string> = { type: 'kubernetes-cluster' },
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name,
      namespace: 'default',
      title: `${name} cluster`,
      annotations: {
        'kubernetes.io/api-server': `https://${name}.example.com`,
        'kubernetes.io/api-server-certificate-authority': 'Q0E=',
        'kubernetes.io/auth-provider': 'aws',
        ...annotations,
      },
    },
    spec: { owner: 'team', ...spec },
  };
}

const publicLookup = async () => [{ address: '8.8.4.4' }];

function locator(
  catalog: ReturnType<typeof catalogServiceMock>,
  options: object = {},
) {
  return createCatalogClusterLocator({
    locator: new ConfigReader({ type: 'catalog', ...options }),
    source,
    catalog,
    auth: mockServices.auth(),
    lookup: publicLookup,
  });
}

describe('createCatalogClusterLocator', () => {
  it('finds kubernetes-cluster Resources with the three annotations, passing on only kubernetes.io/ annotations', async () => {
    const catalog = catalogServiceMock({
      entities: [
        clusterResource('eks', {
          'kubernetes.io/x-k8s-aws-id': 'eks-prod',
          'kubernetes.io/skip-metrics-lookup': 'true',
          'backstage.io/techdocs-ref': 'dir:.',
          serviceAccountToken: 'smuggled',
        }),
        clusterResource('other-type', {}, { type: 'database' }),
        {
          ...clusterResource('no-auth', {}),
          metadata: {
            name: 'no-auth',
            annotations: {
              'kubernetes.io/api-server': 'https://x.example.com',
            },
          },
        },
      ],
    });
    const found = await locator(catalog).locate();
    expect(found).toEqual([
      {
        name: 'eks',
        details: {
          name: 'eks',
          title: 'eks cluster',
          url: 'https://eks.example.com',
          caData: 'Q0E=',
          authMetadata: {
            'kubernetes.io/api-server': 'https://eks.example.com',
            'kubernetes.io/api-server-certificate-authority': 'Q0E=',
            'kubernetes.io/auth-provider': 'aws',
            'kubernetes.io/x-k8s-aws-id': 'eks-prod',
            'kubernetes.io/skip-metrics-lookup': 'true',
          },
          skipTLSVerify: false,
          skipMetricsLookup: true,
        },
      },
    ]);
  });

  it('reads the catalog with its own service credentials', async () => {
    const catalog = catalogServiceMock.mock({
      getEntities: jest.fn(async () => ({ items: [] })),
    });
    await createCatalogClusterLocator({
      locator: new ConfigReader({ type: 'catalog' }),
      source,
      catalog,
      auth: mockServices.auth({ pluginId: 'routing' }),
      lookup: publicLookup,
    }).locate();
    expect(catalog.getEntities).toHaveBeenCalledWith(expect.anything(), {
      credentials: expect.objectContaining({
        principal: { type: 'service', subject: 'plugin:routing' },
      }),
    });
  });

  it('makes a problem entry, with the reason, of an entity Backstage would refuse', async () => {
    const catalog = catalogServiceMock({
      entities: [
        clusterResource('sa', {
          'kubernetes.io/auth-provider': 'serviceAccount',
        }),
        clusterResource('metadata', {
          'kubernetes.io/api-server': 'https://169.254.169.254',
        }),
        clusterResource('plain', {
          'kubernetes.io/api-server': 'http://plain.example.com',
        }),
        clusterResource('good', {}),
      ],
    });
    const found = await locator(catalog).locate();
    expect(found).toEqual([
      {
        name: 'sa',
        problem: `${source}: resource:default/sa is not used: the catalog locator does not accept the serviceAccount auth provider (a token must not come from an entity); configure this cluster in a config locator instead`,
      },
      {
        name: 'metadata',
        problem: `${source}: resource:default/metadata is not used: the API server URL must not use a non-public IP address, unless its host is listed in dangerouslyAllowClusterUrls`,
      },
      {
        name: 'plain',
        problem: `${source}: resource:default/plain is not used: the API server URL must use https, unless its host is listed in dangerouslyAllowClusterUrls`,
      },
      { name: 'good', details: expect.objectContaining({ name: 'good' }) },
    ]);
  });

  it('applies dangerouslyAllowClusterUrls, and skips TLS verification only with dangerouslyAllowSkipTLSVerify', async () => {
    const catalog = catalogServiceMock({
      entities: [
        clusterResource('kind', {
          'kubernetes.io/api-server': 'http://kind.dev.internal:6443',
          'kubernetes.io/skip-tls-verify': 'true',
        }),
      ],
    });
    const [strict] = await locator(catalog, {
      dangerouslyAllowClusterUrls: ['*.dev.internal'],
    }).locate();
    expect(strict.details).toMatchObject({
      url: 'http://kind.dev.internal:6443',
      skipTLSVerify: false,
    });
    const [lenient] = await locator(catalog, {
      dangerouslyAllowClusterUrls: ['*.dev.internal'],
      dangerouslyAllowSkipTLSVerify: true,
    }).locate();
    expect(lenient.details).toMatchObject({ skipTLSVerify: true });
  });

  it('keeps the clusters it found last, with one problem entry, while the catalog fails', async () => {
    const getEntities = jest
      .fn()
      .mockRejectedValueOnce(new Error('connect ECONNREFUSED'))
      .mockResolvedValueOnce({ items: [clusterResource('eks', {})] })
      .mockRejectedValueOnce(new Error('503 Service Unavailable'));
    const catalogLocator = locator(catalogServiceMock.mock({ getEntities }));
    expect(catalogLocator.dynamic).toBe(true);
    await expect(catalogLocator.locate()).resolves.toEqual([
      {
        name: source,
        problem: `${source}: the catalog cannot be read (connect ECONNREFUSED), so its clusters are the ones found last; it is asked again at the next refresh`,
      },
    ]);
    await expect(catalogLocator.locate()).resolves.toEqual([
      { name: 'eks', details: expect.objectContaining({ name: 'eks' }) },
    ]);
    await expect(catalogLocator.locate()).resolves.toEqual([
      { name: 'eks', details: expect.objectContaining({ name: 'eks' }) },
      {
        name: source,
        problem: expect.stringContaining('503 Service Unavailable'),
      },
    ]);
  });
});
