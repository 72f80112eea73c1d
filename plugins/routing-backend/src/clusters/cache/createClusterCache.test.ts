import type { KubernetesObject } from '@portway/plugin-routing-common';
import { createClusterCache } from './createClusterCache';

const names = (objects: KubernetesObject[]) =>
  objects.map(o => `${o.kind}/${o.metadata?.namespace}/${o.metadata?.name}`);

function httpRoute(name: string, spec: object, labels = {}): KubernetesObject {
  return { metadata: { name, namespace: 'shop', labels }, spec };
}

describe('createClusterCache', () => {
  it('stores objects trimmed of managedFields, the last-applied configuration, uid and resourceVersion, with apiVersion and kind', () => {
    const cache = createClusterCache('prod');
    cache.setSync('service', { state: 'synced', apiVersion: 'v1' });
    cache.replaceAll('service', [
      {
        metadata: {
          name: 'shop',
          namespace: 'shop',
          managedFields: [{ manager: 'kubectl' }],
          uid: '0b7c8f4e-0000-4000-8000-000000000001',
          resourceVersion: '4711',
          annotations: {
            'kubectl.kubernetes.io/last-applied-configuration': '{"big":1}',
            team: 'shop',
          },
        } as KubernetesObject['metadata'],
        spec: { ports: [{ port: 80 }] },
      },
    ]);
    expect(cache.get('service', 'shop', 'shop')).toEqual({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: {
        name: 'shop',
        namespace: 'shop',
        annotations: { team: 'shop' },
      },
      spec: { ports: [{ port: 80 }] },
    });
  });

  it('keeps one frozen copy of the conditions and parentRefs that many routes share', () => {
    const cache = createClusterCache('prod');
    const shared = () => ({
      parentRefs: [{ name: 'public', namespace: 'infra' }],
      status: {
        parents: [
          {
            parentRef: { name: 'public' },
            conditions: [{ type: 'Accepted', status: 'True' }],
          },
        ],
      },
    });
    const [a, b] = ['a', 'b'].map(name => {
      const { parentRefs, status } = shared();
      return {
        metadata: { name, namespace: 'shop' },
        spec: { parentRefs },
        status,
      };
    });
    cache.replaceAll('httpRoute', [a, b]);
    const [first, second] = cache.list('httpRoute');
    expect(second.status.parents[0].conditions[0]).toBe(
      first.status.parents[0].conditions[0],
    );
    expect(second.status.parents[0].parentRef).toBe(
      first.status.parents[0].parentRef,
    );
    expect(second.status.parents[0]).not.toHaveProperty('controllerName');
    expect(second.spec.parentRefs).toBe(first.spec.parentRefs);
    expect(Object.isFrozen(first.status.parents[0].conditions[0])).toBe(true);
    expect(second.metadata).not.toBe(first.metadata);
  });

  it('indexes routes of every kind by label, backend Service, parent Gateway and hostname', () => {
    const cache = createClusterCache('prod');
    cache.replaceAll('httpRoute', [
      httpRoute(
        'web',
        {
          parentRefs: [{ name: 'public', namespace: 'infra' }],
          hostnames: ['shop.example.com'],
          rules: [
            {
              backendRefs: [{ name: 'web' }, { name: 'api', namespace: 'api' }],
            },
          ],
        },
        { app: 'shop' },
      ),
    ]);
    cache.replaceAll('virtualService', [
      {
        metadata: { name: 'api', namespace: 'api' },
        spec: {
          hosts: ['api.internal'],
          gateways: ['mesh', 'infra/mesh-gateway'],
          http: [{ route: [{ destination: { host: 'api' } }] }],
        },
      },
    ]);
    cache.replaceAll('ingress', [
      {
        metadata: { name: 'legacy', namespace: 'shop' },
        spec: {
          rules: [
            {
              host: 'shop.example.com',
              http: { paths: [{ backend: { service: { name: 'web' } } }] },
            },
          ],
        },
      },
    ]);

    expect(names(cache.withLabel('app', 'shop'))).toEqual([
      'HTTPRoute/shop/web',
    ]);
    expect(names(cache.routesToService('shop', 'web'))).toEqual([
      'HTTPRoute/shop/web',
      'Ingress/shop/legacy',
    ]);
    expect(names(cache.routesToService('api', 'api'))).toEqual([
      'HTTPRoute/shop/web',
      'VirtualService/api/api',
    ]);
    expect(names(cache.routesOnGateway('gateway', 'infra', 'public'))).toEqual([
      'HTTPRoute/shop/web',
    ]);
    expect(
      names(cache.routesOnGateway('istioGateway', 'infra', 'mesh-gateway')),
    ).toEqual(['VirtualService/api/api']);
    cache.apply(
      'httpRoute',
      'ADDED',
      httpRoute('any', {
        parentRefs: [{ name: 'public', namespace: 'infra' }],
      }),
    );
    expect(names(cache.routesForHostname(''))).toEqual(['HTTPRoute/shop/any']);
    expect(names(cache.routesForHostname('shop.example.com'))).toEqual([
      'HTTPRoute/shop/web',
      'Ingress/shop/legacy',
    ]);
  });

  it('keeps the indexes right through watch events and a relist', () => {
    const cache = createClusterCache('prod');
    const before = cache.version;
    cache.apply(
      'httpRoute',
      'ADDED',
      httpRoute('a', { hostnames: ['a.example.com'] }),
    );
    cache.apply(
      'httpRoute',
      'MODIFIED',
      httpRoute('a', { hostnames: ['b.example.com'] }),
    );
    expect(cache.routesForHostname('a.example.com')).toEqual([]);
    expect(names(cache.routesForHostname('b.example.com'))).toEqual([
      'HTTPRoute/shop/a',
    ]);
    expect(cache.version).toBeGreaterThan(before);

    cache.apply('httpRoute', 'DELETED', httpRoute('a', {}));
    expect(cache.routesForHostname('b.example.com')).toEqual([]);
    expect(cache.list('httpRoute')).toEqual([]);

    cache.apply(
      'httpRoute',
      'ADDED',
      httpRoute('old', { hostnames: ['old.example.com'] }),
    );
    cache.replaceAll('httpRoute', [
      httpRoute('new', { hostnames: ['new.example.com'] }),
    ]);
    expect(cache.routesForHostname('old.example.com')).toEqual([]);
    expect(names(cache.list('httpRoute'))).toEqual(['HTTPRoute/shop/new']);
  });

  describe('onChange', () => {
    const route = (hostname: string) =>
      httpRoute('web', { hostnames: [hostname] });

    function watched() {
      const cache = createClusterCache('prod');
      const changes: string[] = [];
      const unsubscribe = cache.onChange(change =>
        changes.push(`${change.cluster}/${change.kind}`),
      );
      return { cache, changes, unsubscribe };
    }

    it('tells after a watch event that adds, modifies or deletes an object', () => {
      const { cache, changes } = watched();
      cache.apply('httpRoute', 'ADDED', route('a.example.com'));
      cache.apply('httpRoute', 'MODIFIED', route('b.example.com'));
      cache.apply('httpRoute', 'DELETED', route('b.example.com'));
      expect(changes).toEqual([
        'prod/httpRoute',
        'prod/httpRoute',
        'prod/httpRoute',
      ]);
    });

    it('stays silent for events that leave the kept object as it was', () => {
      const { cache, changes } = watched();
      cache.apply('httpRoute', 'ADDED', route('a.example.com'));
      changes.length = 0;
      const touched = route('a.example.com');
      touched.metadata!.resourceVersion = '4712';
      cache.apply('httpRoute', 'MODIFIED', touched);
      cache.apply('httpRoute', 'DELETED', httpRoute('never-there', {}));
      expect(changes).toEqual([]);
    });

    it('tells after a relist that changed the objects, not after one that found them as they were', () => {
      const { cache, changes } = watched();
      cache.replaceAll('httpRoute', [route('a.example.com')]);
      cache.replaceAll('httpRoute', [route('a.example.com')]);
      expect(changes).toEqual(['prod/httpRoute']);
      cache.replaceAll('httpRoute', [route('b.example.com')]);
      cache.replaceAll('httpRoute', []);
      cache.replaceAll('httpRoute', []);
      expect(changes).toHaveLength(3);
    });

    it('tells when a kind changes state, apiVersion or message, not when only lastSyncedAt moves', () => {
      const { cache, changes } = watched();
      cache.setSync('httpRoute', {
        state: 'synced',
        apiVersion: 'gateway.networking.k8s.io/v1',
        lastSyncedAt: 1,
      });
      cache.setSync('httpRoute', {
        state: 'synced',
        apiVersion: 'gateway.networking.k8s.io/v1',
        lastSyncedAt: 2,
      });
      expect(changes).toEqual(['prod/httpRoute']);
      cache.setSync('httpRoute', {
        state: 'failing',
        apiVersion: 'gateway.networking.k8s.io/v1',
        message: 'connect ECONNREFUSED',
        lastSyncedAt: 2,
      });
      cache.setSync('httpRoute', {
        state: 'failing',
        apiVersion: 'gateway.networking.k8s.io/v1',
        message: 'request timed out',
        lastSyncedAt: 2,
      });
      expect(changes).toHaveLength(3);
    });

    it('stops telling a listener once it unsubscribed, and keeps telling the others', () => {
      const { cache, changes, unsubscribe } = watched();
      const other = jest.fn();
      cache.onChange(other);
      unsubscribe();
      cache.apply('httpRoute', 'ADDED', route('a.example.com'));
      expect(changes).toEqual([]);
      expect(other).toHaveBeenCalledWith({
        cluster: 'prod',
        kind: 'httpRoute',
      });
    });
  });

  it('starts with every kind syncing and records sync states', () => {
    const cache = createClusterCache('prod');
    expect(cache.syncs().virtualService).toEqual({ state: 'syncing' });
    cache.setSync('virtualService', { state: 'not-installed' });
    expect(cache.syncs().virtualService).toEqual({ state: 'not-installed' });
  });
});
