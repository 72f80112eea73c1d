import { clusterStatus } from './clusterStatus';
import { unwatchableClusterCache } from './unwatchableClusterCache';

describe('unwatchableClusterCache', () => {
  it('is a cluster in error whose message is the problem, said once, holding no objects', () => {
    const cache = unwatchableClusterCache(
      'eks-prod',
      'authProvider "aws": no credentials',
    );

    expect(clusterStatus(cache.name, cache.syncs(), Date.now())).toEqual({
      name: 'eks-prod',
      state: 'error',
      message: 'authProvider "aws": no credentials',
    });
    expect(cache.list('httpRoute')).toEqual([]);
  });
});
