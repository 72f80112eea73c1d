import type { z as zod } from 'zod/v3';
import { exposureTypes, pathMatchTypes } from '@portway/plugin-routing-common';

type Zod = typeof zod;

/**
 * The input of `routing:exposure:render`: the fields of an exposure request (the common
 * `exposureRequestSchema`), for the scaffolder's action list and input check. The handler
 * parses the input again with `parseExposureRequest` and the routing backend's preflight checks
 * the values, so this only restates the shape (the scaffolder schema API takes zod 3 builders).
 */
export const exposureInput = {
  entityRef: (z: Zod) =>
    z
      .string()
      .describe(
        'The catalog entity to expose, e.g. component:default/storefront',
      ),
  type: (z: Zod) =>
    z
      .enum(exposureTypes)
      .describe(
        'What to create: http (HTTPRoute), grpc-mesh (Istio VirtualService bound to mesh), grpc-mesh-route (GRPCRoute bound to the Service: Gateway API mesh routing, experimental, needs routing.exposure.policy.gatewayApiMeshRoutes), grpc-gateway (GRPCRoute on a Gateway) or ingress (legacy Ingress)',
      ),
  cluster: (z: Zod) =>
    z
      .string()
      .describe('The cluster, as Portway and the GitOps repository name it'),
  namespace: (z: Zod) => z.string().describe('The namespace of the Service'),
  name: (z: Zod) =>
    z
      .string()
      .optional()
      .describe('Name of the generated object; default the Service name'),
  service: (z: Zod) =>
    z
      .object({
        name: z.string().describe('The Service to send traffic to'),
        port: z.number().int().describe('The Service port'),
      })
      .describe('The backend Service'),
  hostnames: (z: Zod) =>
    z
      .array(z.string())
      .optional()
      .describe(
        'Hostnames the route answers, e.g. storefront.shop.example.com; none for grpc-mesh (its host is the Service FQDN)',
      ),
  paths: (z: Zod) =>
    z
      .array(z.object({ type: z.enum(pathMatchTypes), value: z.string() }))
      .optional()
      .describe('Path matches of http and ingress; default one PathPrefix "/"'),
  headers: (z: Zod) =>
    z
      .array(z.object({ name: z.string(), value: z.string() }))
      .optional()
      .describe('Header matches of http (exact values), ANDed with every path'),
  timeout: (z: Zod) =>
    z
      .string()
      .optional()
      .describe(
        'Request timeout of http and grpc-mesh, a Duration such as 10s',
      ),
  retries: (z: Zod) =>
    z
      .object({
        attempts: z.number().int(),
        perTryTimeout: z.string().optional(),
        retryOn: z.string().optional(),
      })
      .optional()
      .describe('Retries of grpc-mesh (Istio HTTPRetry)'),
  gateway: (z: Zod) =>
    z
      .object({
        namespace: z.string(),
        name: z.string(),
        sectionName: z.string().optional(),
      })
      .optional()
      .describe('The shared Gateway (and listener) of http and grpc-gateway'),
  grpc: (z: Zod) =>
    z
      .array(z.object({ service: z.string(), method: z.string().optional() }))
      .optional()
      .describe(
        'gRPC services (fully qualified, e.g. shop.cart.v1.Cart) and optional methods of grpc-mesh and grpc-gateway',
      ),
  ingressClassName: (z: Zod) =>
    z.string().optional().describe('The IngressClass of ingress, e.g. nginx'),
  tls: (z: Zod) =>
    z
      .object({ secretName: z.string() })
      .optional()
      .describe(
        'TLS of ingress: the Secret with the certificate for every hostname',
      ),
};

type ExposureRequestShape = {
  [Key in keyof typeof exposureInput]: ReturnType<(typeof exposureInput)[Key]>;
};

/** The exposure request as one object with the fields of {@link exposureInput}. */
export const exposureRequestObject = (z: Zod) =>
  z.object(
    Object.fromEntries(
      Object.entries(exposureInput).map(([key, field]) => [key, field(z)]),
    ) as ExposureRequestShape,
  );

/** The output of `routing:exposure:render`. */
export const exposureOutput = {
  files: (z: Zod) =>
    z
      .array(z.string())
      .describe('Paths of the files written, relative to the workspace'),
  folder: (z: Zod) =>
    z
      .string()
      .describe('The GitOps folder: clusters/{cluster}/{namespace}/{entity}'),
  branchName: (z: Zod) => z.string().describe('A branch name for the change'),
  title: (z: Zod) => z.string().describe('A pull request title'),
  description: (z: Zod) =>
    z.string().describe('A pull request description (markdown)'),
  findings: (z: Zod) =>
    z
      .array(
        z.object({
          severity: z.string(),
          code: z.string(),
          message: z.string(),
          field: z.string().optional(),
        }),
      )
      .describe('Warnings and notes about the request'),
  routingPath: (z: Zod) =>
    z.string().describe("Path of the entity's Routing tab in the portal"),
  gitops: (z: Zod) =>
    z
      .object({
        provider: z.enum(['local', 'github', 'gitlab', 'bitbucketServer']),
        repoUrl: z.string().optional(),
        baseBranch: z.string(),
      })
      .describe(
        'Where the change goes: the local repository or the forge that routing:exposure:open opens it on',
      ),
  request: (z: Zod) =>
    exposureRequestObject(z).describe(
      'The exposure request that was checked (defaults applied), for routing:exposure:open',
    ),
};
