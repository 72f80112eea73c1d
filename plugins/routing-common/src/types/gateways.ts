import type { Finding } from './findings';
import type {
  CertificateView,
  ClusterStatus,
  RouteCondition,
  RouteKind,
  RouteSummary,
} from './routes';

/**
 * A route attached to (or refused by) a listener, as the gateways page lists it.
 *
 * @public
 */
export interface AttachedRouteView {
  /** The kind of the route naming the listener. */
  kind: RouteKind;
  /** The route's namespace, which `allowedRoutes` is checked against. */
  namespace: string;
  /** The route object's metadata.name. */
  name: string;
  /** The hostnames the route lists, as written. */
  hostnames: string[];
  /** The route's overall standing across all its parents. */
  summary: RouteSummary;
  /** Whether this listener accepted the route; false with the reason when it refused it. */
  accepted: boolean;
  /** The Gateway API reason of a refusal, e.g. `NotAllowedByListeners`. */
  reason?: string;
  /**
   * For a refused route, the refusal in plain words: Portway's explanation (with the fix) when
   * it has one, else the message of the condition that refused it.
   */
  message?: string;
  /** The catalog entities the route belongs to, as entity refs (`component:default/storefront`). */
  entityRefs: string[];
}

/**
 * Which routes a listener accepts (`spec.listeners[].allowedRoutes`), defaults applied.
 *
 * @public
 */
export interface AllowedRoutesView {
  /** `Same` (the Gateway's namespace), `All`, or `Selector`. */
  namespaces: 'Same' | 'All' | 'Selector';
  /** The namespace selector in kubectl's words (`team=shop,env in (prod)`), for `Selector`. */
  selector?: string;
  /** The route kinds it accepts, e.g. `HTTPRoute`. */
  kinds: string[];
}

/**
 * A Gateway listener as `GET /gateways` shows it.
 *
 * @public
 */
export interface ListenerView {
  /** The listener's name, the value routes select it by in `sectionName`. */
  name: string;
  /** The listener's hostname (may be a wildcard); any hostname when absent. */
  hostname?: string;
  /** The port the Gateway listens on for this listener. */
  port: number;
  /** The listener protocol: `HTTP`, `HTTPS`, `TLS`, `TCP` or `UDP`. */
  protocol: string;
  /** The number of routes attached, as the status reports it (or as predicted). */
  attachedRoutes: number;
  /** The listener's Accepted, Programmed, ResolvedRefs and Conflicted conditions. */
  conditions: RouteCondition[];
  /** `analysis` when no controller has written the listener's status and Portway predicted it. */
  conditionsFrom?: 'analysis';
  /** For HTTPS and TLS listeners: `Terminate` or `Passthrough`, and the certificate of each ref. */
  tls?: { mode: 'Terminate' | 'Passthrough'; certificates: CertificateView[] };
  /** Which namespaces and route kinds may attach. */
  allowedRoutes: AllowedRoutesView;
  /** The routes that name this listener (or its Gateway) as parent, accepted or not. */
  routes: AttachedRouteView[];
}

/**
 * A ListenerSet (gateway.networking.k8s.io/v1) that adds listeners to a Gateway, as
 * `GET /gateways` shows it under the Gateway its `spec.parentRef` names.
 *
 * @public
 */
export interface ListenerSetView {
  /** The ListenerSet's namespace, which `Same` in its listeners' allowedRoutes means. */
  namespace: string;
  /** The ListenerSet object's metadata.name. */
  name: string;
  /** Its Accepted and Programmed conditions: whether the Gateway's allowedListeners took it. */
  conditions: RouteCondition[];
  /** `analysis` when no controller has written the ListenerSet's status and Portway predicted it. */
  conditionsFrom?: 'analysis';
  /** Its listeners, in the order of its spec, with the routes that name them. */
  listeners: ListenerView[];
}

/**
 * A Gateway as `GET /gateways` shows it.
 *
 * @public
 */
export interface GatewayView {
  /** The name of the cluster the Gateway was read from. */
  cluster: string;
  /** The Gateway's namespace in its cluster. */
  namespace: string;
  /** The Gateway object's metadata.name. */
  name: string;
  /** The GatewayClass that implements the Gateway (`spec.gatewayClassName`). */
  gatewayClassName: string;
  /** The addresses in the Gateway's status; empty until the controller assigns one. */
  addresses: string[];
  /** The Gateway's listeners, in the order of its spec. */
  listeners: ListenerView[];
  /** The Gateway's Accepted and Programmed conditions. */
  conditions: RouteCondition[];
  /** `analysis` when no controller has written the Gateway's status and Portway predicted it. */
  conditionsFrom?: 'analysis';
  /** Listener and route conflicts on this Gateway (the analysis's findings), in plain words. */
  conflicts: Finding[];
  /** The ListenerSets naming this Gateway as parent, accepted or not; absent when none does. */
  listenerSets?: ListenerSetView[];
}

/**
 * The answer of `GET /gateways`.
 *
 * @public
 */
export interface GatewaysResponse {
  /** The Gateways of every cluster read. */
  gateways: GatewayView[];
  /** The status of every cluster the answer was read from. */
  clusters: ClusterStatus[];
}
