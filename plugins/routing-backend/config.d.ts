export interface Config {
  /** Portway routing. Live clusters come from `kubernetes.clusterLocatorMethods`. */
  routing?: {
    /**
     * Read-only clusters served from YAML files (for example `kubectl get -o yaml` dumps).
     * The embedded default serves the demo cluster from examples/cluster this way.
     */
    snapshotClusters?: Array<{
      /** The cluster name shown in answers. */
      name: string;
      /** Folder of YAML files, relative to the backend's working directory. */
      directory: string;
    }>;
    /**
     * How live clusters are kept in Portway's cache: listed page by page, then watched.
     * Answers come from the cache and never wait for a cluster.
     */
    sync?: {
      /** Objects per page when listing a kind (`limit`). Default 500. */
      pageSize?: number;
      /** Timeout of every request to a cluster except an open watch. Default 10000. */
      requestTimeoutMs?: number;
      /** How long the API server keeps one watch open (`timeoutSeconds`) before Portway re-watches. Default 300. */
      watchTimeoutSeconds?: number;
      /** First delay before retrying a failed list, watch or discovery; it doubles, with jitter. Default 500. */
      backoffInitialMs?: number;
      /** Longest delay between retries. Default 30000. */
      backoffMaxMs?: number;
      /** How often discovery runs again, so CRDs installed later and kinds once forbidden are picked up. Default 300000. */
      rediscoverIntervalMs?: number;
      /** How often a cluster is asked `GET /version` between discoveries, so one that stops answering (with its watches left open and silent) turns stale. Default 30000. */
      healthCheckIntervalMs?: number;
    };
  };
}
