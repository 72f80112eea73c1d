import type { KubernetesObject } from '@portway/plugin-routing-common';
import { createClusterCache } from './createClusterCache';

const names = (objects: KubernetesObject[]) =>
  objects.map(o => `${o.kind}/${o.metadata?.namespace}/${o.metadata?.name}`);

const streamRoute = (name: string): KubernetesObject => ({
  metadata: { name, namespace: 'db', labels: { app: 'db' } },
  spec: {
    parentRefs: [{ name: 'edge', namespace: 'infra', sectionName: name }],
    rules: [{ backendRefs: [{ name: 'postgres', port: 5432 }] }],
  },
});

describe('createClusterCache and the kinds of Gateway API v1.6', () => {
  it('indexes TCPRoutes and UDPRoutes by label, backend Service, parent Gateway and the empty hostname', () => {
    const cache = createClusterCache('prod');
    cache.replaceAll('tcpRoute', [streamRoute('tcp')]);
    cache.replaceAll('udpRoute', [streamRoute('udp')]);

    const both = ['TCPRoute/db/tcp', 'UDPRoute/db/udp'];
    expect(names(cache.withLabel('app', 'db'))).toEqual(both);
    expect(names(cache.routesToService('db', 'postgres'))).toEqual(both);
    expect(names(cache.routesOnGateway('gateway', 'infra', 'edge'))).toEqual(
      both,
    );
    expect(names(cache.routesForHostname(''))).toEqual(both);
    expect(cache.get('tcpRoute', 'db', 'tcp')?.apiVersion).toBe(
      'gateway.networking.k8s.io/v1',
    );
  });

  it('indexes a route whose parent is a ListenerSet under that ListenerSet, not its Gateway', () => {
    const cache = createClusterCache('prod');
    cache.replaceAll('httpRoute', [
      {
        metadata: { name: 'web', namespace: 'shop' },
        spec: {
          parentRefs: [
            {
              group: 'gateway.networking.k8s.io',
              kind: 'ListenerSet',
              name: 'shop',
            },
          ],
        },
      },
    ]);

    expect(names(cache.routesOnGateway('listenerSet', 'shop', 'shop'))).toEqual(
      ['HTTPRoute/shop/web'],
    );
    expect(cache.routesOnGateway('gateway', 'shop', 'shop')).toEqual([]);
  });

  it('keeps ListenerSets and BackendTLSPolicies whole, out of the route indexes', () => {
    const cache = createClusterCache('prod');
    const spec = { parentRef: { name: 'edge', namespace: 'infra' } };
    cache.replaceAll('listenerSet', [
      { metadata: { name: 'shop', namespace: 'shop' }, spec },
    ]);
    cache.replaceAll('backendTlsPolicy', [
      {
        metadata: { name: 'api', namespace: 'shop', labels: { app: 'shop' } },
        spec: { targetRefs: [{ group: '', kind: 'Service', name: 'api' }] },
      },
    ]);

    expect(cache.get('listenerSet', 'shop', 'shop')).toEqual({
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'ListenerSet',
      metadata: { name: 'shop', namespace: 'shop' },
      spec,
    });
    expect(cache.get('backendTlsPolicy', 'shop', 'api')?.kind).toBe(
      'BackendTLSPolicy',
    );
    expect(cache.withLabel('app', 'shop')).toEqual([]);
    expect(cache.routesOnGateway('gateway', 'infra', 'edge')).toEqual([]);
  });

  it('keeps a Secret as its apiVersion, kind, namespace and name: no data, annotation or label', () => {
    const cache = createClusterCache('prod');
    cache.setSync('secret', { state: 'synced', apiVersion: 'v1' });
    // What a metadata-only list sends, plus what a full Secret would add.
    const partial = {
      apiVersion: 'meta.k8s.io/v1',
      kind: 'PartialObjectMetadata',
      metadata: {
        name: 'shop-tls',
        namespace: 'shop',
        uid: '6c1f0000-0000-4000-8000-000000000001',
        resourceVersion: '42',
        labels: { 'cert-manager.io/certificate-name': 'shop' },
        annotations: {
          'kubectl.kubernetes.io/last-applied-configuration':
            '{"data":{"tls.key":"c2VjcmV0"}}',
        },
        managedFields: [{ manager: 'cert-manager', fieldsV1: {} }],
      },
      type: 'kubernetes.io/tls',
      data: { 'tls.key': 'c2VjcmV0' },
    } as KubernetesObject;
    cache.replaceAll('secret', [partial]);
    cache.apply('secret', 'ADDED', {
      ...partial,
      metadata: { ...partial.metadata, name: 'watched-tls' },
    });

    expect(cache.list('secret')).toEqual([
      {
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { namespace: 'shop', name: 'shop-tls' },
      },
      {
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { namespace: 'shop', name: 'watched-tls' },
      },
    ]);
    cache.apply('secret', 'DELETED', partial);
    expect(names(cache.list('secret'))).toEqual(['Secret/shop/watched-tls']);
    expect(cache.labelledObjects().map(o => o.kind)).not.toContain('Secret');
  });
});
