import type { Entity } from '@backstage/catalog-model';
import type {
  EntityServicesResponse,
  ExposureType,
  IngressClassesResponse,
  ListenersResponse,
} from '@portway/plugin-routing-common';

/** Which listeners to judge: those of one cluster, for a route of `type` from `namespace`. */
export interface ListenersQuery {
  /** The cluster's name; an unknown one is an InputError naming the known clusters. */
  cluster: string;
  /** The namespace the route will live in. */
  namespace: string;
  /** The exposure type, which decides the route kind (HTTPRoute, GRPCRoute). */
  type: ExposureType;
}

/**
 * What the exposure form offers, read from the clusters' caches (no I/O). Every answer lists
 * every cluster's status; a cluster in `error` contributes no options.
 */
export interface ExposureOptionsService {
  /** The entity's Services in every cluster, with their ports, for the Service picker. */
  entityServices(entity: Entity): EntityServicesResponse;
  /** The listeners of one cluster's Gateways, judged for a route of the query's type and namespace. */
  listeners(query: ListenersQuery): ListenersResponse;
  /** The IngressClasses of one cluster; an unknown cluster is an InputError. */
  ingressClasses(cluster: string): IngressClassesResponse;
}
