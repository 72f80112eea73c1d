import {
  ApiException,
  KubeConfig,
  KubernetesObjectApi,
} from '@kubernetes/client-node';
import type { LoggerService } from '@backstage/backend-plugin-api';
import type { KubernetesObject } from '@portway/plugin-routing-common';
import type { ClusterReader } from './types';
import type { ResourceKind } from './resourceKinds';
import type { LiveClusterConfig } from './readClusterConfig';

function kubeConfigFor(cluster: LiveClusterConfig): KubeConfig {
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromOptions({
    clusters: [
      {
        name: cluster.name,
        server: cluster.url,
        skipTLSVerify: cluster.skipTLSVerify,
        ...(cluster.caData ? { caData: cluster.caData } : {}),
        ...(cluster.caFile ? { caFile: cluster.caFile } : {}),
      },
    ],
    users: [
      { name: 'portway', ...(cluster.token ? { token: cluster.token } : {}) },
    ],
    contexts: [{ name: cluster.name, cluster: cluster.name, user: 'portway' }],
    currentContext: cluster.name,
  });
  return kubeConfig;
}

function isNotServed(error: unknown): boolean {
  if (error instanceof ApiException) return error.code === 404;
  return /Unrecognized API version and kind/.test(
    String((error as Error)?.message),
  );
}

/** A cluster read through its API server with `@kubernetes/client-node`. */
export function createLiveClusterReader(
  cluster: LiveClusterConfig,
  logger: LoggerService,
): ClusterReader {
  const api = KubernetesObjectApi.makeApiClient(kubeConfigFor(cluster));
  return {
    name: cluster.name,
    async list(kind: ResourceKind) {
      try {
        const list = await api.list(kind.apiVersion, kind.kind);
        return list.items.map(item => ({
          ...item,
          apiVersion: kind.apiVersion,
          kind: kind.kind,
        })) as KubernetesObject[];
      } catch (error) {
        if (isNotServed(error)) {
          logger.debug(`Cluster ${cluster.name} does not serve ${kind.kind}`, {
            cluster: cluster.name,
            apiVersion: kind.apiVersion,
          });
          return [];
        }
        throw error;
      }
    },
  };
}
