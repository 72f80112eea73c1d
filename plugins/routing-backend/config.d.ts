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
    /** How long one cluster may take to answer before its part is reported as an error. Default 10000. */
    clusterTimeoutMs?: number;
  };
}
