import type { KubernetesObject } from './objects';
import { asArray, namespaceOf } from './objectFields';
import { ingressServiceBackends } from '../ingress/backends';
import { normalizeParentRef, refersToGateway } from '../gatewayApi/parentRefs';
import { resolveGatewayRef } from '../istio/gatewayRefs';
import { refersToListenerSet } from '../semantics/listenerSetParents';
import { virtualServiceDestinations } from '../istio/destinations';
import { resolveIstioHost } from '../istio/hosts';
import type { ClusterKindName } from '../preflight/types';

/**
 * The kinds that route traffic to Services, whichever API they come from.
 *
 * @public
 */
export const routeKindNames = [
  'httpRoute',
  'grpcRoute',
  'tlsRoute',
  'tcpRoute',
  'udpRoute',
  'virtualService',
  'ingress',
] as const satisfies readonly ClusterKindName[];

/**
 * A route kind's name.
 *
 * @public
 */
export type RouteKindName = (typeof routeKindNames)[number];

/**
 * Whether a kind is one of the route kinds.
 *
 * @public
 */
export function isRouteKind(kind: ClusterKindName): kind is RouteKindName {
  return (routeKindNames as readonly ClusterKindName[]).includes(kind);
}

/**
 * The Services a route sends traffic to, as `namespace/name`.
 *
 * @public
 */
export function backendServiceKeys(
  kind: RouteKindName,
  route: KubernetesObject,
): string[] {
  const namespace = namespaceOf(route);
  switch (kind) {
    case 'virtualService':
      return virtualServiceDestinations(route).flatMap(({ destination }) => {
        const service =
          typeof destination.host === 'string' && destination.host
            ? resolveIstioHost(destination.host, namespace).service
            : undefined;
        return service ? [`${service.namespace}/${service.name}`] : [];
      });
    case 'ingress':
      return ingressServiceBackends(route).flatMap(({ service }) =>
        service.name ? [`${namespace}/${service.name}`] : [],
      );
    default:
      return asArray(route.spec?.rules)
        .flatMap(rule => asArray(rule?.backendRefs))
        .filter(
          ref =>
            (ref?.group ?? '') === '' && (ref?.kind ?? 'Service') === 'Service',
        )
        .map(ref => `${ref.namespace ?? namespace}/${ref.name}`);
  }
}

/**
 * The Gateways a route attaches to, as `gateway/namespace/name` for Gateway API Gateways,
 * `listenerSet/namespace/name` for ListenerSets and `istioGateway/namespace/name` for Istio
 * Gateways (never `mesh`). Ingresses have none.
 *
 * @public
 */
export function parentGatewayKeys(
  kind: RouteKindName,
  route: KubernetesObject,
): string[] {
  const namespace = namespaceOf(route);
  switch (kind) {
    case 'virtualService':
      return asArray(route.spec?.gateways).flatMap((ref: string) => {
        const key = resolveGatewayRef(ref, namespace);
        return key ? [`istioGateway/${key}`] : [];
      });
    case 'ingress':
      return [];
    default:
      return asArray(route.spec?.parentRefs)
        .map(ref => normalizeParentRef(ref, namespace))
        .flatMap(ref => {
          if (refersToGateway(ref))
            return [`gateway/${ref.namespace}/${ref.name}`];
          if (refersToListenerSet(ref))
            return [`listenerSet/${ref.namespace}/${ref.name}`];
          return [];
        });
  }
}

/**
 * The hostnames a route serves, as written: `spec.hostnames`, VirtualService `hosts`, Ingress rule hosts.
 *
 * @public
 */
export function routeHostnames(
  kind: RouteKindName,
  route: KubernetesObject,
): string[] {
  switch (kind) {
    case 'virtualService':
      return asArray(route.spec?.hosts);
    case 'ingress':
      return asArray(route.spec?.rules).flatMap(rule =>
        rule?.host ? [rule.host] : [],
      );
    default:
      return asArray(route.spec?.hostnames);
  }
}
