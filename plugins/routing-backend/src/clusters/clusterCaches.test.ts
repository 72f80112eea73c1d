import { createClusterCache } from './cache/createClusterCache';
import type { ClusterCacheChange } from './cache/types';
import { createClusterCaches } from './clusterCaches';
import { kindNames } from './resourceKinds';

const service = { metadata: { namespace: 'shop', name: 'web' }, spec: {} };

describe('createClusterCaches', () => {
  it('lists the caches it was last set to, in that order', () => {
    const caches = createClusterCaches();
    const prod = createClusterCache('prod');
    const dev = createClusterCache('dev');
    expect(caches.list()).toEqual([]);

    caches.set([prod, dev]);
    const listed = caches.list();
    caches.set([dev]);

    expect(listed.map(cache => cache.name)).toEqual(['prod', 'dev']);
    expect(caches.list().map(cache => cache.name)).toEqual(['dev']);
  });

  it('tells every kind of a cluster added or removed, and the changes of the clusters it holds only', () => {
    const caches = createClusterCaches();
    const prod = createClusterCache('prod');
    const dev = createClusterCache('dev');
    const changes: ClusterCacheChange[] = [];
    caches.onChange(change => changes.push(change));
    const everyKind = (cluster: string) =>
      kindNames.map(kind => ({ cluster, kind }));

    caches.set([prod]);
    expect(changes).toEqual(everyKind('prod'));

    changes.length = 0;
    caches.set([prod, dev]);
    prod.apply('service', 'ADDED', service);
    expect(changes).toEqual([
      ...everyKind('dev'),
      { cluster: 'prod', kind: 'service' },
    ]);

    changes.length = 0;
    caches.set([dev]);
    prod.apply('service', 'DELETED', service);
    expect(changes).toEqual(everyKind('prod'));
  });

  it('stops telling a listener once it unsubscribed', () => {
    const caches = createClusterCaches();
    const prod = createClusterCache('prod');
    caches.set([prod]);
    const listener = jest.fn();
    const unsubscribe = caches.onChange(listener);

    unsubscribe();
    prod.apply('service', 'ADDED', service);
    caches.set([]);

    expect(listener).not.toHaveBeenCalled();
  });
});
