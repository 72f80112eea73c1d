import {
  CoreV1Api,
  CustomObjectsApi,
  PatchStrategy,
  setHeaderOptions,
} from '@kubernetes/client-node';

/** Where the Gateway API kinds are served. */
export const GATEWAY_API = {
  group: 'gateway.networking.k8s.io',
  version: 'v1',
} as const;

/** The objects that make an entity reachable, all in one namespace of one cluster. */
export interface EntityObjects {
  /** The namespace, created by `writeEntityObjects`. */
  namespace: string;
  /** The `backstage.io/kubernetes-id` of the entity and the label value on its Service. */
  kubernetesId: string;
}

/**
 * Creates `namespace` with the entity's Service (labelled `backstage.io/kubernetes-id`) and a
 * Gateway `public` whose listener takes HTTPRoutes from every namespace. Routes come separately.
 */
export async function writeEntityObjects(
  api: { core: CoreV1Api; custom: CustomObjectsApi },
  { namespace, kubernetesId }: EntityObjects,
): Promise<void> {
  await api.core.createNamespace({ body: { metadata: { name: namespace } } });
  await api.core.createNamespacedService({
    namespace,
    body: {
      metadata: {
        name: 'web',
        labels: { 'backstage.io/kubernetes-id': kubernetesId },
      },
      spec: { ports: [{ port: 8080 }] },
    },
  });
  await api.custom.createNamespacedCustomObject({
    ...GATEWAY_API,
    namespace,
    plural: 'gateways',
    body: {
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'Gateway',
      metadata: { name: 'public', namespace },
      spec: {
        gatewayClassName: 'example',
        listeners: [
          {
            name: 'http',
            protocol: 'HTTP',
            port: 80,
            allowedRoutes: { namespaces: { from: 'All' } },
          },
        ],
      },
    },
  });
}

/**
 * An HTTPRoute on the Gateway `public` sending `hostnames` to the Service `web`; the entity
 * finds it through that Service (`matchedBy: 'backend'`).
 */
export function httpRoute(
  namespace: string,
  name: string,
  hostnames: string[],
) {
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'HTTPRoute',
    metadata: { name, namespace },
    spec: {
      parentRefs: [{ name: 'public', namespace, sectionName: 'http' }],
      hostnames,
      rules: [{ backendRefs: [{ name: 'web', port: 8080 }] }],
    },
  };
}

/** Creates `httpRoute(namespace, name, hostnames)`. */
export async function createHttpRoute(
  custom: CustomObjectsApi,
  namespace: string,
  name: string,
  hostnames: string[],
): Promise<void> {
  await custom.createNamespacedCustomObject({
    ...GATEWAY_API,
    namespace,
    plural: 'httproutes',
    body: httpRoute(namespace, name, hostnames),
  });
}

/** Replaces the hostnames of an HTTPRoute with a JSON merge patch. */
export async function setHttpRouteHostnames(
  custom: CustomObjectsApi,
  namespace: string,
  name: string,
  hostnames: string[],
): Promise<void> {
  await custom.patchNamespacedCustomObject(
    {
      ...GATEWAY_API,
      namespace,
      plural: 'httproutes',
      name,
      body: { spec: { hostnames } },
    },
    setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
  );
}

/** Deletes an HTTPRoute. */
export async function deleteHttpRoute(
  custom: CustomObjectsApi,
  namespace: string,
  name: string,
): Promise<void> {
  await custom.deleteNamespacedCustomObject({
    ...GATEWAY_API,
    namespace,
    plural: 'httproutes',
    name,
  });
}
