import {
  gatewayRouteView,
  GatewayRouteLookup,
  KubernetesObject,
  ObjectLookup,
} from '@portway/plugin-routing-common';
import {
  acceptedCondition,
  ControllerVerdict,
  controllerVerdict,
  describeParent,
} from './controllerVerdict';
import type { ClusterCacheReader } from '../../clusters/cache/types';
import type { KindName } from '../../clusters/resourceKinds';
import { splitObjectKey } from '../../clusters/cache/routeReferences';
import { once } from '../../lib/once';

/** What the route views read of one cluster, answered by its cache without copying it. */
export interface ClusterLookups {
  /** Gateway API Gateways by `namespace/name`. */
  gateways: ObjectLookup;
  /** ListenerSets by `namespace/name`, for routes whose parent is one. */
  listenerSets: ObjectLookup;
  /** Istio Gateways by `namespace/name`. */
  istioGateways: ObjectLookup;
  /** Services by `namespace/name`. */
  services: ObjectLookup;
  /** Every IngressClass, read once on first use. */
  ingressClasses(): KubernetesObject[];
  /** Every cert-manager Certificate, read once on first use. */
  certificates(): KubernetesObject[];
  /**
   * Gateway API routes by hostname, live and pending, with what their controllers said of
   * them, for an Ingress's migration state.
   */
  gatewayRoutes: GatewayRouteLookup;
  /** The BackendTLSPolicies whose targetRefs name a Service (`namespace/name`). */
  backendTlsPolicies(serviceKey: string): KubernetesObject[];
}

/**
 * The cluster's BackendTLSPolicies by the Services (`namespace/name`) their targetRefs name,
 * indexed once on first use; a policy targets Services of its own namespace only.
 */
export function backendTlsPolicyLookup(
  cache: Pick<ClusterCacheReader, 'list'>,
): (serviceKey: string) => KubernetesObject[] {
  const byService = once(() => {
    const index = new Map<string, KubernetesObject[]>();
    for (const policy of cache.list('backendTlsPolicy')) {
      const namespace = policy.metadata?.namespace ?? 'default';
      const refs: any[] = Array.isArray(policy.spec?.targetRefs)
        ? policy.spec.targetRefs
        : [];
      const keys = new Set(
        refs
          .filter(ref => (ref?.group ?? '') === '' && ref?.kind === 'Service')
          .map(ref => `${namespace}/${ref.name}`),
      );
      for (const key of keys)
        index.set(key, [...(index.get(key) ?? []), policy]);
    }
    return index;
  });
  return serviceKey => byService().get(serviceKey) ?? [];
}

function lookup(cache: ClusterCacheReader, kind: KindName): ObjectLookup {
  return { get: key => cache.get(kind, ...splitObjectKey(key)) };
}

/** A cluster's Gateways by `namespace/name`, looked up in its cache. */
export function gatewayLookup(cache: ClusterCacheReader): ObjectLookup {
  return lookup(cache, 'gateway');
}

/** `infra/public/https: <why>` for each parent that refused the route, or undefined. */
function refusal({ refusedBy }: ControllerVerdict): string | undefined {
  if (refusedBy.length === 0) return undefined;
  return refusedBy
    .map(parent => {
      const condition = acceptedCondition(parent)!;
      return `${describeParent(parent)}: ${
        condition.message || condition.reason
      }`;
    })
    .join('; ');
}

/**
 * The cluster's Gateway API routes for an Ingress's migration: those of its cache, and the
 * `pending` ones (of GitOps changes not merged yet, see `pendingRoutesOf`), which count as
 * pending and never as accepted. A live route is accepted or refused by its parents'
 * controllers only, as their status says for its current generation.
 */
function gatewayRouteLookup(
  cache: ClusterCacheReader,
  gateways: ObjectLookup,
  pending: KubernetesObject[],
): GatewayRouteLookup {
  const pendingByHostname = new Map<string, KubernetesObject[]>();
  for (const route of pending) {
    for (const hostname of route.spec?.hostnames ?? []) {
      pendingByHostname.set(hostname, [
        ...(pendingByHostname.get(hostname) ?? []),
        route,
      ]);
    }
  }
  const isPending = new Set(pending);
  return {
    forHostname: hostname => [
      ...cache.routesForHostname(hostname),
      ...(pendingByHostname.get(hostname) ?? []),
    ],
    standingOf: route => {
      if (isPending.has(route)) {
        return { summary: 'pending', pending: true, accepted: false };
      }
      const view = gatewayRouteView(route, {
        cluster: cache.name,
        gateways,
        matchedBy: 'label',
      });
      const verdict = controllerVerdict(route, view.parents);
      const refusedBecause = refusal(verdict);
      return {
        summary: view.summary,
        accepted: verdict.accepted,
        ...(refusedBecause ? { refusedBecause } : {}),
      };
    },
  };
}

/**
 * The lookups of one cluster's cache; `pending` are the routes of GitOps changes not merged
 * yet for this cluster, which an Ingress's migration state counts as requested.
 */
export function clusterLookups(
  cache: ClusterCacheReader,
  pending: KubernetesObject[] = [],
): ClusterLookups {
  const gateways = gatewayLookup(cache);
  return {
    gateways,
    listenerSets: lookup(cache, 'listenerSet'),
    istioGateways: lookup(cache, 'istioGateway'),
    services: lookup(cache, 'service'),
    ingressClasses: once(() => cache.list('ingressClass')),
    certificates: once(() => cache.list('certificate')),
    gatewayRoutes: gatewayRouteLookup(cache, gateways, pending),
    backendTlsPolicies: backendTlsPolicyLookup(cache),
  };
}
