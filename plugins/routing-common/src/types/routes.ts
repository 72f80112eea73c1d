/** A status condition as Gateway API and Kubernetes write it. */
export interface RouteCondition {
  type: string;
  status: 'True' | 'False' | 'Unknown';
  reason: string;
  message: string;
  lastTransitionTime?: string;
  observedGeneration?: number;
}

/** The kinds of object that make a Service reachable. */
export type RouteKind =
  | 'HTTPRoute'
  | 'GRPCRoute'
  | 'TLSRoute'
  | 'VirtualService'
  | 'Ingress';

/** One-word health of a route, derived from its parents' conditions. */
export type RouteSummary =
  | 'ready'
  | 'degraded'
  | 'failed'
  | 'pending'
  | 'unknown';

/** A reference to a route's parent (a Gateway, or a listener of one). */
export interface ParentReference {
  group?: string;
  kind?: string;
  namespace?: string;
  name: string;
  sectionName?: string;
  port?: number;
}

/** A listener of the parent Gateway that the route attached to. */
export interface ParentListener {
  name: string;
  hostname?: string;
  port: number;
  protocol: string;
}

/** A route's view of one of its parents: the reference and what the controller said of it. */
export interface ParentView {
  ref: ParentReference;
  /** The conditions for this parent: Accepted, ResolvedRefs, ... */
  conditions: RouteCondition[];
  /**
   * `analysis` when no controller has (re)reconciled this parent (no status, or status for an
   * older generation) and the conditions are what Portway's Gateway API analysis predicts.
   * Absent when they come from the route's status.
   */
  conditionsFrom?: 'analysis';
  /** The controller that wrote the conditions, when status came from the cluster. */
  controllerName?: string;
  /** Listeners of the parent Gateway that this route can attach to, when the Gateway is known. */
  listeners?: ParentListener[];
}

/** Where a route sends its traffic. */
export interface BackendView {
  kind: string;
  namespace: string;
  name: string;
  port?: number;
  weight?: number;
}

/** One route (or VirtualService, or Ingress) as the Routing tab shows it. */
export interface RouteView {
  cluster: string;
  kind: RouteKind;
  namespace: string;
  name: string;
  hostnames: string[];
  /** Effective URLs: hostname, scheme from the listener, path from the matches. */
  urls: string[];
  parents: ParentView[];
  backends: BackendView[];
  summary: RouteSummary;
  /**
   * Why the entity sees this route: it carries the entity's label, it points at one of the
   * entity's Services, or it was requested for the entity and waits for review in GitOps.
   */
  matchedBy: 'label' | 'backend' | 'request';
  creationTimestamp?: string;
  /** Where a requested route waits for review; only on routes matched by `request`. */
  pendingChange?: PendingChangeRef;
}

/** A change in the GitOps repository that is not merged yet. */
export interface PendingChangeRef {
  /** The branch holding the change. */
  branchName: string;
  /** Its head commit. */
  commitSha: string;
  /** When the head commit was made, ISO 8601. */
  createdAt: string;
}

/** A kind Portway cannot (yet) read in a cluster, and why. */
export interface ClusterKindStatus {
  /** The kind, e.g. `VirtualService`. */
  kind: string;
  /** Its API group; `` for the core group. */
  group: string;
  /** The apiVersion it is read at, once discovery found one. */
  apiVersion?: string;
  state: 'syncing' | 'not-installed' | 'forbidden' | 'failing';
  message?: string;
}

/**
 * How fresh one cluster's part of an answer is:
 * - `ok`: every kind the cluster serves is cached and kept fresh by a watch;
 * - `syncing`: some kinds are still being listed for the first time;
 * - `stale`: reading fails; the last good data is served, `lastSyncedAt` says from when;
 * - `error`: the cluster could not be read at all, so it adds nothing to the answer.
 */
export interface ClusterStatus {
  name: string;
  state: 'ok' | 'error' | 'stale' | 'syncing';
  /** What is wrong or missing, e.g. `Istio is not installed in cluster prod-eu`. */
  message?: string;
  /** When the oldest part of the served data was last known to match the cluster, ISO 8601. */
  lastSyncedAt?: string;
  /** The kinds that are not synced; absent when every kind is. */
  kinds?: ClusterKindStatus[];
}

/** The answer of `GET /entities/{namespace}/{kind}/{name}/routes`. */
export interface EntityRoutesResponse {
  routes: RouteView[];
  clusters: ClusterStatus[];
}

/** A Gateway listener as `GET /gateways` shows it. */
export interface ListenerView {
  name: string;
  hostname?: string;
  port: number;
  protocol: string;
  attachedRoutes: number;
  conditions: RouteCondition[];
}

/** A Gateway as `GET /gateways` shows it. */
export interface GatewayView {
  cluster: string;
  namespace: string;
  name: string;
  gatewayClassName: string;
  addresses: string[];
  listeners: ListenerView[];
  conditions: RouteCondition[];
}

/** The answer of `GET /gateways`. */
export interface GatewaysResponse {
  gateways: GatewayView[];
  clusters: ClusterStatus[];
}
