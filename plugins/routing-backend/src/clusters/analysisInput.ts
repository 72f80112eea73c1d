import {
  AnalysisOptions,
  clusterKindOf,
  KubernetesObject,
} from '@portway/plugin-routing-common';
import type { ClusterCacheReader } from './cache/types';
import { splitObjectKey } from './cache/routeReferences';
import { listenerSetNeighbours } from './listenerSetNeighbours';

/** The Secrets (`namespace/name`) a Gateway's or ListenerSet's listeners name in `tls.certificateRefs`. */
function certificateSecretKeys(owner: KubernetesObject): string[] {
  const namespace = owner.metadata?.namespace ?? 'default';
  const listeners: any[] = Array.isArray(owner.spec?.listeners)
    ? owner.spec.listeners
    : [];
  return listeners.flatMap(listener =>
    (Array.isArray(listener?.tls?.certificateRefs)
      ? listener.tls.certificateRefs
      : []
    )
      .filter(
        (ref: any) =>
          (ref?.group ?? '') === '' && (ref?.kind ?? 'Secret') === 'Secret',
      )
      .map((ref: any) => `${ref.namespace ?? namespace}/${ref.name}`),
  );
}

/**
 * The Gateway API analysis's arguments for some of a cluster's objects (a route's or a
 * Gateway's neighbourhood): the objects with the ListenerSets they involve (see
 * listenerSetNeighbours), and certificate Secrets as follows. When the cluster's
 * Secrets are synced (their names, from a metadata-only list), the objects come with the
 * certificate Secrets their Gateways' and ListenerSets' listeners name, and `secretsListed`
 * tells the analysis that a named Secret not among them does not exist (InvalidCertificateRef).
 * Otherwise (Secrets forbidden, still listing or failing) the objects come as they are and
 * certificate Secrets are not checked; the cluster's status says so once.
 */
export function analysisInput(
  cache: Pick<ClusterCacheReader, 'get' | 'list' | 'syncs'>,
  neighbourhood: KubernetesObject[],
): [KubernetesObject[], AnalysisOptions] {
  const objects = [
    ...neighbourhood,
    ...listenerSetNeighbours(cache, neighbourhood),
  ];
  if (cache.syncs().secret.state !== 'synced') return [objects, {}];
  const keys = new Set(
    objects
      .filter(object => {
        const kind = clusterKindOf(object);
        return kind === 'gateway' || kind === 'listenerSet';
      })
      .flatMap(certificateSecretKeys),
  );
  const secrets = [...keys].flatMap(
    key => cache.get('secret', ...splitObjectKey(key)) ?? [],
  );
  return [[...objects, ...secrets], { secretsListed: true }];
}
