import { mockServices } from '@backstage/backend-test-utils';
import type { KubernetesClustersSupplier } from '@backstage/plugin-kubernetes-node';
import { createSupplierLocator } from './supplierLocator';

const source = 'routingClustersExtensionPoint supplier #1';
const cluster = {
  name: 'fleet-1',
  url: 'https://fleet-1.example.com',
  authMetadata: { 'kubernetes.io/auth-provider': 'aws' },
};

const locator = (getClusters: KubernetesClustersSupplier['getClusters']) =>
  createSupplierLocator({
    supplier: { getClusters },
    auth: mockServices.auth({ pluginId: 'routing' }),
    source,
  });

describe('createSupplierLocator', () => {
  it("asks the supplier with the backend's own credentials, again at every refresh", async () => {
    const getClusters = jest.fn(async () => [cluster]);
    const supplied = locator(getClusters);
    expect(supplied.dynamic).toBe(true);
    await expect(supplied.locate()).resolves.toEqual([
      { name: 'fleet-1', details: cluster },
    ]);
    await supplied.locate();
    expect(getClusters).toHaveBeenCalledTimes(2);
    expect(getClusters).toHaveBeenCalledWith({
      credentials: expect.objectContaining({
        principal: { type: 'service', subject: 'plugin:routing' },
      }),
    });
  });

  it('makes a problem entry of a cluster without name, url or authMetadata', async () => {
    await expect(
      locator(async () => [
        { name: 'no-url' } as never,
        { url: 'https://x.example.com' } as never,
      ]).locate(),
    ).resolves.toEqual([
      {
        name: 'no-url',
        problem: `${source}: the supplier's cluster has no url, authMetadata`,
      },
      {
        name: 'cluster #2',
        problem: `${source}: the supplier's cluster has no name, authMetadata`,
      },
    ]);
  });

  it('keeps what the supplier gave last, with one problem entry, when it throws', async () => {
    const getClusters = jest
      .fn()
      .mockResolvedValueOnce([cluster])
      .mockRejectedValueOnce(new Error('fleet API down'));
    const supplied = locator(getClusters);
    await supplied.locate();
    await expect(supplied.locate()).resolves.toEqual([
      { name: 'fleet-1', details: cluster },
      {
        name: source,
        problem: `${source}: getClusters() failed, so its clusters are the ones it last gave: fleet API down`,
      },
    ]);
  });
});
