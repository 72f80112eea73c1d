import fs from 'fs';
import path from 'path';
import {
  KubernetesObject,
  parseManifests,
} from '@portway/plugin-routing-common';
import type { ClusterReader } from './types';
import { apiGroup, ResourceKind } from './resourceKinds';

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
export function readSnapshotObjects(dir: string): KubernetesObject[] {
  return yamlFiles(dir).flatMap(file =>
    parseManifests(fs.readFileSync(file, 'utf8'), file).map(
      ({ object }) => object,
    ),
  );
}

/**
 * A read-only cluster served from YAML files (for example `kubectl get -o yaml` dumps), read
 * once when created. The demo cluster of the embedded default is one.
 */
export function createSnapshotClusterReader(options: {
  name: string;
  directory: string;
}): ClusterReader {
  const objects = readSnapshotObjects(options.directory);
  return {
    name: options.name,
    async list(kind: ResourceKind) {
      return objects.filter(
        object =>
          object.kind === kind.kind &&
          apiGroup(object.apiVersion) === apiGroup(kind.apiVersion),
      );
    },
  };
}
