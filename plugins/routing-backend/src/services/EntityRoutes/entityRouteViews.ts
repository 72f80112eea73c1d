import {
  Analysis,
  analyzeGatewayApi,
  gatewayRouteView,
  KubernetesObject,
  objectKey,
  RouteView,
} from '@portway/plugin-routing-common';
import type { ClusterObjects } from './readCluster';
import type { EntitySelector } from './entitySelector';
import { withPredictedConditions } from './predictedConditions';

function backendServiceKeys(route: KubernetesObject): string[] {
  const namespace = route.metadata?.namespace ?? 'default';
  return (route.spec?.rules ?? [])
    .flatMap((rule: any) => rule.backendRefs ?? [])
    .filter(
      (ref: any) =>
        (ref.group ?? '') === '' && (ref.kind ?? 'Service') === 'Service',
    )
    .map((ref: any) => `${ref.namespace ?? namespace}/${ref.name}`);
}

/** Every object of the cluster that the Gateway API analysis reads. */
function analyzeCluster(objects: ClusterObjects): Analysis {
  return analyzeGatewayApi([
    ...objects.namespaces,
    ...objects.services,
    ...objects.referenceGrants,
    ...objects.gateways,
    ...objects.routes,
  ]);
}

/**
 * The routes of one cluster that belong to an entity: those labelled for it, and those whose
 * backendRefs point at one of its Services even when the route itself carries no label.
 * Parents without fresh status get the conditions the Gateway API analysis predicts.
 */
export function entityRouteViews(
  cluster: string,
  objects: ClusterObjects,
  selector: EntitySelector,
): RouteView[] {
  const serviceKeys = new Set(
    objects.services.filter(s => selector.matches(s)).map(objectKey),
  );
  const gateways = new Map(
    objects.gateways.map(gateway => [objectKey(gateway), gateway]),
  );
  let analysis: Analysis | undefined;
  return objects.routes.flatMap(route => {
    let matchedBy: RouteView['matchedBy'] | undefined;
    if (selector.matches(route)) matchedBy = 'label';
    else if (backendServiceKeys(route).some(key => serviceKeys.has(key)))
      matchedBy = 'backend';
    if (!matchedBy) return [];
    const view = gatewayRouteView(route, { cluster, gateways, matchedBy });
    return [
      withPredictedConditions(
        view,
        route,
        () => (analysis ??= analyzeCluster(objects)),
      ),
    ];
  });
}
