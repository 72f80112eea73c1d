import type { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';
import type { HumanDuration } from '@backstage/types';

export interface Config {
  /** Portway routing. Live clusters come from `kubernetes.clusterLocatorMethods`. */
  routing?: {
    /** Exposure requests: who may request what, and how requests are followed. */
    exposure?: {
      /** How the state task follows recorded requests (one runner across replicas). */
      requests?: {
        /**
         * How often the state task runs: a scheduler task definition, default every minute
         * (`{ frequency: { minutes: 1 }, timeout: { minutes: 5 } }`).
         */
        refresh?: SchedulerServiceTaskScheduleDefinitionConfig;
        /**
         * A request whose change is not merged this long after it was made expires and
         * releases its hostnames: a duration such as `{ days: 14 }` or `P14D`. Default 30 days.
         */
        expireAfter?: string | HumanDuration;
      };
      /**
       * Who may expose what, checked by every preflight (the endpoint, the scaffolder actions,
       * the form). An invalid policy does not stop the backend; it is logged, and every
       * preflight fails with ExposurePolicyInvalid until it is fixed.
       */
      policy?: {
        /**
         * Allowed domains. Every rule that applies to a request must allow each of its
         * hostnames (HostnameNotAllowed); with no rule applying, hostnames are not restricted.
         * A rule names exactly one of `listener` and `owner`.
         */
        hostnames?: Array<{
          /**
           * A Gateway listener, `namespace/name[/sectionName]` (`infra/public/https`): the rule
           * applies to requests on that Gateway, and on that listener when one is named (also
           * to requests naming no listener, which attach to all of them). Ingress requests use
           * no Gateway and get only owner rules.
           */
          listener?: string;
          /** An owner reference (`group:default/payments`; kind defaults to group): the rule applies to requests of the entities it owns. */
          owner?: string;
          /**
           * Exact hostnames, or `*.suffix`: any hostname ending in `.suffix` with one or more
           * labels before it, including wildcard requests such as `*.a.suffix` and `*.suffix`,
           * but not `suffix` itself. Compared in lower case, a trailing dot ignored.
           */
          domains: string[];
        }>;
        /**
         * Namespaces an owner's entities may request in beyond the ones their objects live in
         * (the request's cluster, by the entity's Kubernetes annotations); any other is
         * NamespaceNotAllowed.
         */
        namespaces?: Array<{
          /** An owner reference (`group:default/platform`; kind defaults to group). */
          owner: string;
          /** Namespace names, or prefixes ending in `*` (`shared-*`; `*` is every namespace). */
          namespaces: string[];
        }>;
      };
    };
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
