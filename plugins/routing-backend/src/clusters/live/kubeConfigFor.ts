import { KubeConfig } from '@kubernetes/client-node';
import type { LiveClusterConfig } from '../readClusterConfig';

/** A KubeConfig with one context: the configured cluster's URL and TLS settings (the token is sent per request). */
export function kubeConfigFor(cluster: LiveClusterConfig): KubeConfig {
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
    users: [{ name: 'portway' }],
    contexts: [{ name: cluster.name, cluster: cluster.name, user: 'portway' }],
    currentContext: cluster.name,
  });
  return kubeConfig;
}
