import type { LoggerService } from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import { ForwardedError, InputError, toError } from '@backstage/errors';
import { DispatchStrategy } from '@backstage/plugin-kubernetes-backend';
import { ANNOTATION_KUBERNETES_AUTH_PROVIDER } from '@backstage/plugin-kubernetes-common';
import type {
  AuthenticationStrategy,
  ClusterDetails,
} from '@backstage/plugin-kubernetes-node';
import {
  builtInHints,
  builtInStrategies,
  userTokenProviders,
} from './builtInStrategies';
import type { ClusterCredentials } from './types';

/**
 * How Portway signs its requests: the Kubernetes plugin's DispatchStrategy over its own
 * strategies for the providers that sign with a service credential, and the strategies added
 * through `routingClustersExtensionPoint`, which take precedence. A provider it cannot use is a
 * problem that says what to configure instead.
 */
export function createClusterCredentials(options: {
  config: Config;
  logger: LoggerService;
  authStrategies: Record<string, AuthenticationStrategy>;
}): ClusterCredentials {
  const { authStrategies } = options;
  const authStrategyMap = {
    ...builtInStrategies(options),
    ...authStrategies,
  };
  const dispatch = new DispatchStrategy({ authStrategyMap });
  const known = Object.keys(authStrategyMap).sort().join(', ');

  const providerOf = (cluster: ClusterDetails): string | undefined =>
    cluster.authMetadata?.[ANNOTATION_KUBERNETES_AUTH_PROVIDER];

  /** Why no strategy of the map can sign for the cluster, if none can. */
  function noStrategy(authProvider: string | undefined): string | undefined {
    if (!authProvider) {
      return `the cluster has no authProvider (authMetadata["${ANNOTATION_KUBERNETES_AUTH_PROVIDER}"]); Portway knows ${known}`;
    }
    if (authStrategyMap[authProvider]) return undefined;
    if (userTokenProviders.includes(authProvider)) {
      return `authProvider "${authProvider}" signs with the signed-in user's token, and Portway's cache is shared by every user, so it cannot use it; add a routing.clusterAuth entry for this cluster with a service credential (serviceAccount with serviceAccountToken, googleServiceAccount, aws or azure)`;
    }
    return `authProvider "${authProvider}" is unknown; Portway knows ${known} (others can be added through routingClustersExtensionPoint)`;
  }

  return {
    problemWith(cluster) {
      const authProvider = providerOf(cluster);
      const missing = noStrategy(authProvider);
      if (missing) return missing;
      let errors: Error[];
      try {
        errors = dispatch.validateCluster(cluster.authMetadata);
      } catch (error) {
        // a built-in strategy that cannot be built from the configuration
        errors = [toError(error)];
      }
      return errors.length
        ? `authProvider "${authProvider}": ${errors
            .map(error => error.message)
            .join('; ')}`
        : undefined;
    },

    async credentialFor(cluster) {
      const authProvider = providerOf(cluster);
      const missing = noStrategy(authProvider);
      if (missing) throw new InputError(missing);
      try {
        return await dispatch.getCredential(cluster, {});
      } catch (error) {
        const hint =
          authProvider && !authStrategies[authProvider]
            ? builtInHints[authProvider]
            : undefined;
        throw new ForwardedError(
          `signing with authProvider "${authProvider}" failed${
            hint ? `; ${hint}` : ''
          }`,
          error,
        );
      }
    },
  };
}
