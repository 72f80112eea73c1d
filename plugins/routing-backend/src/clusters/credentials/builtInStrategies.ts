import type { LoggerService } from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import {
  AnonymousStrategy,
  AwsIamStrategy,
  AzureIdentityStrategy,
  GoogleServiceAccountStrategy,
  ServiceAccountStrategy,
} from '@backstage/plugin-kubernetes-backend';
import type { AuthenticationStrategy } from '@backstage/plugin-kubernetes-node';
import { KubeConfig } from '@kubernetes/client-node';
import { lazyStrategy } from './lazyStrategy';
import { reuseBearerToken } from './reuseBearerToken';

/** Less than the 15 minutes an EKS token is valid, so a reused one never expires in flight. */
const AWS_TOKEN_REUSE_MS = 10 * 60_000;

/**
 * The Kubernetes plugin's strategies for the authProviders that sign with a credential of the
 * backend itself, so they can back a cache every user shares; each built on first use.
 */
export function builtInStrategies(options: {
  config: Config;
  logger: LoggerService;
}): Record<string, AuthenticationStrategy> {
  const { config, logger } = options;
  return {
    // The strategy loads client-node with a dynamic import(), which a CommonJS package cannot
    // run under Jest; it takes the module it would load, the one Portway already uses, instead.
    serviceAccount: lazyStrategy(() =>
      Object.assign(new ServiceAccountStrategy(), {
        injectedKubernetesClient: { KubeConfig },
      }),
    ),
    aws: reuseBearerToken(
      lazyStrategy(() => new AwsIamStrategy({ config })),
      AWS_TOKEN_REUSE_MS,
    ),
    azure: lazyStrategy(() => new AzureIdentityStrategy(logger)),
    googleServiceAccount: lazyStrategy(
      () => new GoogleServiceAccountStrategy({ config }),
    ),
    localKubectlProxy: lazyStrategy(() => new AnonymousStrategy()),
  };
}

/** What to do when a built-in strategy cannot sign. */
export const builtInHints: Record<string, string> = {
  serviceAccount:
    "set the cluster's serviceAccountToken, or run the backend in a pod whose service account may read the cluster",
  aws: 'give the backend AWS credentials (environment variables, a shared credentials file, an IAM role for its pod) or configure aws.mainAccount or aws.accounts',
  azure:
    'give the backend an Azure identity DefaultAzureCredential finds (environment variables, workload or managed identity, az login)',
  googleServiceAccount:
    'set kubernetes.googleServiceAccountCredentials to the JSON key of a service account, or give the backend Application Default Credentials',
  localKubectlProxy: 'run kubectl proxy on port 8001 next to the backend',
};

/** The providers that sign with the signed-in user's token, which a shared cache never has. */
export const userTokenProviders = ['google', 'oidc', 'aks'];
