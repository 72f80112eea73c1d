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
  IngressMigrationPreview,
  IngressMigrationRequest,
  IngressRemovalPreview,
  IngressRemovalRequest,
  ListenersResponse,
  RenderResult,
  VirtualServiceConversionPreview,
  VirtualServiceConversionRequest,
} from '@portway/plugin-routing-common';
import type { ListenersQuery, RoutingApi } from './types';

/** The backend plugin id; the backend mounts its router at /api/routing. */
const PLUGIN_ID = 'routing';

/** How many conditional answers the client keeps, the most recently asked. */
const KEPT_ANSWERS = 50;

/** `/entities/{namespace}/{kind}/{name}`, each part a path segment of its own. */
function entityPath(entityRef: CompoundEntityRef): string {
  const { namespace, kind, name } = entityRef;
  const segments = [namespace, kind, name].map(encodeURIComponent);
  return `/entities/${segments.join('/')}`;
}

/**
 * Talks to the Portway routing backend over HTTP. The routes and gateways answers are asked
 * for conditionally: with the ETag of the last answer for the same URL, so that a
 * `304 Not Modified` returns that very answer (the same object, which React need not render
 * again).
 *
 * @public
 */
export class RoutingClient implements RoutingApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;
  private readonly answers = new Map<string, { etag: string; body: unknown }>();

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  /** {@inheritDoc RoutingApi.getEntityRoutes} */
  async getEntityRoutes(
    entityRef: CompoundEntityRef,
  ): Promise<EntityRoutesResponse> {
    return this.conditionalRequest(`${entityPath(entityRef)}/routes`);
  }

  /** {@inheritDoc RoutingApi.getGateways} */
  async getGateways(): Promise<GatewaysResponse> {
    return this.conditionalRequest('/gateways');
  }

  /** {@inheritDoc RoutingApi.getEntityServices} */
  async getEntityServices(
    entityRef: CompoundEntityRef,
  ): Promise<EntityServicesResponse> {
    return this.request(`${entityPath(entityRef)}/services`);
  }

  /** {@inheritDoc RoutingApi.getListeners} */
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

  /** {@inheritDoc RoutingApi.getIngressClasses} */
  async getIngressClasses(
    entityRef: CompoundEntityRef,
    query: { cluster: string },
  ): Promise<IngressClassesResponse> {
    const search = new URLSearchParams({ cluster: query.cluster });
    return this.request(`${entityPath(entityRef)}/ingress-classes?${search}`);
  }

  /** {@inheritDoc RoutingApi.preflight} */
  async preflight(request: ExposureRequestInput): Promise<RenderResult> {
    return this.post('/exposure/preflight', request);
  }

  /** {@inheritDoc RoutingApi.previewIngressMigration} */
  async previewIngressMigration(
    request: IngressMigrationRequest,
  ): Promise<IngressMigrationPreview> {
    return this.post('/ingress-migrations/preflight', request);
  }

  /** {@inheritDoc RoutingApi.previewVirtualServiceConversion} */
  async previewVirtualServiceConversion(
    request: VirtualServiceConversionRequest,
  ): Promise<VirtualServiceConversionPreview> {
    return this.post('/virtual-service-conversions/preflight', request);
  }

  /** {@inheritDoc RoutingApi.previewIngressRemoval} */
  async previewIngressRemoval(
    request: IngressRemovalRequest,
  ): Promise<IngressRemovalPreview> {
    return this.post('/ingress-removals/preflight', request);
  }

  /** {@inheritDoc RoutingApi.listExposureRequests} */
  async listExposureRequests(
    entityRef: CompoundEntityRef,
  ): Promise<ExposureRequestsResponse> {
    const search = new URLSearchParams({
      entityRef: stringifyEntityRef(entityRef),
    });
    return this.request(`/exposure/requests?${search}`);
  }

  /** {@inheritDoc RoutingApi.withdrawExposureRequest} */
  async withdrawExposureRequest(
    id: string,
  ): Promise<{ request: ExposureRequestRecord }> {
    return this.request(`/exposure/requests/${encodeURIComponent(id)}`, {
      method: 'DELETE',
    });
  }

  /** A GET that sends the last answer's ETag and, on 304, returns that answer. */
  private async conditionalRequest<T>(path: string): Promise<T> {
    const url = `${await this.discoveryApi.getBaseUrl(PLUGIN_ID)}${path}`;
    const kept = this.answers.get(url);
    // The ETag is ours to send; the browser's cache would only keep a second copy.
    const response = await this.fetchApi.fetch(url, {
      cache: 'no-store',
      ...(kept ? { headers: { 'if-none-match': kept.etag } } : {}),
    });
    if (response.status === 304 && kept) {
      this.keep(url, kept.etag, kept.body);
      return kept.body as T;
    }
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    const body = (await response.json()) as T;
    this.keep(url, response.headers.get('etag'), body);
    return body;
  }

  /** Keeps an answer under its ETag, as the most recently asked; forgets the oldest beyond the bound. */
  private keep(url: string, etag: string | null, body: unknown): void {
    this.answers.delete(url);
    if (!etag) return;
    this.answers.set(url, { etag, body });
    for (const oldest of this.answers.keys()) {
      if (this.answers.size <= KEPT_ANSWERS) break;
      this.answers.delete(oldest);
    }
  }

  /** A POST of a JSON body. */
  private async post<T>(path: string, body: unknown): Promise<T> {
    return this.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
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
