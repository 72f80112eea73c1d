import type { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import type { CompoundEntityRef } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import type {
  EntityRoutesResponse,
  GatewaysResponse,
} from '@portway/plugin-routing-common';
import type { RoutingApi } from './types';

/** The backend plugin id; the backend mounts its router at /api/routing. */
const PLUGIN_ID = 'routing';

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
    const { namespace, kind, name } = entityRef;
    const path = [namespace, kind, name].map(encodeURIComponent).join('/');
    return this.get<EntityRoutesResponse>(`/entities/${path}/routes`);
  }

  async getGateways(): Promise<GatewaysResponse> {
    return this.get<GatewaysResponse>('/gateways');
  }

  private async get<T>(path: string): Promise<T> {
    const baseUrl = await this.discoveryApi.getBaseUrl(PLUGIN_ID);
    const response = await this.fetchApi.fetch(`${baseUrl}${path}`);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }
}
