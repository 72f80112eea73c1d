import fs from 'fs';
import path from 'path';
import {
  KubernetesObject,
  parseManifests,
} from '@portway/plugin-routing-common';
import type { ClusterCacheWriter, KindSync } from '../cache/types';
import {
  KindName,
  kindNameOf,
  kindNames,
  ResourceKind,
  resourceKinds,
} from '../resourceKinds';

function yamlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap(entry => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return yamlFiles(full);
      return /\.ya?ml$/.test(entry.name) ? [full] : [];
    })
    .sort();
}

/** Reads every object from the YAML files under a folder, naming the file of a broken one. */
function readSnapshotObjects(dir: string): KubernetesObject[] {
  return yamlFiles(dir).flatMap(file =>
    parseManifests(fs.readFileSync(file, 'utf8'), file).map(
      ({ object }) => object,
    ),
  );
}

/**
 * A snapshot's kind is synced with the objects the files hold, except an optional kind
 * (Secrets) the files hold none of: dumps often leave Secrets out, which does not mean that
 * none exist, so the kind counts as unreadable and what depends on it is not checked.
 */
function snapshotSync(
  kind: KindName,
  objects: KubernetesObject[],
  loadedAt: number,
): KindSync {
  const resource: ResourceKind = resourceKinds[kind];
  if (resource.uncheckedWithout && objects.length === 0) {
    return {
      state: 'forbidden',
      message: `the snapshot holds no ${resource.kind} objects`,
    };
  }
  return { state: 'synced', lastSyncedAt: loadedAt };
}

/**
 * Fills a cluster's cache from YAML files (for example `kubectl get -o yaml` dumps), read
 * once: a read-only cluster, such as the demo cluster of the embedded default. Every kind is
 * synced, with the objects of that kind the files hold (see snapshotSync for Secrets).
 */
export function loadSnapshotCluster(
  directory: string,
  cache: ClusterCacheWriter,
): void {
  const byKind = new Map<KindName, KubernetesObject[]>(
    kindNames.map(kind => [kind, []]),
  );
  for (const object of readSnapshotObjects(directory)) {
    const kind = kindNameOf(object);
    if (kind) byKind.get(kind)!.push(object);
  }
  const loadedAt = Date.now();
  for (const [kind, objects] of byKind) {
    cache.replaceAll(kind, objects);
    cache.setSync(kind, snapshotSync(kind, objects, loadedAt));
  }
}
