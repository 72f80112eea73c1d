import type { IngressDetails } from './ingressRoutes';

export type {
  IngressDetails,
  IngressHostMigration,
  IngressMigrationState,
  IngressPathMigration,
  MigrationRouteRef,
} from './ingressRoutes';
import type { MeshRouteDetails } from './meshRoutes';
/**
 * A status condition as Gateway API and Kubernetes write it.
 *
 * @public
 */
export interface RouteCondition {
  /** The condition type, e.g. `Accepted`, `ResolvedRefs`, `Programmed`. */
  type: string;
  /** Whether the condition holds, as Kubernetes conditions write it. */
  status: 'True' | 'False' | 'Unknown';
  /** The machine-readable reason in CamelCase, e.g. `NotAllowedByListeners`. */
  reason: string;
  /** The controller's (or Portway's predicted) human-readable message. */
  message: string;
  /** When the status last changed, ISO 8601; absent on predicted conditions. */
  lastTransitionTime?: string;
  /** The object generation the condition was written for; older than the object's generation means stale. */
  observedGeneration?: number;
  /**
   * Portway's sentence in plain words for a False (or Unknown) condition, with the fix ("listener https of
   * infra/public accepts routes only from namespaces labelled team=shop; this route is in
   * books: label the namespace or ..."). Never set by a controller.
   */
  explanation?: string;
}

/**
 * The kinds of object that make a Service reachable.
 *
 * @public
 */
export type RouteKind =
  | 'HTTPRoute'
  | 'GRPCRoute'
  | 'TLSRoute'
  | 'TCPRoute'
  | 'UDPRoute'
  | 'VirtualService'
  | 'Ingress';

/**
 * One-word health of a route, derived from its parents' conditions.
 *
 * @public
 */
export type RouteSummary =
  | 'ready'
  | 'degraded'
  | 'failed'
  | 'pending'
  | 'unknown';

/**
 * A reference to a route's parent (a Gateway, or a listener of one).
 *
 * @public
 */
export interface ParentReference {
  /** The parent's API group; `gateway.networking.k8s.io` when absent. */
  group?: string;
  /** The parent's kind; `Gateway` when absent. */
  kind?: string;
  /** The parent's namespace; the route's own namespace when absent. */
  namespace?: string;
  /** The parent Gateway's (or Service's, for mesh routes) name. */
  name: string;
  /** The listener name to attach to; every listener of the Gateway when absent. */
  sectionName?: string;
  /** The listener port to attach to; any port when absent. */
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
 *
 * @public
 */
export type CertificateState =
  | 'ready'
  | 'issuing'
  | 'not-ready'
  | 'will-not-issue'
  | 'unmanaged';

/**
 * The certificate behind one `certificateRefs` entry of a TLS listener.
 *
 * @public
 */
export interface CertificateView {
  /** How far the certificate is from serving: see `CertificateState`. */
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

/**
 * A listener of the parent Gateway that the route attached to.
 *
 * @public
 */
export interface ParentListener {
  /** The listener's name, the value a parentRef's `sectionName` selects it by. */
  name: string;
  /** The listener's hostname (may be a wildcard); any hostname when absent. */
  hostname?: string;
  /** The port the Gateway listens on for this listener. */
  port: number;
  /** The listener protocol: `HTTP`, `HTTPS`, `TLS`, `TCP` or `UDP`. */
  protocol: string;
  /** For HTTPS and TLS listeners: the certificate of each certificateRef. */
  certificates?: CertificateView[];
}

/**
 * A route's view of one of its parents: the reference and what the controller said of it.
 *
 * @public
 */
export interface ParentView {
  /** The parentRef as the route wrote it. */
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
 *
 * @public
 */
export type BackendState = 'found' | 'missing' | 'port-not-on-service';

/**
 * Where a route sends its traffic.
 *
 * @public
 */
export interface BackendView {
  /** The backend's kind, `Service` unless the route names another. */
  kind: string;
  /** The backend's namespace; the route's namespace when the reference gives none. */
  namespace: string;
  /** The backend object's name. */
  name: string;
  /** The Service port the route sends to, when it names one. */
  port?: number;
  /** The share of traffic the backend receives, relative to the rule's other backends. */
  weight?: number;
  /** Whether the backend resolves; absent when the Services were not looked up or the backend is no Service. */
  state?: BackendState;
  /** What is wrong with the backend, in plain words; only when `state` is not `found`. */
  message?: string;
  /** The BackendTLSPolicy that governs the route's connections to this backend, when one does. */
  tls?: BackendTlsView;
}

/**
 * The BackendTLSPolicy that applies to a backend (on its Service, or on its port by name), and
 * what it says under the route's Gateway.
 *
 * @public
 */
export interface BackendTlsView {
  /** The policy's namespace (the backend Service's). */
  namespace: string;
  /** The policy's name. */
  name: string;
  /** The SNI sent to the backend and the name its certificate must carry (spec.validation.hostname). */
  hostname?: string;
  /** Names of the ConfigMaps holding the CA bundle (spec.validation.caCertificateRefs). */
  caConfigMaps: string[];
  /** spec.validation.wellKnownCACertificates, e.g. `System`, when the policy uses it instead of ConfigMaps. */
  wellKnownCACertificates?: string;
  /** The Gateway the conditions are under, as `namespace/name`; absent when the route has no Gateway parent. */
  gateway?: string;
  /** The policy's Accepted and ResolvedRefs conditions under that Gateway; empty when none are known. */
  conditions: RouteCondition[];
  /** `analysis` when no controller wrote them and they are what Portway's analysis predicts. */
  conditionsFrom?: 'analysis';
}

/**
 * What a VirtualService adds to its route view.
 *
 * @public
 */
export interface VirtualServiceDetails {
  /** `spec.hosts`, as written. */
  hosts: string[];
  /** `spec.gateways`, as written; `mesh` (the sidecars) when the field is absent. */
  gateways: string[];
  /** Each http route's matches in words: `gRPC shop.cart.v1.Cart/AddItem`, `prefix /api`. */
  matches: string[];
}

/**
 * One route (or VirtualService, or Ingress) as the Routing tab shows it.
 *
 * @public
 */
export interface RouteView {
  /** The name of the cluster the route was read from (or is requested for). */
  cluster: string;
  /** The kind of the route object. */
  kind: RouteKind;
  /** The route's namespace in its cluster. */
  namespace: string;
  /** The route object's metadata.name. */
  name: string;
  /** The hostnames the route lists, as written (`spec.hostnames`, `spec.hosts` or the Ingress rules' hosts). */
  hostnames: string[];
  /** Effective URLs: hostname, scheme from the listener, path from the matches. */
  urls: string[];
  /** One entry per parent (Gateway, mesh or IngressClass), with its conditions. */
  parents: ParentView[];
  /** The Services the route sends traffic to, and whether each resolves. */
  backends: BackendView[];
  /** The route's overall standing, summarized over its parents. */
  summary: RouteSummary;
  /**
   * Why the entity sees this route: it carries the entity's label, it points at one of the
   * entity's Services, or it was requested for the entity and waits for review in GitOps.
   */
  matchedBy: 'label' | 'backend' | 'request';
  /** When the route object was created, ISO 8601, when the object says. */
  creationTimestamp?: string;
  /** Where a requested route waits for review; only on routes matched by `request`. */
  pendingChange?: PendingChangeRef;
  /** Only on VirtualServices. */
  virtualService?: VirtualServiceDetails;
  /** Only on mesh routes: HTTPRoutes and GRPCRoutes with a Service parent (GAMMA, experimental). */
  meshRoute?: MeshRouteDetails;
  /** Only on Ingresses. */
  ingress?: IngressDetails;
}

/**
 * How the Routing tab groups route kinds.
 *
 * @public
 */
export type RouteFamily = 'gateway-api' | 'mesh' | 'ingress';

/**
 * A change in the GitOps repository that is not merged yet.
 *
 * @public
 */
export interface PendingChangeRef {
  /** The branch holding the change. */
  branchName: string;
  /** Its head commit. */
  commitSha: string;
  /** When the head commit was made, ISO 8601. */
  createdAt: string;
}

/**
 * A kind Portway cannot (yet) read in a cluster, and why.
 *
 * @public
 */
export interface ClusterKindStatus {
  /** The kind, e.g. `VirtualService`. */
  kind: string;
  /** Its API group; the empty string for the core group. */
  group: string;
  /** The apiVersion it is read at, once discovery found one. */
  apiVersion?: string;
  /** Why the kind is not synced: still listing, CRD missing, access denied, or reads failing. */
  state: 'syncing' | 'not-installed' | 'forbidden' | 'failing';
  /** What is wrong with the kind, in plain words. */
  message?: string;
}

/**
 * How fresh one cluster's part of an answer is:
 * - `ok`: every kind the cluster serves is cached and kept fresh by a watch;
 * - `syncing`: some kinds are still being listed for the first time;
 * - `stale`: reading fails; the last good data is served, `lastSyncedAt` says from when;
 * - `error`: the cluster could not be read at all, so it adds nothing to the answer.
 *
 * @public
 */
export interface ClusterStatus {
  /** The cluster's name as configured in Portway's Kubernetes clusters. */
  name: string;
  /** Whether the served data is current: `ok`, `stale` (last known), `syncing` (first sync) or `error`. */
  state: 'ok' | 'error' | 'stale' | 'syncing';
  /** What is wrong or missing, e.g. `Istio is not installed in cluster prod-eu`. */
  message?: string;
  /** When the oldest part of the served data was last known to match the cluster, ISO 8601. */
  lastSyncedAt?: string;
  /** The kinds that are not synced; absent when every kind is. */
  kinds?: ClusterKindStatus[];
}

/**
 * The answer of `GET /entities/{namespace}/{kind}/{name}/routes`.
 *
 * @public
 */
export interface EntityRoutesResponse {
  /** The entity's routes in every cluster, live and requested. */
  routes: RouteView[];
  /** The status of every cluster the answer was read from. */
  clusters: ClusterStatus[];
}
