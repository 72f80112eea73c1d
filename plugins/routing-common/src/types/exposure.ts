import { z } from 'zod';

/**
 * The kinds of exposure a team can request.
 *
 * @public
 */
export const exposureTypes = [
  'http',
  'grpc-mesh',
  'grpc-mesh-route',
  'grpc-gateway',
  'ingress',
] as const;

/**
 * One of {@link exposureTypes}.
 *
 * @public
 */
export type ExposureType = (typeof exposureTypes)[number];

/**
 * Path match types that an exposure request accepts, as in HTTPRoute.
 *
 * @public
 */
export const pathMatchTypes = ['PathPrefix', 'Exact'] as const;

/**
 * The shape of an exposure request. Only the structure is checked here; the rules on values
 * (hostname syntax, path rules, port range, which fields a type needs) are findings from
 * `validateExposureRequest`, so a user sees every problem at once, each naming its field.
 *
 * @public
 */
export const exposureRequestSchema = z.object({
  entityRef: z.string(),
  type: z.enum(exposureTypes),
  cluster: z.string(),
  namespace: z.string(),
  /** Name of the generated object; defaults to the Service name. */
  name: z.string().optional(),
  service: z.object({
    name: z.string(),
    port: z.number(),
  }),
  /** The hostnames the route answers; none for `grpc-mesh` (its host is the Service FQDN). */
  hostnames: z.array(z.string()).default([]),
  /** Path matches of `http` and `ingress`; default one PathPrefix `/`. */
  paths: z
    .array(z.object({ type: z.enum(pathMatchTypes), value: z.string() }))
    .default([{ type: 'PathPrefix', value: '/' }]),
  /** Header matches of `http` (exact values), ANDed with every path match. */
  headers: z
    .array(z.object({ name: z.string(), value: z.string() }))
    .optional(),
  /** Request timeout of `http` and `grpc-mesh`, a Gateway API Duration such as `10s`. */
  timeout: z.string().optional(),
  /** Retries of `grpc-mesh` (Istio HTTPRetry). */
  retries: z
    .object({
      attempts: z.number(),
      perTryTimeout: z.string().optional(),
      retryOn: z.string().optional(),
    })
    .optional(),
  /** The Gateway (and listener) of `http` and `grpc-gateway`. */
  gateway: z
    .object({
      namespace: z.string(),
      name: z.string(),
      sectionName: z.string().optional(),
    })
    .optional(),
  /** gRPC services (and optionally methods) of `grpc-mesh` and `grpc-gateway`. */
  grpc: z
    .array(z.object({ service: z.string(), method: z.string().optional() }))
    .optional(),
  /** The IngressClass of `ingress`. */
  ingressClassName: z.string().optional(),
  /** TLS of `ingress`: the Secret holding the certificate for every hostname. */
  tls: z.object({ secretName: z.string() }).optional(),
});

/**
 * A request for new exposure of a Service, as sent to preflight, render and the scaffolder.
 *
 * @public
 */
export type ExposureRequest = z.infer<typeof exposureRequestSchema>;

/**
 * The request as a client writes it (defaults not yet applied).
 *
 * @public
 */
export type ExposureRequestInput = z.input<typeof exposureRequestSchema>;
