import { createApiRef } from '@backstage/core-plugin-api';
import type { CompoundEntityRef } from '@backstage/catalog-model';
import type {
  EntityRoutesResponse,
  EntityServicesResponse,
  ExposureRequestInput,
  ExposureRequestRecord,
  ExposureRequestsResponse,
  ExposureType,
  GatewaysResponse,
  IngressClassesResponse,
  IngressMigrationPreview,
  IngressMigrationRequest,
  IngressRemovalPreview,
  IngressRemovalRequest,
  ListenersResponse,
  RenderResult,
  VirtualServiceConversionPreview,
  VirtualServiceConversionRequest,
} from '@portway/plugin-routing-common';

/**
 * Which listeners to list: those a route of `type` from the Service's `namespace` in
 * `cluster` could attach to.
 *
 * @public
 */
export interface ListenersQuery {
  /** The cluster whose Gateways to list. */
  cluster: string;
  /** The namespace the route will live in (the Service's). */
  namespace: string;
  /** The exposure type of the route, which decides the listener protocols that fit. */
  type: ExposureType;
}

/**
 * The Portway routing backend, as the frontend sees it.
 *
 * @public
 */
export interface RoutingApi {
  /**
   * Every route that makes the entity reachable, across all clusters, with
   * the state of each cluster so that one broken cluster does not hide the others.
   */
  getEntityRoutes(entityRef: CompoundEntityRef): Promise<EntityRoutesResponse>;

  /** Every Gateway in every cluster, with its listeners. */
  getGateways(): Promise<GatewaysResponse>;

  /** The entity's Services in every cluster, with their ports. */
  getEntityServices(
    entityRef: CompoundEntityRef,
  ): Promise<EntityServicesResponse>;

  /** The Gateway listeners of one cluster, each judged for a route of the query's type. */
  getListeners(
    entityRef: CompoundEntityRef,
    query: ListenersQuery,
  ): Promise<ListenersResponse>;

  /** The IngressClasses of one cluster. */
  getIngressClasses(
    entityRef: CompoundEntityRef,
    query: { cluster: string },
  ): Promise<IngressClassesResponse>;

  /**
   * Checks an exposure request against the live clusters, the entity's ownership and the
   * GitOps folder: its findings, and the files the change would commit.
   */
  preflight(request: ExposureRequestInput): Promise<RenderResult>;

  /**
   * Converts some of the entity's Ingresses to Gateway API routes on the chosen listener and
   * checks them against the live cluster, as the migration change would add them: the
   * objects, every note, the files and the report.
   */
  previewIngressMigration(
    request: IngressMigrationRequest,
  ): Promise<IngressMigrationPreview>;

  /**
   * Converts some of the entity's mesh VirtualServices to Gateway API mesh routes
   * (experimental) as the conversion change would add them: the routes, every note, the files
   * and the report.
   */
  previewVirtualServiceConversion(
    request: VirtualServiceConversionRequest,
  ): Promise<VirtualServiceConversionPreview>;

  /**
   * Checks that Ingresses can go (their routes live and Accepted) and which files their
   * removal change would delete, with its report.
   */
  previewIngressRemoval(
    request: IngressRemovalRequest,
  ): Promise<IngressRemovalPreview>;

  /** The entity's recorded exposure requests, newest first, each with its state and change. */
  listExposureRequests(
    entityRef: CompoundEntityRef,
  ): Promise<ExposureRequestsResponse>;

  /**
   * Withdraws an exposure request: it is closed and its hostnames are released. Refused (403)
   * without `routing.exposure.create` on its entity.
   */
  withdrawExposureRequest(
    id: string,
  ): Promise<{ request: ExposureRequestRecord }>;
}

/**
 * The reference to the {@link RoutingApi}.
 *
 * @public
 */
export const routingApiRef = createApiRef<RoutingApi>({
  id: 'plugin.routing.service',
});
