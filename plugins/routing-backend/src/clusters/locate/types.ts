import type { ClusterDetails } from '@backstage/plugin-kubernetes-node';

/**
 * A cluster a locator found: its details, ready to be watched, or why it cannot be. A cluster
 * with a problem is still served, as a cluster in state `error` whose message is the problem,
 * so a bad configuration degrades only its own part of an answer.
 */
export type LocatedCluster =
  | { name: string; details: ClusterDetails; problem?: undefined }
  | { name: string; problem: string; details?: undefined };

/**
 * One source of clusters: a `kubernetes.clusterLocatorMethods` entry, or a supplier added
 * through `routingClustersExtensionPoint`. `locate` never throws: a failure is a problem entry.
 */
export interface ClusterLocator {
  /** Names the source in messages: `kubernetes.clusterLocatorMethods[1] (gke)`. */
  readonly source: string;
  /** Whether asking again can give another answer (catalog, gke, suppliers); config does not. */
  readonly dynamic: boolean;
  locate(): Promise<LocatedCluster[]>;
}
