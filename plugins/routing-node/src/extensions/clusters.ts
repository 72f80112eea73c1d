import { createExtensionPoint } from '@backstage/backend-plugin-api';
import type {
  AuthenticationStrategy,
  KubernetesClustersSupplier,
} from '@backstage/plugin-kubernetes-node';

/**
 * Adds clusters and auth strategies to Portway's watch cache, beside the clusters of
 * `kubernetes.clusterLocatorMethods`. The types are the Kubernetes plugin's own, so a supplier
 * or strategy written for it serves Portway too.
 *
 * @public
 */
export interface RoutingClustersExtensionPoint {
  /**
   * Adds a source of clusters. It is asked at start and again every
   * `routing.sync.clusterRefreshIntervalMs`; a supplier that throws degrades only its own
   * clusters, which are reported in every answer's `clusters`.
   */
  addClusterSupplier(supplier: KubernetesClustersSupplier): void;
  /**
   * Adds (or replaces) the strategy for an `authProvider` name. It must sign requests with a
   * service credential: Portway's cache is shared by every user, so it never has a user's token.
   */
  addAuthStrategy(authProvider: string, strategy: AuthenticationStrategy): void;
}

/**
 * The extension point for clusters of the routing backend plugin.
 *
 * @public
 */
export const routingClustersExtensionPoint =
  createExtensionPoint<RoutingClustersExtensionPoint>({
    id: 'routing.clusters',
  });
