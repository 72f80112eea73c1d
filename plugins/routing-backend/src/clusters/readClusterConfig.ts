import type { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import type { LiveSyncSettings } from './live/settings';

/** A live cluster from `kubernetes.clusterLocatorMethods` (type `config`). */
export interface LiveClusterConfig {
  name: string;
  url: string;
  /** `serviceAccountToken`, sent as a bearer token. */
  token?: string;
  /** Without a token: the file holding one, read for every request (in a pod, its service account's). */
  tokenFile?: string;
  caData?: string;
  caFile?: string;
  skipTLSVerify: boolean;
}

/** A read-only cluster served from YAML files, from `routing.snapshotClusters`. */
export interface SnapshotClusterConfig {
  name: string;
  directory: string;
}

/** Where Kubernetes mounts a pod's service account token, as Backstage's Kubernetes plugin reads it. */
export const IN_CLUSTER_TOKEN_FILE =
  '/var/run/secrets/kubernetes.io/serviceaccount/token';

function readLiveCluster(cluster: Config): LiveClusterConfig {
  const name = cluster.getString('name');
  const authProvider =
    cluster.getOptionalString('authProvider') ?? 'serviceAccount';
  if (authProvider !== 'serviceAccount') {
    throw new InputError(
      `kubernetes cluster ${name}: authProvider "${authProvider}" is not supported by Portway; use "serviceAccount" with serviceAccountToken`,
    );
  }
  const token = cluster.getOptionalString('serviceAccountToken');
  return {
    name,
    url: cluster.getString('url'),
    ...(token ? { token } : { tokenFile: IN_CLUSTER_TOKEN_FILE }),
    caData: cluster.getOptionalString('caData'),
    caFile: cluster.getOptionalString('caFile'),
    skipTLSVerify: cluster.getOptionalBoolean('skipTLSVerify') ?? false,
  };
}

/**
 * The cluster Backstage's `localKubectlProxy` locator names: `kubectl proxy` on its default
 * port, which adds the credentials itself.
 */
const localKubectlProxyCluster: LiveClusterConfig = {
  name: 'local',
  url: 'http://localhost:8001',
  skipTLSVerify: true,
};

/**
 * The live clusters configured for Backstage's Kubernetes plugin, so users configure clusters
 * once: locators of type `config` and `localKubectlProxy`. Other locators (catalog, gke) find
 * clusters at run time, which Portway does not do: a cluster URL never comes from an entity.
 */
export function readLiveClusters(config: Config): LiveClusterConfig[] {
  const locators =
    config.getOptionalConfigArray('kubernetes.clusterLocatorMethods') ?? [];
  return locators.flatMap(locator => {
    switch (locator.getString('type')) {
      case 'config':
        return (locator.getOptionalConfigArray('clusters') ?? []).map(
          readLiveCluster,
        );
      case 'localKubectlProxy':
        return [localKubectlProxyCluster];
      default:
        return [];
    }
  });
}

/** How live clusters are synced, from `routing.sync`; unset keys keep their defaults. */
export function readSyncSettings(config: Config): Partial<LiveSyncSettings> {
  const sync = config.getOptionalConfig('routing.sync');
  if (!sync) return {};
  const settings: Partial<LiveSyncSettings> = {};
  for (const key of [
    'pageSize',
    'requestTimeoutMs',
    'watchTimeoutSeconds',
    'backoffInitialMs',
    'backoffMaxMs',
    'rediscoverIntervalMs',
    'healthCheckIntervalMs',
  ] as const) {
    const value = sync.getOptionalNumber(key);
    if (value !== undefined) {
      if (!(value > 0)) {
        throw new InputError(
          `routing.sync.${key} must be a positive number, got ${value}`,
        );
      }
      settings[key] = value;
    }
  }
  return settings;
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
