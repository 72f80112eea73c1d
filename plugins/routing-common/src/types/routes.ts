import type { Finding } from './findings';

/** A status condition as Gateway API and Kubernetes write it. */
export interface RouteCondition {
  type: string;
  status: 'True' | 'False' | 'Unknown';
  reason: string;
  message: string;
  lastTransitionTime?: string;
  observedGeneration?: number;
  /**
   * Portway's sentence in plain words for a False (or Unknown) condition, with the fix ("listener https of
   * infra/public accepts routes only from namespaces labelled team=shop; this route is in
   * books: label the namespace or ..."). Never set by a controller.
   */
  explanation?: string;
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

/**
 * Where a TLS listener's certificate stands:
 * - `ready`: cert-manager's Certificate is Ready (see `notAfter`);
 * - `issuing`: cert-manager will issue one, but it is not Ready yet (no Certificate yet, or
 *   Ready Unknown);
 * - `not-ready`: the Certificate's Ready is False (`message` says why);
 * - `will-not-issue`: the Gateway asks cert-manager for certificates, but cert-manager skips
 *   this listener (`message` says why);
 * - `unmanaged`: cert-manager is not asked (no issuer annotation on the Gateway): the Secret is
 *   managed elsewhere and Portway, which never reads Secrets, cannot tell more.
 */
export type CertificateState =
  | 'ready'
  | 'issuing'
  | 'not-ready'
  | 'will-not-issue'
  | 'unmanaged';

/** The certificate behind one `certificateRefs` entry of a TLS listener. */
export interface CertificateView {
  state: CertificateState;
  /** The Secret the listener reads, as `namespace/name`. */
  secret?: string;
  /** The cert-manager Certificate that writes the Secret, as `namespace/name`. */
  certificate?: string;
  /** The issuer the Gateway names for cert-manager. */
  issuer?: { kind: string; name: string; group?: string };
  /** When the certificate expires (the Certificate's status.notAfter), ISO 8601. */
  notAfter?: string;
  /** When cert-manager will renew it (status.renewalTime), ISO 8601. */
  renewalTime?: string;
  /** Why it is not ready or will not be issued, in plain words. */
  message?: string;
}

/** A listener of the parent Gateway that the route attached to. */
export interface ParentListener {
  name: string;
  hostname?: string;
  port: number;
  protocol: string;
  /** For HTTPS and TLS listeners: the certificate of each certificateRef. */
  certificates?: CertificateView[];
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
  /**
   * Why the conditions are Portway's analysis: no controller wrote status for this parent
   * (`no-status`), or its status is for an older generation of the route (`stale-status`).
   * Set exactly when `conditionsFrom` is.
   */
  predictedBecause?: 'no-status' | 'stale-status';
  /**
   * The parent Gateway's own Programmed condition (from its status, or Portway's analysis when
   * no controller wrote one), when the parent is a known Gateway.
   */
  gatewayProgrammed?: RouteCondition;
  /** The controller that wrote the conditions, when status came from the cluster. */
  controllerName?: string;
  /** Listeners of the parent Gateway that this route can attach to, when the Gateway is known. */
  listeners?: ParentListener[];
}

/**
 * Whether a backend exists as the cluster's cache sees it: the Service is there with the port
 * (`found`), there is no such Service (`missing`), or the Service has no such port
 * (`port-not-on-service`). Absent where Portway could not tell (a kind it does not read).
 */
export type BackendState = 'found' | 'missing' | 'port-not-on-service';

/** Where a route sends its traffic. */
export interface BackendView {
  kind: string;
  namespace: string;
  name: string;
  port?: number;
  weight?: number;
  state?: BackendState;
  /** What is wrong with the backend, in plain words; only when `state` is not `found`. */
  message?: string;
}

/** What a VirtualService adds to its route view. */
export interface VirtualServiceDetails {
  /** `spec.hosts`, as written. */
  hosts: string[];
  /** `spec.gateways`, as written; `mesh` (the sidecars) when the field is absent. */
  gateways: string[];
  /** Each http route's matches in words: `gRPC shop.cart.v1.Cart/AddItem`, `prefix /api`. */
  matches: string[];
}

/** A Gateway API route serving a host of an Ingress, as the Ingress's migration reads it. */
export interface MigrationRouteRef {
  kind: string;
  namespace: string;
  name: string;
  summary: RouteSummary;
  /** True for a route of a GitOps change not merged yet (a pending route). */
  pending?: boolean;
  /** Accepted by every parent, by the controller's own status (a prediction does not count). */
  accepted: boolean;
  /** Why a parent refused it, in words, when one did. */
  refusedBecause?: string;
}

/** One path of an Ingress host and the route rule that serves the same requests, if any. */
export interface IngressPathMigration {
  /** The Ingress pathType and path, as written. */
  pathType: string;
  path: string;
  /** `HTTPRoute namespace/name` of an accepted, live route whose match takes this path. */
  coveredBy?: string;
}

/** One host of an Ingress, and the Gateway API routes that already serve it. */
export interface IngressHostMigration {
  hostname: string;
  /** HTTPRoutes and GRPCRoutes in the same cluster (live or pending) listing this hostname. */
  servedBy: MigrationRouteRef[];
  /** Each path of the Ingress for this host, and whether a live accepted route covers it. */
  paths: IngressPathMigration[];
}

/**
 * How far an Ingress's move to the Gateway API has come:
 * - `not-started`: no route serves any of its hosts, live or pending;
 * - `requested`: routes for it are in a GitOps change not merged yet, or live without a verdict yet;
 * - `partial`: some hosts or paths are served by accepted routes, not all;
 * - `refused`: a route for one of its hosts was refused by its Gateway (`message` says why);
 * - `complete`: every host and path is served by a live route its Gateway Accepted: safe to remove.
 */
export type IngressMigrationState =
  | 'not-started'
  | 'requested'
  | 'partial'
  | 'refused'
  | 'complete';

/** What an Ingress adds to its route view. */
export interface IngressDetails {
  /** The IngressClass it names (spec.ingressClassName or the legacy annotation), or the default's. */
  className?: string;
  /** `spec.tls`, as written. */
  tls: Array<{ hosts: string[]; secretName?: string }>;
  /** The load balancer addresses in its status (IPs or hostnames); empty until a controller sets one. */
  addresses: string[];
  /** How far its move to the Gateway API has come. */
  migration: {
    state: IngressMigrationState;
    /** True only when `complete`: every host and path is served by an accepted, live route. */
    safeToRemove: boolean;
    /** The state in one sentence: what is missing, or why a route was refused. */
    message: string;
    hosts: IngressHostMigration[];
  };
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
  /** Only on VirtualServices. */
  virtualService?: VirtualServiceDetails;
  /** Only on Ingresses. */
  ingress?: IngressDetails;
}

/** How the Routing tab groups route kinds. */
export type RouteFamily = 'gateway-api' | 'mesh' | 'ingress';

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

/** A route attached to (or refused by) a listener, as the gateways page lists it. */
export interface AttachedRouteView {
  kind: RouteKind;
  namespace: string;
  name: string;
  hostnames: string[];
  summary: RouteSummary;
  /** Whether this listener accepted the route; false with the reason when it refused it. */
  accepted: boolean;
  reason?: string;
  /**
   * For a refused route, the refusal in plain words: Portway's explanation (with the fix) when
   * it has one, else the message of the condition that refused it.
   */
  message?: string;
  /** The catalog entities the route belongs to, as entity refs (`component:default/storefront`). */
  entityRefs: string[];
}

/** Which routes a listener accepts (`spec.listeners[].allowedRoutes`), defaults applied. */
export interface AllowedRoutesView {
  /** `Same` (the Gateway's namespace), `All`, or `Selector`. */
  namespaces: 'Same' | 'All' | 'Selector';
  /** The namespace selector in kubectl's words (`team=shop,env in (prod)`), for `Selector`. */
  selector?: string;
  /** The route kinds it accepts, e.g. `HTTPRoute`. */
  kinds: string[];
}

/** A Gateway listener as `GET /gateways` shows it. */
export interface ListenerView {
  name: string;
  hostname?: string;
  port: number;
  protocol: string;
  attachedRoutes: number;
  conditions: RouteCondition[];
  /** `analysis` when no controller has written the listener's status and Portway predicted it. */
  conditionsFrom?: 'analysis';
  /** For HTTPS and TLS listeners: `Terminate` or `Passthrough`, and the certificate of each ref. */
  tls?: { mode: 'Terminate' | 'Passthrough'; certificates: CertificateView[] };
  allowedRoutes: AllowedRoutesView;
  /** The routes that name this listener (or its Gateway) as parent, accepted or not. */
  routes: AttachedRouteView[];
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
  /** `analysis` when no controller has written the Gateway's status and Portway predicted it. */
  conditionsFrom?: 'analysis';
  /** Listener and route conflicts on this Gateway (the analysis's findings), in plain words. */
  conflicts: Finding[];
}

/** The answer of `GET /gateways`. */
export interface GatewaysResponse {
  gateways: GatewayView[];
  clusters: ClusterStatus[];
}
