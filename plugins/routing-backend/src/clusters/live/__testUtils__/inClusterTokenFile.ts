import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KubeConfig } from '@kubernetes/client-node';

/**
 * Makes `KubeConfig.loadFromCluster`, which ServiceAccountStrategy uses when a cluster has no
 * serviceAccountToken, read the pod's service account files under a temporary directory.
 * Returns the token file (not written yet) and a cleanup for `afterEach`.
 */
export function inClusterTokenFile(): { tokenFile: string; restore(): void } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'portway-pod-'));
  const loadFromCluster = KubeConfig.prototype.loadFromCluster;
  const spy = jest
    .spyOn(KubeConfig.prototype, 'loadFromCluster')
    .mockImplementation(function load(this: KubeConfig) {
      loadFromCluster.call(this, root);
    });
  const tokenFile = path.join(
    root,
    '/var/run/secrets/kubernetes.io/serviceaccount/token',
  );
  fs.mkdirSync(path.dirname(tokenFile), { recursive: true });
  return {
    tokenFile,
    restore() {
      spy.mockRestore();
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}
