import type {
  ClusterDetails,
  KubernetesCredential,
} from '@backstage/plugin-kubernetes-node';

/**
 * How Portway signs its requests to a cluster: through the Kubernetes plugin's auth strategies
 * (ServiceAccountStrategy, AwsIamStrategy, AzureIdentityStrategy, GoogleServiceAccountStrategy,
 * AnonymousStrategy for localKubectlProxy), dispatched by the cluster's `authProvider`.
 */
export interface ClusterCredentials {
  /**
   * Why the cluster cannot back the shared cache, if it cannot: an unknown authProvider, one
   * that needs the signed-in user's token (google, oidc, aks), or the strategy's own
   * validateCluster errors. The message says what to configure instead.
   */
  problemWith(cluster: ClusterDetails): string | undefined;
  /** A credential for one request (strategies cache and renew tokens themselves). */
  credentialFor(cluster: ClusterDetails): Promise<KubernetesCredential>;
}
