import { ANNOTATION_KUBERNETES_AUTH_PROVIDER } from '@backstage/plugin-kubernetes-common';
import type { ClusterLocator } from './types';

/**
 * The cluster of Backstage's `localKubectlProxy` locator: `kubectl proxy` on its default port,
 * which adds the credentials itself, so requests go unsigned.
 */
export function createLocalKubectlProxyLocator(options: {
  source: string;
}): ClusterLocator {
  return {
    source: options.source,
    dynamic: false,
    async locate() {
      return [
        {
          name: 'local',
          details: {
            name: 'local',
            url: 'http://localhost:8001',
            authMetadata: {
              [ANNOTATION_KUBERNETES_AUTH_PROVIDER]: 'localKubectlProxy',
            },
            skipMetricsLookup: true,
          },
        },
      ];
    },
  };
}
