import type { AuthService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import type {
  ClusterDetails,
  KubernetesClustersSupplier,
} from '@backstage/plugin-kubernetes-node';
import { lastGoodAnswer } from './lastGoodAnswer';
import type { ClusterLocator, LocatedCluster } from './types';

/** A supplier's cluster as Portway can use it, or a problem naming what is missing. */
function locatedFrom(cluster: ClusterDetails, index: number): LocatedCluster {
  const named = typeof cluster?.name === 'string' && cluster.name !== '';
  const name = named ? cluster.name : `cluster #${index + 1}`;
  const missing = [
    !named && 'name',
    typeof cluster?.url !== 'string' && 'url',
    (typeof cluster?.authMetadata !== 'object' || !cluster.authMetadata) &&
      'authMetadata',
  ].filter(Boolean);
  return missing.length
    ? { name, problem: `the supplier's cluster has no ${missing.join(', ')}` }
    : { name, details: cluster };
}

/**
 * The clusters of a supplier added through `routingClustersExtensionPoint`, asked with the
 * backend's own service credentials, as the Kubernetes plugin asks its suppliers.
 */
export function createSupplierLocator(options: {
  supplier: KubernetesClustersSupplier;
  auth: AuthService;
  source: string;
}): ClusterLocator {
  const { supplier, auth, source } = options;
  return lastGoodAnswer({
    source,
    async locate() {
      const credentials = await auth.getOwnServiceCredentials();
      const clusters = await supplier.getClusters({ credentials });
      if (!Array.isArray(clusters)) {
        throw new InputError(
          'getClusters() did not return a list of clusters; the supplier must resolve to an array of ClusterDetails',
        );
      }
      return clusters.map((cluster, index) => {
        const located = locatedFrom(cluster, index);
        return located.problem
          ? { ...located, problem: `${source}: ${located.problem}` }
          : located;
      });
    },
    describeFailure: error =>
      `getClusters() failed, so its clusters are the ones it last gave: ${error.message}`,
  });
}
