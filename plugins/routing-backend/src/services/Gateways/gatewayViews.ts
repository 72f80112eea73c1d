import {
  AnalyzedListener,
  carriesCertificates,
  GatewayView,
  KubernetesObject,
  listenerCertificates,
  ListenerSpec,
  ListenerView,
  RouteCondition,
} from '@portway/plugin-routing-common';
import type { ClusterCacheReader } from '../../clusters/cache/types';
import { allowedRoutesView } from './allowedRoutesView';
import {
  gatewayRoutes,
  listenerRoutes,
  RouteOnGateway,
} from './attachedRoutes';
import { analyzeGateway, GatewayAnalysis } from './gatewayAnalysis';
import { RouteOwnership, routeOwnership } from './routeEntities';

/** The finding codes of listener conflicts (listenerConflicts) and route conflicts (routeConflicts). */
const CONFLICT_CODES = ['HostnameConflict', 'ProtocolConflict'];

/** Conditions as written when a controller wrote some; else the analysis', marked so. */
function conditionsOf(
  written: RouteCondition[] | undefined,
  predicted: RouteCondition[],
): Pick<GatewayView, 'conditions' | 'conditionsFrom'> {
  return written && written.length > 0
    ? { conditions: written }
    : { conditions: predicted, conditionsFrom: 'analysis' };
}

function listenerView(
  analysed: GatewayAnalysis,
  listener: ListenerSpec,
  routes: RouteOnGateway[],
  certificates: KubernetesObject[],
): ListenerView {
  const { gateway, analysis } = analysed;
  const gatewayKey = `${gateway.metadata?.namespace ?? 'default'}/${
    gateway.metadata?.name ?? ''
  }`;
  const status = (gateway.status?.listeners ?? []).find(
    (candidate: { name?: string }) => candidate?.name === listener.name,
  );
  const predicted: AnalyzedListener | undefined = analysis.analysis.gateways
    .find(g => `${g.namespace}/${g.name}` === gatewayKey)
    ?.listeners.find(l => l.name === listener.name);
  const conditions = conditionsOf(
    status?.conditions,
    predicted?.conditions ?? [],
  );
  return {
    name: listener.name,
    ...(listener.hostname ? { hostname: listener.hostname } : {}),
    port: listener.port,
    protocol: listener.protocol,
    attachedRoutes: conditions.conditionsFrom
      ? predicted?.attachedRoutes ?? 0
      : status?.attachedRoutes ?? 0,
    ...conditions,
    ...(carriesCertificates(listener.protocol)
      ? {
          tls: {
            mode:
              listener.tls?.mode === 'Passthrough'
                ? 'Passthrough'
                : 'Terminate',
            certificates: listenerCertificates(
              gateway,
              listener.name,
              certificates,
            ),
          },
        }
      : {}),
    allowedRoutes: allowedRoutesView(
      listener.allowedRoutes,
      predicted?.supportedKinds ?? [],
    ),
    routes: listenerRoutes(gatewayKey, listener, routes, analysis.attached),
  };
}

/**
 * The `GET /gateways` view of one analysed Gateway: its listeners (TLS and certificates,
 * allowed routes, the routes naming them) and its conditions, from its status or, without
 * status, the analysis; and the listener and route conflicts the analysis finds on it.
 */
export function gatewayView(
  cluster: string,
  analysed: GatewayAnalysis,
  routes: RouteOnGateway[],
  certificates: KubernetesObject[],
): GatewayView {
  const { gateway, analysis } = analysed;
  const namespace = gateway.metadata?.namespace ?? 'default';
  const name = gateway.metadata?.name ?? '';
  const predicted = analysis.analysis.gateways.find(
    g => g.namespace === namespace && g.name === name,
  );
  const listeners: ListenerSpec[] = gateway.spec?.listeners ?? [];
  return {
    cluster,
    namespace,
    name,
    gatewayClassName: gateway.spec?.gatewayClassName ?? '',
    addresses: (gateway.status?.addresses ?? []).map((a: any) => a.value),
    listeners: listeners.map(listener =>
      listenerView(analysed, listener, routes, certificates),
    ),
    ...conditionsOf(gateway.status?.conditions, predicted?.conditions ?? []),
    conflicts: analysis.analysis.findings.filter(finding =>
      CONFLICT_CODES.includes(finding.code),
    ),
  };
}

/** A cluster's Gateways as `GET /gateways` shows them, and how to find who owns each route listed. */
export interface ClusterGateways {
  /** Every Gateway, by namespace and name; `entityRefs` are left empty. */
  gateways: GatewayView[];
  /** The ownership of each route listed, by `kind/namespace/name`. */
  ownerships: Map<string, RouteOwnership>;
}

/** Every Gateway of a cluster's cache, each analysed with its own routes (see analyzeGateway). */
export function clusterGatewayViews(
  cache: ClusterCacheReader,
): ClusterGateways {
  const certificates = cache.list('certificate');
  const ownerships = new Map<string, RouteOwnership>();
  const key = (o: KubernetesObject) =>
    `${o.metadata?.namespace}/${o.metadata?.name}`;
  const gateways = [...cache.list('gateway')]
    .sort((a, b) => key(a).localeCompare(key(b)))
    .map(gateway => {
      const analysed = analyzeGateway(cache, gateway);
      const routes = gatewayRoutes(cache, analysed);
      for (const { key: routeKey, route } of routes) {
        ownerships.set(routeKey, routeOwnership(cache, route));
      }
      const namespace = gateway.metadata?.namespace;
      return gatewayView(
        cache.name,
        analysed,
        routes,
        certificates.filter(c => c.metadata?.namespace === namespace),
      );
    });
  return { gateways, ownerships };
}
