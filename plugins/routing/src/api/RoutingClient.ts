import type { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import {
  stringifyEntityRef,
  type CompoundEntityRef,
} from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import type {
  EntityRoutesResponse,
  EntityServicesResponse,
  ExposureRequestInput,
  ExposureRequestRecord,
  ExposureRequestsResponse,
  GatewaysResponse,
  IngressClassesResponse,
  ListenersResponse,
  RenderResult,
} from '@portway/plugin-routing-common';
import type { ListenersQuery, RoutingApi } from './types';

/** The backend plugin id; the backend mounts its router at /api/routing. */
const PLUGIN_ID = 'routing';

/** `/entities/{namespace}/{kind}/{name}`, each part a path segment of its own. */
function entityPath(entityRef: CompoundEntityRef): string {
  const { namespace, kind, name } = entityRef;
  const segments = [namespace, kind, name].map(encodeURIComponent);
  return `/entities/${segments.join('/')}`;
}

/**
 * Talks to the Portway routing backend over HTTP.
 *
 * @public
 */
export class RoutingClient implements RoutingApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  async getEntityRoutes(
    entityRef: CompoundEntityRef,
  ): Promise<EntityRoutesResponse> {
    return this.request(`${entityPath(entityRef)}/routes`);
  }

  async getGateways(): Promise<GatewaysResponse> {
    return this.request('/gateways');
  }

  async getEntityServices(
    entityRef: CompoundEntityRef,
  ): Promise<EntityServicesResponse> {
    return this.request(`${entityPath(entityRef)}/services`);
  }

  async getListeners(
    entityRef: CompoundEntityRef,
    query: ListenersQuery,
  ): Promise<ListenersResponse> {
    const search = new URLSearchParams({
      cluster: query.cluster,
      namespace: query.namespace,
      type: query.type,
    });
    return this.request(`${entityPath(entityRef)}/listeners?${search}`);
  }

  async getIngressClasses(
    entityRef: CompoundEntityRef,
    query: { cluster: string },
  ): Promise<IngressClassesResponse> {
    const search = new URLSearchParams({ cluster: query.cluster });
    return this.request(`${entityPath(entityRef)}/ingress-classes?${search}`);
  }

  async preflight(request: ExposureRequestInput): Promise<RenderResult> {
    return this.request('/exposure/preflight', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
    });
  }

  async listExposureRequests(
    entityRef: CompoundEntityRef,
  ): Promise<ExposureRequestsResponse> {
    const search = new URLSearchParams({
      entityRef: stringifyEntityRef(entityRef),
    });
    return this.request(`/exposure/requests?${search}`);
  }

  async withdrawExposureRequest(
    id: string,
  ): Promise<{ request: ExposureRequestRecord }> {
    return this.request(`/exposure/requests/${encodeURIComponent(id)}`, {
      method: 'DELETE',
    });
  }

  private async request<T>(path: string, init?: RequestInit): Promise<T> {
    const baseUrl = await this.discoveryApi.getBaseUrl(PLUGIN_ID);
    const url = `${baseUrl}${path}`;
    const response = await this.fetchApi.fetch(url, init);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }
}
