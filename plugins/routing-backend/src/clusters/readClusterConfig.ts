import type { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';

/** A live cluster from `kubernetes.clusterLocatorMethods` (type `config`). */
export interface LiveClusterConfig {
  name: string;
  url: string;
  token?: string;
  caData?: string;
  caFile?: string;
  skipTLSVerify: boolean;
}

/** A read-only cluster served from YAML files, from `routing.snapshotClusters`. */
export interface SnapshotClusterConfig {
  name: string;
  directory: string;
}

function readLiveCluster(cluster: Config): LiveClusterConfig {
  const name = cluster.getString('name');
  const authProvider =
    cluster.getOptionalString('authProvider') ?? 'serviceAccount';
  if (authProvider !== 'serviceAccount') {
    throw new InputError(
      `kubernetes cluster ${name}: authProvider "${authProvider}" is not supported by Portway; use "serviceAccount" with serviceAccountToken`,
    );
  }
  return {
    name,
    url: cluster.getString('url'),
    token: cluster.getOptionalString('serviceAccountToken'),
    caData: cluster.getOptionalString('caData'),
    caFile: cluster.getOptionalString('caFile'),
    skipTLSVerify: cluster.getOptionalBoolean('skipTLSVerify') ?? false,
  };
}

/**
 * The live clusters configured for Backstage's Kubernetes plugin, so users configure clusters
 * once. Only locators of type `config` name clusters Portway can read on its own.
 */
export function readLiveClusters(config: Config): LiveClusterConfig[] {
  const locators =
    config.getOptionalConfigArray('kubernetes.clusterLocatorMethods') ?? [];
  return locators
    .filter(locator => locator.getString('type') === 'config')
    .flatMap(locator => locator.getOptionalConfigArray('clusters') ?? [])
    .map(readLiveCluster);
}

/** The snapshot clusters of `routing.snapshotClusters`. */
export function readSnapshotClusters(config: Config): SnapshotClusterConfig[] {
  return (config.getOptionalConfigArray('routing.snapshotClusters') ?? []).map(
    cluster => ({
      name: cluster.getString('name'),
      directory: cluster.getString('directory'),
    }),
  );
}
