import {
  AnalyzedListener,
  carriesCertificates,
  GatewayView,
  KubernetesObject,
  listenerCertificates,
  ListenerSetView,
  ListenerSpec,
  ListenerView,
  RouteCondition,
} from '@portway/plugin-routing-common';
import type { ClusterCacheReader } from '../../clusters/cache/types';
import { allowedRoutesView } from './allowedRoutesView';
import {
  attachmentPrefix,
  gatewayRoutes,
  listenerRoutes,
  RouteOnGateway,
} from './attachedRoutes';
import { analyzeGateway, GatewayAnalysis } from './gatewayAnalysis';
import { ListenerOwnerRef, ownerRef } from './listenerSets';
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

/** A Gateway or ListenerSet with its listeners, as the analysis saw it. */
interface ListenerOwner {
  ref: ListenerOwnerRef;
  /** The Gateway or ListenerSet object, for its listeners' status and certificates. */
  object: KubernetesObject;
  /** Its listeners as the analysis predicts them. */
  predicted: AnalyzedListener[];
}

function listenerView(
  owner: ListenerOwner,
  listener: ListenerSpec,
  routes: RouteOnGateway[],
  analysis: GatewayAnalysis['analysis'],
  certificates: KubernetesObject[],
): ListenerView {
  const status = (owner.object.status?.listeners ?? []).find(
    (candidate: { name?: string }) => candidate?.name === listener.name,
  );
  const predicted = owner.predicted.find(l => l.name === listener.name);
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
              owner.object,
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
    routes: listenerRoutes(
      attachmentPrefix(owner.ref),
      listener,
      routes,
      analysis.attached,
    ),
  };
}

/** The listeners of a Gateway or ListenerSet, in the order of its spec. */
function listenerViews(
  owner: ListenerOwner,
  routes: RouteOnGateway[],
  analysis: GatewayAnalysis['analysis'],
  certificates: KubernetesObject[],
): ListenerView[] {
  const listeners: ListenerSpec[] = owner.object.spec?.listeners ?? [];
  return listeners.map(listener =>
    listenerView(owner, listener, routes, analysis, certificates),
  );
}

/** A ListenerSet of the Gateway and the routes naming it, as `GET /gateways` shows it. */
export interface ListenerSetRoutes {
  listenerSet: KubernetesObject;
  routes: RouteOnGateway[];
}

function listenerSetView(
  { listenerSet, routes }: ListenerSetRoutes,
  analysis: GatewayAnalysis['analysis'],
  certificates: KubernetesObject[],
): ListenerSetView {
  const ref = ownerRef('ListenerSet', listenerSet);
  const predicted = analysis.analysis.listenerSets?.find(
    ls => ls.namespace === ref.namespace && ls.name === ref.name,
  );
  return {
    namespace: ref.namespace,
    name: ref.name,
    ...conditionsOf(
      listenerSet.status?.conditions,
      predicted?.conditions ?? [],
    ),
    listeners: listenerViews(
      { ref, object: listenerSet, predicted: predicted?.listeners ?? [] },
      routes,
      analysis,
      certificates,
    ),
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
  listenerSets: ListenerSetRoutes[] = [],
): GatewayView {
  const { gateway, analysis } = analysed;
  const ref = ownerRef('Gateway', gateway);
  const { namespace, name } = ref;
  const predicted = analysis.analysis.gateways.find(
    g => g.namespace === namespace && g.name === name,
  );
  return {
    cluster,
    namespace,
    name,
    gatewayClassName: gateway.spec?.gatewayClassName ?? '',
    addresses: (gateway.status?.addresses ?? []).map((a: any) => a.value),
    listeners: listenerViews(
      { ref, object: gateway, predicted: predicted?.listeners ?? [] },
      routes,
      analysis,
      certificates,
    ),
    ...conditionsOf(gateway.status?.conditions, predicted?.conditions ?? []),
    conflicts: analysis.analysis.findings.filter(finding =>
      CONFLICT_CODES.includes(finding.code),
    ),
    ...(listenerSets.length > 0
      ? {
          listenerSets: listenerSets.map(listenerSet =>
            listenerSetView(listenerSet, analysis, certificates),
          ),
        }
      : {}),
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
      const listenerSets = analysed.listenerSets.map(listenerSet => ({
        listenerSet,
        routes: gatewayRoutes(
          cache,
          analysed,
          ownerRef('ListenerSet', listenerSet),
        ),
      }));
      for (const { key: routeKey, route } of [
        ...routes,
        ...listenerSets.flatMap(ls => ls.routes),
      ]) {
        ownerships.set(routeKey, routeOwnership(cache, route));
      }
      const namespace = gateway.metadata?.namespace;
      return gatewayView(
        cache.name,
        analysed,
        routes,
        certificates.filter(c => c.metadata?.namespace === namespace),
        listenerSets,
      );
    });
  return { gateways, ownerships };
}
