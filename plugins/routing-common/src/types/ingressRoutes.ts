import type { RouteSummary } from './routes';

/**
 * A Gateway API route serving a host of an Ingress, as the Ingress's migration reads it.
 *
 * @public
 */
export interface MigrationRouteRef {
  /** The route kind: `HTTPRoute` or `GRPCRoute`. */
  kind: string;
  /** The namespace of the route in the Ingress's cluster. */
  namespace: string;
  /** The route's name in its namespace. */
  name: string;
  /** The route's overall standing across its parents. */
  summary: RouteSummary;
  /** True for a route of a GitOps change not merged yet (a pending route). */
  pending?: boolean;
  /** Accepted by every parent, by the controller's own status (a prediction does not count). */
  accepted: boolean;
  /** Why a parent refused it, in words, when one did. */
  refusedBecause?: string;
}

/**
 * One path of an Ingress host and the route rule that serves the same requests, if any.
 *
 * @public
 */
export interface IngressPathMigration {
  /** The Ingress pathType and path, as written. */
  pathType: string;
  /** The path value of the Ingress rule, e.g. `/api`. */
  path: string;
  /** `HTTPRoute namespace/name` of an accepted, live route whose match takes this path. */
  coveredBy?: string;
}

/**
 * One host of an Ingress, and the Gateway API routes that already serve it.
 *
 * @public
 */
export interface IngressHostMigration {
  /** The host of the Ingress rules this entry covers. */
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
 *
 * @public
 */
export type IngressMigrationState =
  | 'not-started'
  | 'requested'
  | 'partial'
  | 'refused'
  | 'complete';

/**
 * What an Ingress adds to its route view.
 *
 * @public
 */
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
