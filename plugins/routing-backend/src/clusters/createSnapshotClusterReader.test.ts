import fs from 'fs';
import os from 'os';
import path from 'path';
import { resourceKinds } from './resourceKinds';
import { createSnapshotClusterReader } from './createSnapshotClusterReader';

function folderWith(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portway-snapshot-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

describe('createSnapshotClusterReader', () => {
  it('serves objects from multi-document files, kubectl List dumps and sub-folders by kind and group', async () => {
    const directory = folderWith({
      'a.yaml': [
        'apiVersion: v1\nkind: Service\nmetadata: {name: one, namespace: shop}',
        'apiVersion: gateway.networking.k8s.io/v1beta1\nkind: HTTPRoute\nmetadata: {name: old, namespace: shop}',
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
    const cluster = createSnapshotClusterReader({ name: 'dump', directory });

    expect(
      (await cluster.list(resourceKinds.service)).map(o => o.metadata?.name),
    ).toEqual(['one']);
    expect(
      (await cluster.list(resourceKinds.httpRoute)).map(o => o.metadata?.name),
    ).toEqual(['old', 'new']);
    expect(await cluster.list(resourceKinds.gateway)).toEqual([]);
  });

  it('names the file and document of broken YAML', () => {
    const directory = folderWith({
      'bad.yaml':
        'apiVersion: v1\nkind: Service\nmetadata: {name: a}\n---\nkind: [unclosed\n',
    });
    expect(() =>
      createSnapshotClusterReader({ name: 'dump', directory }),
    ).toThrow(/bad\.yaml: document 2: is not valid YAML/);
  });
});
