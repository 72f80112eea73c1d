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
        /**
         * Allow `grpc-mesh-route` requests: a GRPCRoute bound to the Service (Gateway API mesh
         * routing, GAMMA), offered by expose-grpc beside the Istio VirtualService. Experimental
         * in Portway and off by default: internal gRPC goes through VirtualServices
         * (`grpc-mesh`) until the mesh's GAMMA support is trusted.
         */
        gatewayApiMeshRoutes?: boolean;
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
      /**
       * How often the cluster locators that can change (`catalog`, `gke`) and the suppliers added
       * through `routingClustersExtensionPoint` are asked again, so clusters added or removed
       * there are picked up. Default 300000.
       */
      clusterRefreshIntervalMs?: number;
    };
    /**
     * Replaces, for Portway only, how it signs its requests to the named clusters. Portway keeps
     * one cache that every user shares, so a cluster the Kubernetes plugin reaches with the
     * signed-in user's token (`google`, `oidc`, `aks`) needs a service credential here to be
     * watched. The Kubernetes plugin keeps using the cluster's own `authProvider`.
     */
    clusterAuth?: Array<{
      /** The cluster's name, as a cluster locator in `kubernetes.clusterLocatorMethods` finds it. */
      cluster: string;
      /** How Portway signs its requests to that cluster: a provider that uses a service credential. */
      authProvider: 'serviceAccount' | 'aws' | 'azure' | 'googleServiceAccount';
      /**
       * For `serviceAccount`: the bearer token. Without one, the token of the pod the backend
       * runs in is used.
       * @visibility secret
       */
      serviceAccountToken?: string;
      /** For `aws`: the ARN of an IAM role to assume. */
      assumeRole?: string;
      /**
       * For `aws`: the external ID the role's trust policy asks for.
       * @visibility secret
       */
      externalId?: string;
    }>;
  };

  /**
   * The keys of Backstage's Kubernetes plugin that Portway reads too: Portway watches the
   * clusters the Kubernetes plugin finds. Declared with the Kubernetes plugin's own types and
   * visibilities, so the two declarations merge; see that plugin's documentation for each key.
   */
  kubernetes?: {
    /** Where clusters come from. Portway reads every locator type the Kubernetes plugin knows. */
    clusterLocatorMethods?: Array<
      | {
          /** Clusters listed in config. */
          type: 'config';
          /** The clusters. */
          clusters: Array<{
            /** The cluster's name, unique across every locator. */
            name: string;
            /** A display title. */
            title?: string;
            /** The API server's URL. */
            url: string;
            /** How requests are signed: serviceAccount, aws, azure, googleServiceAccount, google, oidc, aks. */
            authProvider?: string;
            /**
             * For `serviceAccount`: the bearer token. Without one, the token of the pod the
             * backend runs in is used.
             * @visibility secret
             */
            serviceAccountToken?: string;
            /** For `aws`: the ARN of an IAM role to assume. */
            assumeRole?: string;
            /**
             * For `aws`: the external ID the role's trust policy asks for.
             * @visibility secret
             */
            externalId?: string;
            /** For `oidc`: the auth provider whose ID token is sent (the user's: Portway cannot use it). */
            oidcTokenProvider?: string;
            /**
             * Auth settings as `kubernetes.io/...` annotation keys; they win over the keys above.
             * @visibility secret
             */
            authMetadata?: { [key: string]: string };
            /** Whether to skip checking the API server's TLS certificate. Default false. */
            skipTLSVerify?: boolean;
            /** Whether the Kubernetes plugin skips reading metrics. Default false. */
            skipMetricsLookup?: boolean;
            /**
             * The API server's CA certificate, base64-encoded PEM.
             * @visibility secret
             */
            caData?: string;
            /**
             * A file holding the API server's CA certificate.
             * @visibility secret
             */
            caFile?: string;
          }>;
        }
      | {
          /** `kubectl proxy` on localhost:8001, which signs the requests itself. */
          type: 'localKubectlProxy';
        }
      | {
          /** Resource entities of type `kubernetes-cluster` in the catalog. */
          type: 'catalog';
          /** Hostname patterns (`127.0.0.1`, `*.example.com`) whose API servers may use HTTP or private addresses. */
          dangerouslyAllowClusterUrls?: string[];
          /** Whether an entity may ask to skip TLS verification. Default false. */
          dangerouslyAllowSkipTLSVerify?: boolean;
        }
      | {
          /** The GKE clusters of a Google Cloud project. */
          type: 'gke';
          /** The Google Cloud project. */
          projectId: string;
          /** The region, or every region (`-`) when unset. */
          region?: string;
          /** `google` (the user's token, the default) or `googleServiceAccount`. */
          authProvider?: string;
          /** Whether to skip checking the API servers' TLS certificates. Default false. */
          skipTLSVerify?: boolean;
          /** Whether the Kubernetes plugin skips reading metrics. Default false. */
          skipMetricsLookup?: boolean;
          /** Which endpoint of each cluster to use: its public IP (the default) or its DNS endpoint. */
          endpointType?: 'public' | 'dns';
          /** Only the clusters with every one of these resource labels. */
          matchingResourceLabels?: Array<{
            /** The label's key. */
            key: string;
            /** The label's value. */
            value: string;
          }>;
        }
    >;
    /**
     * The JSON key of the Google service account that `googleServiceAccount` clusters are
     * signed with; without it, Application Default Credentials.
     * @visibility secret
     */
    googleServiceAccountCredentials?: string;
  };
}
