import {
  gatewayRouteView,
  GatewayRouteLookup,
  KubernetesObject,
  ObjectLookup,
} from '@portway/plugin-routing-common';
import type { ClusterCacheReader } from '../../clusters/cache/types';
import type { KindName } from '../../clusters/resourceKinds';
import { splitObjectKey } from '../../clusters/cache/routeReferences';
import { once } from '../../lib/once';

/** What the route views read of one cluster, answered by its cache without copying it. */
export interface ClusterLookups {
  /** Gateway API Gateways by `namespace/name`. */
  gateways: ObjectLookup;
  /** Istio Gateways by `namespace/name`. */
  istioGateways: ObjectLookup;
  /** Services by `namespace/name`. */
  services: ObjectLookup;
  /** The cluster's namespace names, read once on first use. */
  namespaces(): ReadonlySet<string>;
  /** Every IngressClass, read once on first use. */
  ingressClasses(): KubernetesObject[];
  /** Every cert-manager Certificate, read once on first use. */
  certificates(): KubernetesObject[];
  /** Gateway API routes by hostname, with their summary, for an Ingress's migration state. */
  gatewayRoutes: GatewayRouteLookup;
}

function lookup(cache: ClusterCacheReader, kind: KindName): ObjectLookup {
  return { get: key => cache.get(kind, ...splitObjectKey(key)) };
}

/** A cluster's Gateways by `namespace/name`, looked up in its cache. */
export function gatewayLookup(cache: ClusterCacheReader): ObjectLookup {
  return lookup(cache, 'gateway');
}

/** The lookups of one cluster's cache. */
export function clusterLookups(cache: ClusterCacheReader): ClusterLookups {
  const gateways = gatewayLookup(cache);
  return {
    gateways,
    istioGateways: lookup(cache, 'istioGateway'),
    services: lookup(cache, 'service'),
    namespaces: once(
      () =>
        new Set(
          cache
            .list('namespace')
            .map(namespace => namespace.metadata?.name ?? ''),
        ),
    ),
    ingressClasses: once(() => cache.list('ingressClass')),
    certificates: once(() => cache.list('certificate')),
    gatewayRoutes: {
      forHostname: hostname => cache.routesForHostname(hostname),
      summaryOf: route =>
        gatewayRouteView(route, {
          cluster: cache.name,
          gateways,
          matchedBy: 'label',
        }).summary,
    },
  };
}
