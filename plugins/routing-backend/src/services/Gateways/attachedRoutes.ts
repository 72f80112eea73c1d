import {
  AttachedRouteView,
  explainCondition,
  gatewayRouteView,
  indexNeighbourhood,
  KubernetesObject,
  normalizeParentRef,
  ParentView,
  routeSurroundings,
  RouteSurroundings,
  RouteView,
  selectsListener,
} from '@portway/plugin-routing-common';
import type { ClusterCacheReader } from '../../clusters/cache/types';
import { once } from '../../lib/once';
import { gatewayLookup } from '../EntityRoutes/clusterLookups';
import { withPredictedConditions } from '../EntityRoutes/predictedConditions';
import type { GatewayAnalysis } from './gatewayAnalysis';
import { ListenerOwnerRef, namesOwner, ownerRef } from './listenerSets';

/** A route that names a Gateway (or a ListenerSet), with its parents on it. */
export interface RouteOnGateway {
  route: KubernetesObject;
  /** The route as the Routing tab shows it; its summary is the tab's. */
  view: RouteView;
  /** Its parents on the Gateway (or ListenerSet), with conditions from its status or, without fresh status, the analysis. */
  parents: ParentView[];
  /** `kind/namespace/name`, as the analysis keys attached routes. */
  key: string;
  /** Whether the analysis attached it to any listener of the Gateway (or ListenerSet). */
  attachedAnywhere: boolean;
  /** The route among the objects the analysis read, indexed on first use to explain a refusal. */
  surroundings: () => RouteSurroundings | undefined;
}

/** The attached-routes key prefix of a Gateway's listeners, or of a ListenerSet's. */
export function attachmentPrefix(owner: ListenerOwnerRef): string {
  const key = `${owner.namespace}/${owner.name}`;
  return owner.kind === 'ListenerSet' ? `ListenerSet/${key}` : key;
}

/**
 * The routes naming the analysed Gateway, or `owner` (one of its ListenerSets), sorted by
 * kind, namespace and name.
 */
export function gatewayRoutes(
  cache: ClusterCacheReader,
  { gateway, routes, objects, analysis }: GatewayAnalysis,
  owner: ListenerOwnerRef = ownerRef('Gateway', gateway),
): RouteOnGateway[] {
  const neighbourhood = once(() => indexNeighbourhood(objects));
  const prefix = `${attachmentPrefix(owner)}/`;
  const attached = [...analysis.attached]
    .filter(([listener]) => listener.startsWith(prefix))
    .map(([, keys]) => keys);
  return routes
    .map(route => {
      const view = withPredictedConditions(
        gatewayRouteView(route, {
          cluster: cache.name,
          gateways: gatewayLookup(cache),
          matchedBy: 'label', // not shown: the gateways page lists no entity's routes
        }),
        route,
        () => analysis.analysis,
      );
      const key = `${view.kind}/${view.namespace}/${view.name}`;
      const parents = view.parents.filter(parent =>
        namesOwner(parent.ref, view.namespace, owner),
      );
      return {
        route,
        view,
        parents,
        key,
        attachedAnywhere: attached.some(keys => keys.has(key)),
        surroundings: once(() => routeSurroundings(route, neighbourhood())),
      };
    })
    .filter(onGateway => onGateway.parents.length > 0)
    .sort((a, b) => a.key.localeCompare(b.key));
}

type Verdict = Pick<AttachedRouteView, 'accepted' | 'reason' | 'message'>;

/**
 * Where a parent leaves the route on one listener it selects: refused with the reason of its
 * Accepted condition and, in plain words, Portway's explanation of it (else the condition's
 * message); accepted when the analysis attached it there, when the parent names the
 * listener, or when the controller accepted it where the analysis attached it nowhere. A
 * parent naming the whole Gateway is not listed on the listeners it did not attach to.
 */
function verdict(
  parent: ParentView,
  named: boolean,
  attachedHere: boolean,
  { attachedAnywhere, surroundings }: RouteOnGateway,
): Verdict | undefined {
  const accepted = parent.conditions.find(c => c.type === 'Accepted');
  if (!accepted) return { accepted: false, reason: 'Pending' };
  if (accepted.status !== 'True') {
    const around = surroundings();
    const message =
      (around && explainCondition(accepted, parent, around)) ||
      accepted.message;
    return {
      accepted: false,
      reason: accepted.reason,
      ...(message ? { message } : {}),
    };
  }
  return attachedHere || named || !attachedAnywhere
    ? { accepted: true }
    : undefined;
}

/**
 * The routes that name a listener (or its whole Gateway) as parent, accepted or refused with
 * the reason, without their owners (`entityRefs` is left empty for the caller to fill).
 */
export function listenerRoutes(
  gatewayKey: string,
  listener: { name: string; port: number },
  routes: RouteOnGateway[],
  attached: ReadonlyMap<string, ReadonlySet<string>>,
): AttachedRouteView[] {
  const here = attached.get(`${gatewayKey}/${listener.name}`);
  return routes.flatMap(onGateway => {
    const { view, parents, key } = onGateway;
    let best: Verdict | undefined;
    for (const parent of parents) {
      const ref = normalizeParentRef(parent.ref, view.namespace);
      if (!selectsListener(ref, listener)) continue;
      const named = ref.sectionName !== undefined || ref.port !== undefined;
      const found = verdict(parent, named, here?.has(key) ?? false, onGateway);
      if (found && (!best || found.accepted)) best = found;
    }
    if (!best) return [];
    return [
      {
        kind: view.kind,
        namespace: view.namespace,
        name: view.name,
        hostnames: view.hostnames,
        summary: view.summary,
        ...best,
        entityRefs: [],
      },
    ];
  });
}
