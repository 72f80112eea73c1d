import {
  useTempDirs,
  writeFiles,
} from '@portway/plugin-routing-node/testUtils';
import { createClusterCache } from '../cache/createClusterCache';
import { loadSnapshotCluster } from './loadSnapshotCluster';

describe('loadSnapshotCluster', () => {
  const tempDir = useTempDirs();
  async function folderWith(files: Record<string, string>): Promise<string> {
    const dir = await tempDir('portway-snapshot-');
    await writeFiles(dir, files);
    return dir;
  }

  it('caches objects from multi-document files, kubectl List dumps and sub-folders by kind and group', async () => {
    const directory = await folderWith({
      'a.yaml': [
        'apiVersion: v1\nkind: Service\nmetadata: {name: one, namespace: shop}',
        'apiVersion: gateway.networking.k8s.io/v1beta1\nkind: HTTPRoute\nmetadata: {name: old, namespace: shop}',
        'apiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata: {name: mesh-gw, namespace: shop}',
      ].join('\n---\n'),
      'dump/list.yml': [
        'apiVersion: v1',
        'kind: List',
        'items:',
        '  - apiVersion: gateway.networking.k8s.io/v1',
        '    kind: HTTPRoute',
        '    metadata: {name: new, namespace: shop}',
      ].join('\n'),
      'notes.txt': 'not read',
    });
    const cache = createClusterCache('dump');
    loadSnapshotCluster(directory, cache);

    const names = (kind: Parameters<typeof cache.list>[0]) =>
      cache.list(kind).map(o => o.metadata?.name);
    expect(names('service')).toEqual(['one']);
    expect(names('httpRoute')).toEqual(['old', 'new']);
    expect(cache.get('httpRoute', 'shop', 'old')?.apiVersion).toBe(
      'gateway.networking.k8s.io/v1beta1',
    );
    expect(names('gateway')).toEqual([]);
    expect(names('istioGateway')).toEqual(['mesh-gw']);
    const { secret, ...others } = cache.syncs();
    expect(Object.values(others).every(sync => sync.state === 'synced')).toBe(
      true,
    );
    expect(secret).toEqual({
      state: 'forbidden',
      message: 'the snapshot holds no Secret objects',
    });
  });

  it('checks certificate Secrets only when the snapshot holds Secrets, keeping their names alone', async () => {
    const directory = await folderWith({
      'secrets.yaml': [
        'apiVersion: v1',
        'kind: Secret',
        'metadata: {name: shop-tls, namespace: infra}',
        'type: kubernetes.io/tls',
        'data: {tls.crt: Y2VydA==, tls.key: a2V5}',
      ].join('\n'),
    });
    const cache = createClusterCache('dump');
    loadSnapshotCluster(directory, cache);

    expect(cache.syncs().secret.state).toBe('synced');
    expect(cache.list('secret')).toEqual([
      {
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { namespace: 'infra', name: 'shop-tls' },
      },
    ]);
  });

  it('names the file and document of broken YAML', async () => {
    const directory = await folderWith({
      'bad.yaml':
        'apiVersion: v1\nkind: Service\nmetadata: {name: a}\n---\nkind: [unclosed\n',
    });
    expect(() =>
      loadSnapshotCluster(directory, createClusterCache('dump')),
    ).toThrow(/bad\.yaml: document 2: is not valid YAML/);
  });
});
