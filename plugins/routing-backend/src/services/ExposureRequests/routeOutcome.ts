import {
  ExposureRequestRecord,
  exposureKind,
  gatewayRouteView,
  ParentView,
} from '@portway/plugin-routing-common';
import type { ClusterCacheReader } from '../../clusters/cache/types';
import { kindNameOf } from '../../clusters/resourceKinds';
import {
  controllerVerdict,
  describeParent,
} from '../EntityRoutes/controllerVerdict';
import { gatewayLookup } from '../EntityRoutes/entityRouteViews';

/** What the cluster says of a merged request's object: live, refused, or nothing yet. */
export type RouteOutcome =
  | { state: 'live'; reason?: string }
  | { state: 'failed'; reason: string };

/** The False conditions of the parents, in words: `infra/public/https: Accepted False (NotAllowedByListeners): ...`. */
function falseConditions(parents: ParentView[]): string[] {
  return parents.flatMap(parent =>
    parent.conditions
      .filter(condition => condition.status === 'False')
      .map(condition => {
        const what = `${describeParent(parent)}: ${condition.type} False (${
          condition.reason
        })`;
        return condition.message ? `${what}: ${condition.message}` : what;
      }),
  );
}

/**
 * Whether the object a merged request adds is live in its cluster, by the controller's word
 * only (a prediction is not): a Gateway API route is live when every parent has Accepted it
 * for its current generation and failed when a parent refused it; a VirtualService is live
 * once it exists (Istio writes no Accepted condition); an Ingress once its controller gave it
 * an address. Undefined while the cluster does not say yet.
 */
export function routeOutcome(
  request: ExposureRequestRecord,
  caches: readonly ClusterCacheReader[],
): RouteOutcome | undefined {
  const cache = caches.find(candidate => candidate.name === request.cluster);
  const built = exposureKind(request.type).build(request.request);
  const kind = kindNameOf(built);
  if (!cache || !kind) return undefined;
  const object = cache.get(
    kind,
    built.metadata?.namespace ?? request.namespace,
    built.metadata?.name ?? '',
  );
  if (!object) return undefined;
  if (object.kind === 'VirtualService') return { state: 'live' };
  if (object.kind === 'Ingress') {
    return object.status?.loadBalancer?.ingress?.length
      ? { state: 'live' }
      : undefined;
  }
  const view = gatewayRouteView(object, {
    cluster: cache.name,
    gateways: gatewayLookup(cache),
    matchedBy: 'request',
  });
  const { decided, refusedBy } = controllerVerdict(object, view.parents);
  if (decided.length < view.parents.length || decided.length === 0) {
    return undefined;
  }
  if (refusedBy.length > 0) {
    return { state: 'failed', reason: falseConditions(refusedBy).join('; ') };
  }
  const problems = falseConditions(decided);
  return problems.length > 0
    ? { state: 'live', reason: problems.join('; ') }
    : { state: 'live' };
}
