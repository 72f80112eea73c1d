import type { RouteView } from '@portway/plugin-routing-common';
import { createGraphBuilder } from './graphBuilder';
import { routeParents } from './parentNodes';
import { routeBackend, routeNode } from './routeNodes';
import type { RoutingTopologyGraph } from './types';

/**
 * An entity's routing as a graph, from where traffic enters to where it ends: parent
 * (Gateway, Istio Gateway or `mesh`, IngressClass) -> listener -> route -> backend Service.
 * A route whose parent's listeners are not known hangs from the parent itself. Edges into a
 * route are broken where that parent did not accept it, edges into a Service where it is
 * missing or lacks the port; broken edges carry the reason as label. Nodes shared by several
 * routes (a Gateway, a Service) appear once per cluster.
 */
export function routingTopology(
  routes: RouteView[],
  now: Date,
): RoutingTopologyGraph {
  const graph = createGraphBuilder();
  for (const route of routes) {
    const target = routeNode(route);
    graph.addNode(target);
    for (const { node, listeners, admission } of routeParents(route, now)) {
      graph.addNode(node);
      if (listeners.length === 0) {
        graph.addEdge({ from: node.id, to: target.id, ...admission });
      }
      for (const listener of listeners) {
        graph.addNode(listener);
        graph.addEdge({ from: node.id, to: listener.id, broken: false });
        graph.addEdge({ from: listener.id, to: target.id, ...admission });
      }
    }
    for (const backend of route.backends) {
      const { node, edge } = routeBackend(route, backend);
      graph.addNode(node);
      graph.addEdge({ from: target.id, to: node.id, ...edge });
    }
  }
  return graph.graph();
}
