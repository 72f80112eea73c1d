/**
 * How a node of the topology is doing, one colour each: `ok` (accepted, programmed, found),
 * `warning` (partly working), `error` (refused, missing, not ready), `pending` (waiting for a
 * controller or cert-manager) and `neutral` (nothing known to judge by).
 */
export type TopologyHealth = 'ok' | 'warning' | 'error' | 'pending' | 'neutral';

/** The column a node sits in, from where traffic enters to where it ends. */
export type TopologyLayer = 'parent' | 'listener' | 'route' | 'backend';

/** What one node of the routing topology shows. */
export interface TopologyNodeData {
  layer: TopologyLayer;
  /** The small line above the title: the kind, and the cluster for parents and routes. */
  caption: string;
  /** `namespace/name`, a listener's name, or a Service's `namespace/name:port`. */
  title: string;
  /** A line below the title: protocol and port, the route's health, what is wrong. */
  detail?: string;
  health: TopologyHealth;
}

/** What one edge of the routing topology shows. */
export interface TopologyEdgeData {
  /** True when traffic cannot pass here: the parent refused the route, or the backend is not there. */
  broken: boolean;
  /** Why it is broken, in plain words (the explanation, else the controller's message). */
  why?: string;
}

/** A node of the routing topology, as `DependencyGraph` takes it. */
export type TopologyNode = TopologyNodeData & { id: string };

/** An edge of the routing topology, as `DependencyGraph` takes it; `label` is set on broken edges. */
export type TopologyEdge = TopologyEdgeData & {
  from: string;
  to: string;
  label?: string;
};

/** The nodes and edges that draw an entity's routing. */
export interface RoutingTopologyGraph {
  nodes: TopologyNode[];
  edges: TopologyEdge[];
}
