import { acceptedRouteStatus } from '../backends/benchData';
import type { KubeApi } from '../backends/kubeApi';

/** What the browser part writes into the API server, all in one namespace. */
export const browserData = {
  namespace: 'bench-browser',
  /** The entity with many routes, `component:default/bench-wide`. */
  wideEntity: 'bench-wide',
  /** How many HTTPRoutes the wide entity has. */
  wideRoutes: 200,
  /** The entity whose route the live phase changes, `component:default/bench-live`. */
  liveEntity: 'bench-live',
};

const GATEWAY_API = '/apis/gateway.networking.k8s.io/v1';
const ns = browserData.namespace;
const KUBERNETES_ID = 'backstage.io/kubernetes-id';

/** The hostname of route `index` of the wide entity. */
function wideHostname(index: number): string {
  return `r${index}.wide.bench.example`;
}

/** The live entity's route, the one the live phase changes. */
export const liveRouteName = 'bench-live';

function route(name: string, entity: string, hostnames: string[]) {
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'HTTPRoute',
    metadata: { name, namespace: ns, labels: { [KUBERNETES_ID]: entity } },
    spec: {
      parentRefs: [{ name: 'edge' }],
      hostnames,
      rules: [{ backendRefs: [{ name: entity, port: 8080 }] }],
    },
  };
}

async function createRoute(
  api: KubeApi,
  name: string,
  entity: string,
  hostnames: string[],
) {
  const created = await api.expect(
    'POST',
    `${GATEWAY_API}/namespaces/${ns}/httproutes`,
    route(name, entity, hostnames),
  );
  await api.expect(
    'PATCH',
    `${GATEWAY_API}/namespaces/${ns}/httproutes/${name}/status`,
    acceptedRouteStatus(
      { name: 'edge', namespace: ns },
      created.body.metadata.generation,
    ),
    { contentType: 'application/merge-patch+json' },
  );
}

/** Deletes what an earlier run left (the namespace's objects; namespaces never finish deleting without controllers). */
async function deleteOldRoutes(api: KubeApi) {
  await api.expect(
    'DELETE',
    `${GATEWAY_API}/namespaces/${ns}/httproutes`,
    undefined,
    { allowed: [404] },
  );
}

/** Writes the namespace, a Gateway, one Service per entity, the wide entity's routes and the live one's. */
export async function writeBrowserData(api: KubeApi): Promise<void> {
  await api.expect(
    'POST',
    '/api/v1/namespaces',
    { metadata: { name: ns } },
    { allowed: [409] },
  );
  await deleteOldRoutes(api);
  await api.expect(
    'POST',
    `${GATEWAY_API}/namespaces/${ns}/gateways`,
    {
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'Gateway',
      metadata: { name: 'edge', namespace: ns },
      spec: {
        gatewayClassName: 'bench',
        listeners: [
          {
            name: 'http',
            protocol: 'HTTP',
            port: 80,
            hostname: '*.bench.example',
          },
        ],
      },
    },
    { allowed: [409] },
  );
  for (const entity of [browserData.wideEntity, browserData.liveEntity]) {
    await api.expect(
      'POST',
      `/api/v1/namespaces/${ns}/services`,
      {
        metadata: {
          name: entity,
          namespace: ns,
          labels: { [KUBERNETES_ID]: entity },
        },
        spec: { ports: [{ name: 'http', port: 8080 }] },
      },
      { allowed: [409] },
    );
  }
  for (let index = 0; index < browserData.wideRoutes; index += 1) {
    await createRoute(api, `wide-${index}`, browserData.wideEntity, [
      wideHostname(index),
    ]);
  }
  await createRoute(api, liveRouteName, browserData.liveEntity, [
    'live.bench.example',
  ]);
}

/** Adds `hostname` to the live entity's route, as a team's change would. */
export async function addLiveHostname(api: KubeApi, hostname: string) {
  await api.expect(
    'PATCH',
    `${GATEWAY_API}/namespaces/${ns}/httproutes/${liveRouteName}`,
    { spec: { hostnames: ['live.bench.example', hostname] } },
    { contentType: 'application/merge-patch+json' },
  );
}

/** The catalog entities of the browser part, as a catalog file. */
export function browserCatalog(): object[] {
  return [browserData.wideEntity, browserData.liveEntity].map(name => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, annotations: { [KUBERNETES_ID]: name } },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: 'group:default/team-shop',
    },
  }));
}
