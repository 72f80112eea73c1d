/**
 * The value of RoutingServicePicker, the form's `target`: one port of one Service.
 *
 * @public
 */
export interface ServiceTarget {
  /** The cluster's name, as configured for the Kubernetes plugin. */
  cluster: string;
  /** The Service's namespace. */
  namespace: string;
  /** The Service's name. */
  name: string;
  /** The Service port (`spec.ports[].port`), not the container port. */
  port: number;
}

/**
 * The value of RoutingListenerPicker, the form's `gateway`: a Gateway and its listener.
 *
 * @public
 */
export interface GatewayListenerValue {
  /** The Gateway's namespace. */
  namespace: string;
  /** The Gateway's name. */
  name: string;
  /** The listener's name, the route's `parentRefs[].sectionName`. */
  sectionName: string;
}

/**
 * The value of RoutingExposureReview, the form's `review`: what the last preflight found.
 * Only a summary; its validation runs the preflight again before the form goes on.
 *
 * @public
 */
export interface ExposureReviewValue {
  /** False until a preflight without error findings has answered. */
  ok: boolean;
  /** How many error findings the last preflight reported. */
  errors: number;
  /** How many warning findings the last preflight reported. */
  warnings: number;
}

/**
 * The value of RoutingIngressMigrationPicker, the form's `ingress`: Ingresses of one cluster
 * and namespace, by name.
 *
 * @public
 */
export interface IngressSelection {
  /** The cluster's name, as configured for the Kubernetes plugin. */
  cluster: string;
  /** The Ingresses' namespace. */
  namespace: string;
  /** The Ingresses' names, in `namespace`. */
  names: string[];
}

/**
 * What a migration template's step is for, the `ui:options.purpose` of its Ingress fields:
 * `migration` (the default) adds Gateway API routes for the Ingresses; `removal` deletes
 * Ingresses whose routes are live and Accepted.
 *
 * @public
 */
export type IngressChangePurpose = 'migration' | 'removal';

/**
 * The value of RoutingVirtualServicePicker, the form's `virtualService`: mesh VirtualServices
 * of one cluster and namespace, by name.
 *
 * @public
 */
export interface VirtualServiceSelection {
  /** The cluster's name, as configured for the Kubernetes plugin. */
  cluster: string;
  /** The VirtualServices' namespace. */
  namespace: string;
  /** The VirtualServices' names, in `namespace`. */
  names: string[];
}
