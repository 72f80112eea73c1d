import path from 'path';
import { createClusterCache } from '../../clusters/cache/createClusterCache';
import { loadSnapshotCluster } from '../../clusters/snapshot/loadSnapshotCluster';
import { kubernetesIdEntity } from '../../__testUtils__/kubernetesIdEntity';
import { entityRouteViews } from './entityRouteViews';
import { entitySelector } from './entitySelector';

const demoCluster = path.resolve(__dirname, '../../../../../examples/cluster');

describe('the demo cluster', () => {
  it("shows the storefront's BackendTLSPolicy on the HTTPRoute's backend, as Istio's status says", () => {
    const cache = createClusterCache('demo');
    loadSnapshotCluster(demoCluster, cache);
    const route = entityRouteViews(
      cache,
      entitySelector(kubernetesIdEntity('storefront')),
    ).find(view => view.kind === 'HTTPRoute' && view.name === 'storefront');
    expect(route?.backends[0].tls).toEqual({
      namespace: 'shop',
      name: 'storefront-tls',
      hostname: 'storefront.shop.svc.cluster.local',
      caConfigMaps: ['shop-internal-ca'],
      gateway: 'infra/public',
      conditions: [
        expect.objectContaining({ type: 'Accepted', status: 'True' }),
        expect.objectContaining({ type: 'ResolvedRefs', status: 'True' }),
      ],
    });
  });
});
