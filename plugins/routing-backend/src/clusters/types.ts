import type { KubernetesObject } from '@portway/plugin-routing-common';
import type { ResourceKind } from './resourceKinds';

/**
 * Reads objects of one cluster. Live clusters and snapshot clusters (YAML on disk) implement
 * it alike, so everything above it is the same for both.
 */
export interface ClusterReader {
  /** The cluster's name, as configured. */
  readonly name: string;
  /**
   * Lists every object of a kind in the cluster. Resolves to an empty list when the cluster
   * does not serve the kind (its CRD is not installed); rejects on any other failure.
   */
  list(kind: ResourceKind): Promise<KubernetesObject[]>;
}
