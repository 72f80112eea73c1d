/** How much data the comparison loads into the API server. */
export const dataShape = {
  entities: 2000,
  routesPerEntity: 5,
  namespaces: 20,
  gateways: 4,
  infraNamespace: 'bench-infra',
} as const;

/** The label (and entity annotation) that ties objects to an entity. */
export const KUBERNETES_ID = 'backstage.io/kubernetes-id';

/** The controller that "wrote" the routes' status. */
export const CONTROLLER_NAME = 'bench.portway.dev/gateway-controller';

/** `svc-0042` for 42. */
export function entityName(index: number): string {
  return `svc-${String(index).padStart(4, '0')}`;
}

/** The namespace of an entity's Service and routes. */
export function entityNamespace(index: number): string {
  return `bench-${String(index % dataShape.namespaces).padStart(2, '0')}`;
}

/** Every namespace the bench creates, the infra one first. */
export function benchNamespaces(): string[] {
  return [
    dataShape.infraNamespace,
    ...Array.from({ length: dataShape.namespaces }, (_, n) =>
      entityNamespace(n),
    ),
  ];
}

/** A catalog entity, as much of it as the bench needs. */
export interface BenchEntity {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace: string;
    annotations: Record<string, string>;
  };
  spec: Record<string, string>;
}

/** The Component entities of the catalog, each annotated with its kubernetes-id. */
export function benchEntities(): BenchEntity[] {
  return Array.from({ length: dataShape.entities }, (_, index) => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: entityName(index),
      namespace: 'default',
      annotations: { [KUBERNETES_ID]: entityName(index) },
    },
    spec: { type: 'service', lifecycle: 'production', owner: 'group:bench' },
  }));
}

/** A shared Gateway in the infra namespace, accepting routes from every namespace. */
export function gateway(index: number) {
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'Gateway',
    metadata: { name: `gw-${index}`, namespace: dataShape.infraNamespace },
    spec: {
      gatewayClassName: 'bench',
      listeners: [
        {
          name: 'http',
          protocol: 'HTTP',
          port: 80,
          hostname: `*.gw${index}.bench.example`,
          allowedRoutes: { namespaces: { from: 'All' } },
        },
      ],
    },
  };
}

/** The Service of an entity. */
export function service(index: number) {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name: entityName(index),
      namespace: entityNamespace(index),
      labels: { [KUBERNETES_ID]: entityName(index) },
    },
    spec: {
      selector: { app: entityName(index) },
      ports: [{ name: 'http', port: 8080 }],
    },
  };
}

/** Route `route` (0-4) of an entity: labelled with its id, on a shared Gateway, to its Service. */
export function httpRoute(index: number, route: number) {
  const name = `${entityName(index)}-r${route}`;
  const gw = (index + route) % dataShape.gateways;
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'HTTPRoute',
    metadata: {
      name,
      namespace: entityNamespace(index),
      labels: { [KUBERNETES_ID]: entityName(index) },
    },
    spec: {
      parentRefs: [{ name: `gw-${gw}`, namespace: dataShape.infraNamespace }],
      hostnames: [`${name}.gw${gw}.bench.example`],
      rules: [
        {
          matches: [{ path: { type: 'PathPrefix', value: `/r${route}` } }],
          backendRefs: [{ name: entityName(index), port: 8080 }],
        },
      ],
    },
  };
}

/** The status a Gateway controller writes for a route it accepted, at `generation`. */
export function acceptedRouteStatus(
  parentRef: { name: string; namespace: string },
  generation: number,
) {
  const condition = (type: string, reason: string) => ({
    type,
    status: 'True',
    reason,
    message: '',
    observedGeneration: generation,
    lastTransitionTime: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  });
  return {
    status: {
      parents: [
        {
          parentRef: {
            group: 'gateway.networking.k8s.io',
            kind: 'Gateway',
            ...parentRef,
          },
          controllerName: CONTROLLER_NAME,
          conditions: [
            condition('Accepted', 'Accepted'),
            condition('ResolvedRefs', 'ResolvedRefs'),
          ],
        },
      ],
    },
  };
}
