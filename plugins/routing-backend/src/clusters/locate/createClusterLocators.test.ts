import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import type { JsonObject } from '@backstage/types';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { mockLogger } from '../live/__testUtils__/mockLogger';
import { createClusterLocators } from './createClusterLocators';

function locators(kubernetes: JsonObject, extra: JsonObject = {}) {
  return createClusterLocators({
    config: new ConfigReader({ kubernetes, ...extra }),
    logger: mockLogger(),
    catalog: catalogServiceMock({ entities: [] }),
    auth: mockServices.auth(),
    suppliers: [
      {
        getClusters: async () => [
          {
            name: 'fleet',
            url: 'https://fleet.example.com',
            authMetadata: { 'kubernetes.io/auth-provider': 'aws' },
          },
        ],
      },
    ],
  });
}

const locateAll = async (all: ReturnType<typeof locators>) =>
  (await Promise.all(all.map(locator => locator.locate()))).flat();

describe('createClusterLocators', () => {
  it('makes one locator per clusterLocatorMethods entry, then one per supplier', async () => {
    const all = locators({
      clusterLocatorMethods: [
        {
          type: 'config',
          clusters: [
            { name: 'a', url: 'https://a.example.com', authProvider: 'aws' },
          ],
        },
        { type: 'localKubectlProxy' },
        { type: 'catalog' },
        { type: 'gke', projectId: 'shop' },
      ],
    });
    expect(all.map(({ source, dynamic }) => [source, dynamic])).toEqual([
      ['kubernetes.clusterLocatorMethods[0] (config)', false],
      ['kubernetes.clusterLocatorMethods[1] (localKubectlProxy)', false],
      ['kubernetes.clusterLocatorMethods[2] (catalog)', true],
      ['kubernetes.clusterLocatorMethods[3] (gke)', true],
      ['routingClustersExtensionPoint supplier #1', true],
    ]);
    const [config, local, catalog] = all;
    await expect(config.locate()).resolves.toMatchObject([{ name: 'a' }]);
    await expect(local.locate()).resolves.toEqual([
      {
        name: 'local',
        details: {
          name: 'local',
          url: 'http://localhost:8001',
          authMetadata: { 'kubernetes.io/auth-provider': 'localKubectlProxy' },
          skipMetricsLookup: true,
        },
      },
    ]);
    await expect(catalog.locate()).resolves.toEqual([]);
  });

  it('turns an unknown type and a bad entry into problem entries, never a throw', async () => {
    const all = locators({
      clusterLocatorMethods: [
        { type: 'rancher' },
        { type: 'gke' },
        { clusters: [] },
        { type: 'config', clusters: 'none' },
      ],
    });
    await expect(locateAll(all)).resolves.toEqual([
      {
        name: 'kubernetes.clusterLocatorMethods[0] (rancher)',
        problem:
          'kubernetes.clusterLocatorMethods[0] (rancher): unknown cluster locator type "rancher"; Portway knows config, localKubectlProxy, catalog, gke',
      },
      {
        name: 'kubernetes.clusterLocatorMethods[1] (gke)',
        problem: expect.stringMatching(
          /^kubernetes\.clusterLocatorMethods\[1\] \(gke\): .*projectId/,
        ),
      },
      {
        name: 'kubernetes.clusterLocatorMethods[2]',
        problem: expect.stringMatching(
          /^kubernetes\.clusterLocatorMethods\[2\]: .*type/,
        ),
      },
      {
        name: 'kubernetes.clusterLocatorMethods[3] (config)',
        problem:
          'kubernetes.clusterLocatorMethods[3] (config): clusters must be a list of clusters, each with its name, url and authProvider',
      },
      expect.objectContaining({ name: 'fleet' }),
    ]);
  });

  it('turns clusterLocatorMethods that is not a list into one problem entry', async () => {
    await expect(
      locateAll(locators({ clusterLocatorMethods: { type: 'config' } })),
    ).resolves.toEqual([
      {
        name: 'kubernetes.clusterLocatorMethods',
        problem: expect.stringMatching(/^kubernetes\.clusterLocatorMethods: /),
      },
      expect.objectContaining({ name: 'fleet' }),
    ]);
  });

  it('applies routing.clusterAuth to what every locator finds, suppliers included', async () => {
    const found = await locateAll(
      locators(
        {},
        {
          routing: {
            clusterAuth: [{ cluster: 'fleet', authProvider: 'azure' }],
          },
        },
      ),
    );
    expect(found).toEqual([
      expect.objectContaining({
        details: expect.objectContaining({
          authMetadata: { 'kubernetes.io/auth-provider': 'azure' },
        }),
      }),
    ]);
  });
});
