import {
  Analysis,
  analyzeGatewayApi,
  explainCondition,
  explainGatewayCondition,
  KubernetesObject,
  needsExplanation,
  normalizeParentRef,
  ParentView,
  refersToGateway,
  RouteCondition,
  routeFamily,
  routeNeighbourhood,
  routeSurroundings,
  RouteSurroundings,
  RouteView,
} from '@portway/plugin-routing-common';
import type { ClusterCacheReader } from '../../clusters/cache/types';
import { clusterObjects } from '../../clusters/preflightClusters';
import { analysisInput } from '../../clusters/analysisInput';
import { once } from '../../lib/once';

/**
 * The parent Gateway's Programmed condition: from its status, explained when it is not True;
 * when no controller wrote one, the analysis's prediction, always explained (it says that no
 * controller has, and why none may). Undefined when the parent is not a Gateway in the cache.
 */
function gatewayProgrammed(
  parent: ParentView,
  routeNamespace: string,
  cache: ClusterCacheReader,
  analysis: () => Analysis,
): RouteCondition | undefined {
  const ref = normalizeParentRef(parent.ref, routeNamespace);
  if (!refersToGateway(ref)) return undefined;
  const gateway = cache.get('gateway', ref.namespace, ref.name);
  if (!gateway) return undefined;
  const gatewayClass = cache.get(
    'gatewayClass',
    '',
    gateway.spec?.gatewayClassName ?? '',
  );
  const conditions: RouteCondition[] = gateway.status?.conditions ?? [];
  const fromStatus = conditions.find(c => c.type === 'Programmed');
  if (fromStatus) {
    const explanation = explainGatewayCondition(fromStatus, {
      gateway,
      gatewayClass,
    });
    return explanation ? { ...fromStatus, explanation } : fromStatus;
  }
  const analyzed = analysis().gateways.find(
    g => g.namespace === ref.namespace && g.name === ref.name,
  );
  const predicted = analyzed?.conditions.find(c => c.type === 'Programmed');
  if (!predicted) return undefined;
  const explanation = explainGatewayCondition(predicted, {
    gateway,
    gatewayClass,
    analyzed,
    predicted: true,
  });
  return explanation ? { ...predicted, explanation } : predicted;
}

function explained(
  condition: RouteCondition,
  parent: ParentView,
  around: () => RouteSurroundings | undefined,
): RouteCondition {
  if (!needsExplanation(condition)) return condition;
  const surroundings = around();
  const explanation =
    surroundings && explainCondition(condition, parent, surroundings);
  return explanation ? { ...condition, explanation } : condition;
}

/**
 * Explains the parents of a Gateway API route (HTTPRoute, GRPCRoute, TLSRoute) built from a
 * cluster's cache: every False or Unknown condition, from the route's status or predicted by
 * {@link withPredictedConditions}, gets its `explanation` in plain words with the fix, and each
 * parent that is a Gateway of the cache gets `gatewayProgrammed`. It reads the route's
 * neighbourhood (`routeNeighbourhood`: its Gateways and classes, Services, Namespaces,
 * ReferenceGrants), never the whole cluster, and only when a condition needs explaining or a
 * Gateway has no status; the analysis runs only for the latter. Other kinds are returned as
 * they are.
 */
export function withExplainedParents(
  view: RouteView,
  route: KubernetesObject,
  cache: ClusterCacheReader,
): RouteView {
  if (routeFamily(view.kind) !== 'gateway-api') return view;
  const neighbourhood = once(() =>
    routeNeighbourhood(clusterObjects(cache), route),
  );
  const around = once(() => routeSurroundings(route, neighbourhood()));
  const analysis = once(() =>
    analyzeGatewayApi(...analysisInput(cache, neighbourhood())),
  );
  const parents = view.parents.map((parent): ParentView => {
    const programmed = gatewayProgrammed(
      parent,
      view.namespace,
      cache,
      analysis,
    );
    return {
      ...parent,
      conditions: parent.conditions.map(c => explained(c, parent, around)),
      ...(programmed ? { gatewayProgrammed: programmed } : {}),
    };
  });
  return { ...view, parents };
}
