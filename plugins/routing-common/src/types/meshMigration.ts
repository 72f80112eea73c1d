import type { IngressMigrationPreview } from './ingressMigration';

/**
 * A request to convert some of an entity's mesh VirtualServices (bound to `mesh`) to Gateway API
 * mesh routes (GAMMA, experimental in Portway): `POST /virtual-service-conversions/preflight`,
 * the routes going to the entity's GitOps folders as a pull request. The VirtualServices stay.
 *
 * @public
 */
export interface VirtualServiceConversionRequest {
  /** The catalog entity the VirtualServices belong to, as an entity ref. */
  entityRef: string;
  /** Only this cluster's VirtualServices; every cluster's when unset. */
  cluster?: string;
  /** Only this namespace's VirtualServices; every namespace's when unset. */
  namespace?: string;
  /** Only these of the entity's VirtualServices (metadata.name); every one when unset or empty. */
  virtualServices?: string[];
}

/**
 * A VirtualService a conversion reads.
 *
 * @public
 */
export interface ConvertedVirtualService {
  /** The cluster it was read from. */
  cluster: string;
  /** Its namespace, the one its mesh routes live in. */
  namespace: string;
  /** Its metadata.name. */
  name: string;
  /** `spec.hosts`, as written. */
  hosts: string[];
}

/**
 * What a conversion would add, checked against the live clusters and the GitOps folders. The
 * shape of an Ingress migration's preview (so one opener and one review serve both): `objects`
 * are the mesh routes, each note names its VirtualService (`VirtualService shop/name`).
 *
 * @public
 */
export interface VirtualServiceConversionPreview
  extends IngressMigrationPreview {
  /** The mesh VirtualServices converted, in the order of the report. */
  virtualServices: ConvertedVirtualService[];
}
