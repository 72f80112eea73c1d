import type { AuthenticationStrategy } from '@backstage/plugin-kubernetes-node';

/**
 * A strategy whose bearer tokens are reused for `reuseMs` per cluster. AwsIamStrategy signs a
 * new token for every request, and with `assumeRole` asks STS for every one; the cache sends
 * a request every few seconds, while an EKS token stays valid for 15 minutes.
 */
export function reuseBearerToken(
  strategy: AuthenticationStrategy,
  reuseMs: number,
): AuthenticationStrategy {
  const tokens = new Map<string, { token: string; until: number }>();
  return {
    validateCluster: authMetadata => strategy.validateCluster(authMetadata),
    presentAuthMetadata: authMetadata =>
      strategy.presentAuthMetadata(authMetadata),
    async getCredential(cluster, auth) {
      const key = JSON.stringify([cluster.name, cluster.authMetadata]);
      const reused = tokens.get(key);
      if (reused && Date.now() < reused.until) {
        return { type: 'bearer token', token: reused.token };
      }
      const credential = await strategy.getCredential(cluster, auth);
      if (credential.type === 'bearer token') {
        tokens.set(key, {
          token: credential.token,
          until: Date.now() + reuseMs,
        });
      }
      return credential;
    },
  };
}
