import type {
  RoutingTopologyGraph,
  TopologyEdge,
  TopologyHealth,
  TopologyNode,
} from './types';

const severity: Record<TopologyHealth, number> = {
  neutral: 0,
  ok: 1,
  pending: 2,
  warning: 3,
  error: 4,
};

/** The worse of two healths: an error anywhere makes the node an error. */
export function worseHealth(
  a: TopologyHealth,
  b: TopologyHealth,
): TopologyHealth {
  return severity[b] > severity[a] ? b : a;
}

/**
 * A node id from its parts, unambiguous whatever the names hold. Callers put the cluster
 * first after the layer, so that equal names in two clusters never make one node.
 */
export function nodeId(...parts: Array<string | number>): string {
  return JSON.stringify(parts);
}

/** Collects the graph's nodes and edges, each once, however many routes share them. */
export interface GraphBuilder {
  /** Adds a node, or makes an existing one as unhealthy as the worse of the two. */
  addNode(node: TopologyNode): void;
  /** Adds an edge once per pair of nodes; a broken edge replaces a sound one. */
  addEdge(edge: TopologyEdge): void;
  /** The nodes and edges, in the order they were first added. */
  graph(): RoutingTopologyGraph;
}

/** A fresh {@link GraphBuilder}. */
export function createGraphBuilder(): GraphBuilder {
  const nodes = new Map<string, TopologyNode>();
  const edges = new Map<string, TopologyEdge>();
  return {
    addNode(node) {
      const known = nodes.get(node.id);
      nodes.set(
        node.id,
        known
          ? { ...known, health: worseHealth(known.health, node.health) }
          : node,
      );
    },
    addEdge(edge) {
      const key = JSON.stringify([edge.from, edge.to]);
      const known = edges.get(key);
      if (!known || (edge.broken && !known.broken)) {
        edges.set(key, edge);
      }
    },
    graph() {
      return { nodes: [...nodes.values()], edges: [...edges.values()] };
    },
  };
}
