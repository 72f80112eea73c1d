/** Backstage config as plain JSON. */
export type BenchConfig = Record<string, unknown>;

/**
 * Portway's `routing.sync.healthCheckIntervalMs` (its default, set here so the hung-cluster
 * phase knows how long Portway may take to notice a cluster that stopped answering).
 */
export const PORTWAY_HEALTH_CHECK_MS = 30_000;

/** A cluster as both backends see it: a latency proxy in front of the API server. */
export interface BenchCluster {
  name: string;
  url: string;
}

/**
 * The Backstage config both backends get: the same clusters for Backstage's Kubernetes plugin
 * (which Portway reads too), plus what the stock plugin needs to fetch routes: only kinds
 * kube-apiserver-lite serves as `objectTypes`, and the route kinds as `customResources`.
 * Portway ignores those two; `routing.gitops` is absent, so Portway runs without GitOps.
 * The stock plugin ignores `routing`.
 */
export function backendConfig(
  clusters: BenchCluster[],
  token: string,
): BenchConfig {
  return {
    backend: { baseUrl: 'http://localhost:7007' },
    routing: { sync: { healthCheckIntervalMs: PORTWAY_HEALTH_CHECK_MS } },
    kubernetes: {
      serviceLocatorMethod: { type: 'multiTenant' },
      clusterLocatorMethods: [
        {
          type: 'config',
          clusters: clusters.map(cluster => ({
            name: cluster.name,
            url: cluster.url,
            authProvider: 'serviceAccount',
            serviceAccountToken: token,
            skipTLSVerify: true,
          })),
        },
      ],
      objectTypes: ['services', 'ingresses'],
      customResources: [
        {
          group: 'gateway.networking.k8s.io',
          apiVersion: 'v1',
          plural: 'httproutes',
        },
        {
          group: 'gateway.networking.k8s.io',
          apiVersion: 'v1',
          plural: 'grpcroutes',
        },
        {
          group: 'networking.istio.io',
          apiVersion: 'v1',
          plural: 'virtualservices',
        },
      ],
    },
  };
}
