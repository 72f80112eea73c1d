import {
  gatewayRouteView,
  KubernetesObject,
  objectKey,
  RouteView,
} from '@portway/plugin-routing-common';
import type { ClusterObjects } from './readCluster';
import type { EntitySelector } from './entitySelector';

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

/**
 * The routes of one cluster that belong to an entity: those labelled for it, and those whose
 * backendRefs point at one of its Services even when the route itself carries no label.
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
  return objects.routes.flatMap(route => {
    let matchedBy: RouteView['matchedBy'] | undefined;
    if (selector.matches(route)) matchedBy = 'label';
    else if (backendServiceKeys(route).some(key => serviceKeys.has(key)))
      matchedBy = 'backend';
    return matchedBy
      ? [gatewayRouteView(route, { cluster, gateways, matchedBy })]
      : [];
  });
}
