import type { AuthenticationStrategy } from '@backstage/plugin-kubernetes-node';

/**
 * A strategy built on first use, so nothing is set up for a provider no cluster uses (and a
 * bad `aws` configuration fails only the clusters that need it), and built anew after a failed
 * getCredential: AzureIdentityStrategy keeps a failed token request and answers it forever,
 * and the other built-in strategies hold nothing a rebuild would lose.
 */
export function lazyStrategy(
  build: () => AuthenticationStrategy,
): AuthenticationStrategy {
  let strategy: AuthenticationStrategy | undefined;
  const current = () => (strategy ??= build());
  return {
    validateCluster: authMetadata => current().validateCluster(authMetadata),
    presentAuthMetadata: authMetadata =>
      current().presentAuthMetadata(authMetadata),
    async getCredential(cluster, auth) {
      const used = current();
      try {
        return await used.getCredential(cluster, auth);
      } catch (error) {
        if (strategy === used) strategy = undefined;
        throw error;
      }
    },
  };
}
