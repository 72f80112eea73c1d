import {
  analyzeGatewayApiAttachments,
  AttachmentAnalysis,
  backendServiceKeys,
  isRouteKind,
  KubernetesObject,
} from '@portway/plugin-routing-common';
import type { ClusterCacheReader } from '../../clusters/cache/types';
import { splitObjectKey } from '../../clusters/cache/routeReferences';
import { kindNameOf } from '../../clusters/resourceKinds';
import { analysisInput } from '../../clusters/analysisInput';
import { gatewayListenerSets, routesOnListenerSets } from './listenerSets';

/** A Gateway, the routes that name it as parent, and what the analysis says of them. */
export interface GatewayAnalysis {
  gateway: KubernetesObject;
  /** Routes of every Gateway API kind with a parentRef to the Gateway or one of its ListenerSets, accepted or not. */
  routes: KubernetesObject[];
  /** The ListenerSets naming the Gateway as parent, accepted or not. */
  listenerSets: KubernetesObject[];
  /** Every object the analysis read: the Gateway's neighbourhood, to explain its routes' conditions. */
  objects: KubernetesObject[];
  analysis: AttachmentAnalysis;
}

function present<T>(values: Array<T | undefined>): T[] {
  return values.filter((value): value is T => value !== undefined);
}

/** The cached Services a route sends traffic to. */
export function backendServices(
  cache: Pick<ClusterCacheReader, 'get'>,
  route: KubernetesObject,
): KubernetesObject[] {
  const kind = kindNameOf(route);
  if (!kind || !isRouteKind(kind)) return [];
  return present(
    backendServiceKeys(kind, route).map(key =>
      cache.get('service', ...splitObjectKey(key)),
    ),
  );
}

/**
 * Analyses one Gateway with only what its status depends on: its class, the ListenerSets that
 * name it, the routes that name it or them, their backend Services, and every Namespace and
 * ReferenceGrant. The Gateway is the only one in the input, so every conflict the analysis finds is on its listeners, and the cost is
 * its routes', not the cluster's.
 */
export function analyzeGateway(
  cache: Pick<ClusterCacheReader, 'get' | 'list' | 'routesOnGateway' | 'syncs'>,
  gateway: KubernetesObject,
): GatewayAnalysis {
  const namespace = gateway.metadata?.namespace ?? 'default';
  const listenerSets = gatewayListenerSets(cache, gateway);
  const routes = [
    ...new Set([
      ...cache.routesOnGateway(
        'gateway',
        namespace,
        gateway.metadata?.name ?? '',
      ),
      ...routesOnListenerSets(cache, listenerSets),
    ]),
  ];
  const services = routes.flatMap(route => backendServices(cache, route));
  const gatewayClass = cache.get(
    'gatewayClass',
    '',
    gateway.spec?.gatewayClassName ?? '',
  );
  const objects = [
    ...cache.list('namespace'),
    ...cache.list('referenceGrant'),
    ...present([gatewayClass]),
    gateway,
    ...listenerSets,
    ...new Set(services),
    ...routes,
  ];
  return {
    gateway,
    routes,
    listenerSets,
    objects,
    analysis: analyzeGatewayApiAttachments(...analysisInput(cache, objects)),
  };
}
