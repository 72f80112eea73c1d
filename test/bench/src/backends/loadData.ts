import type { KubeApi } from './kubeApi';
import { runPool } from './kubeApi';
import {
  acceptedRouteStatus,
  benchNamespaces,
  dataShape,
  entityNamespace,
  gateway,
  httpRoute,
  service,
} from './benchData';

const IN_FLIGHT = 32;
const GATEWAY_API = '/apis/gateway.networking.k8s.io/v1';

/** What was loaded and how long it took. */
export interface LoadSummary {
  namespaces: number;
  gateways: number;
  services: number;
  httpRoutes: number;
  requests: number;
  seconds: number;
}

/** The path of an HTTPRoute (or, with `/status`, its status subresource). */
export function httpRoutePath(namespace: string, name: string): string {
  return `${GATEWAY_API}/namespaces/${namespace}/httproutes/${name}`;
}

/** Deletes the bench's namespaces (and so everything in them); missing ones are fine. */
export async function deleteBenchData(api: KubeApi): Promise<void> {
  await runPool(benchNamespaces(), 4, async namespace => {
    await api.expect('DELETE', `/api/v1/namespaces/${namespace}`, undefined, {
      allowed: [404],
    });
  });
}

/**
 * Loads namespaces, shared Gateways, one Service per entity and its HTTPRoutes, each route's
 * status written through `/status` as a Gateway controller would, ~32 requests in flight.
 */
export async function loadData(
  api: KubeApi,
  progress: (message: string) => void,
): Promise<LoadSummary> {
  const start = Date.now();
  let requests = 0;
  const call: KubeApi['expect'] = (...args) => {
    requests += 1;
    return api.expect(...args);
  };
  await deleteBenchData(api);
  const namespaces = benchNamespaces();
  await runPool(namespaces, IN_FLIGHT, async name => {
    await call('POST', '/api/v1/namespaces', {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name },
    });
  });
  await runPool(
    Array.from({ length: dataShape.gateways }, (_, i) => gateway(i)),
    IN_FLIGHT,
    async gw => {
      await call(
        'POST',
        `${GATEWAY_API}/namespaces/${dataShape.infraNamespace}/gateways`,
        gw,
      );
    },
  );
  const entities = Array.from({ length: dataShape.entities }, (_, i) => i);
  await runPool(entities, IN_FLIGHT, async index => {
    await call(
      'POST',
      `/api/v1/namespaces/${entityNamespace(index)}/services`,
      service(index),
    );
  });
  progress(`  ${entities.length} Services in ${Date.now() - start} ms`);
  const routes = entities.flatMap(index =>
    Array.from({ length: dataShape.routesPerEntity }, (_, r) =>
      httpRoute(index, r),
    ),
  );
  await runPool(routes, IN_FLIGHT, async (route, i) => {
    const { namespace, name } = route.metadata;
    const created = await call(
      'POST',
      `${GATEWAY_API}/namespaces/${namespace}/httproutes`,
      route,
    );
    await call(
      'PATCH',
      `${httpRoutePath(namespace, name)}/status`,
      acceptedRouteStatus(
        route.spec.parentRefs[0],
        created.body.metadata.generation,
      ),
      { contentType: 'application/merge-patch+json' },
    );
    if ((i + 1) % 2000 === 0) {
      progress(
        `  ${i + 1}/${routes.length} HTTPRoutes with status in ${
          Date.now() - start
        } ms`,
      );
    }
  });
  return {
    namespaces: namespaces.length,
    gateways: dataShape.gateways,
    services: entities.length,
    httpRoutes: routes.length,
    requests,
    seconds: Math.round((Date.now() - start) / 100) / 10,
  };
}
