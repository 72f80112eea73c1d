import type {
  BackendView,
  RouteSummary,
  RouteView,
} from '@portway/plugin-routing-common';
import { nodeId } from './graphBuilder';
import type { TopologyEdgeData, TopologyHealth, TopologyNode } from './types';

const summaryHealth: Record<RouteSummary, TopologyHealth> = {
  ready: 'ok',
  degraded: 'warning',
  failed: 'error',
  pending: 'pending',
  unknown: 'neutral',
};

/**
 * The route's own node: its kind (a mesh route marked experimental, as everywhere it shows)
 * and cluster, `namespace/name`, and its one-word health.
 */
export function routeNode(route: RouteView): TopologyNode {
  const kind = route.meshRoute
    ? `${route.kind} (mesh, experimental)`
    : route.kind;
  return {
    id: nodeId('route', route.cluster, route.kind, route.namespace, route.name),
    layer: 'route',
    caption: `${kind} · ${route.cluster}`,
    title: `${route.namespace}/${route.name}`,
    detail: route.summary,
    health: summaryHealth[route.summary] ?? 'neutral',
  };
}

/** One backend of a route as the topology draws it: its node and the edge into it. */
export interface TopologyBackend {
  node: TopologyNode;
  edge: TopologyEdgeData & { label?: string };
}

function brokenBecause(backend: BackendView): string | undefined {
  switch (backend.state) {
    case 'missing':
      return `${backend.kind} not found`;
    case 'port-not-on-service':
      return `no port ${backend.port} on ${backend.kind}`;
    default:
      return undefined;
  }
}

function backendHealth(
  backend: BackendView,
  broken: string | undefined,
): TopologyHealth {
  if (broken) return 'error';
  return backend.state === 'found' ? 'ok' : 'neutral';
}

/**
 * A backend's node (`namespace/name:port` in the route's cluster) and the route's edge into
 * it, broken when the Service is missing or has no such port.
 */
export function routeBackend(
  route: RouteView,
  backend: BackendView,
): TopologyBackend {
  const port = backend.port !== undefined ? `:${backend.port}` : '';
  const broken = brokenBecause(backend);
  return {
    node: {
      id: nodeId(
        'backend',
        route.cluster,
        backend.kind,
        backend.namespace,
        backend.name,
        backend.port ?? '',
      ),
      layer: 'backend',
      caption: backend.kind,
      title: `${backend.namespace}/${backend.name}${port}`,
      detail: broken,
      health: backendHealth(backend, broken),
    },
    edge: broken
      ? { broken: true, label: broken, why: backend.message || undefined }
      : { broken: false },
  };
}
