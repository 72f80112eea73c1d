import { ConfigReader } from '@backstage/config';
import { ANNOTATION_KUBERNETES_AUTH_PROVIDER } from '@backstage/plugin-kubernetes-common';
import type { ClusterDetails } from '@backstage/plugin-kubernetes-node';
import { createClusterCredentials } from '../../credentials/createClusterCredentials';
import type { ClusterCredentials } from '../../credentials/types';
import { mockLogger } from './mockLogger';

/**
 * A cluster reached with a service account token, as a `config` locator finds one, and the
 * credentials that sign its requests: the real ones, so tests go the way the backend goes.
 */
export function tokenCluster(options: {
  name: string;
  url: string;
  token: string;
}): { cluster: ClusterDetails; credentials: ClusterCredentials } {
  return {
    cluster: {
      name: options.name,
      url: options.url,
      skipTLSVerify: true,
      authMetadata: {
        [ANNOTATION_KUBERNETES_AUTH_PROVIDER]: 'serviceAccount',
        serviceAccountToken: options.token,
      },
    },
    credentials: createClusterCredentials({
      config: new ConfigReader({}),
      logger: mockLogger(),
      authStrategies: {},
    }),
  };
}
