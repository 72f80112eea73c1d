import { z } from 'zod';

/** The kinds of exposure a team can request. */
export const exposureTypes = [
  'http',
  'grpc-mesh',
  'grpc-gateway',
  'ingress',
] as const;

/** One of {@link exposureTypes}. */
export type ExposureType = (typeof exposureTypes)[number];

/** Path match types that an exposure request accepts, as in HTTPRoute. */
export const pathMatchTypes = ['PathPrefix', 'Exact'] as const;

/**
 * The shape of an exposure request. Only the structure is checked here; the rules on values
 * (hostname syntax, path rules, port range) are findings from `validateExposureRequest`, so a
 * user sees every problem at once, each naming its field.
 */
export const exposureRequestSchema = z.object({
  entityRef: z.string().min(1),
  type: z.enum(exposureTypes),
  cluster: z.string().min(1),
  namespace: z.string().min(1),
  /** Name of the generated route; defaults to the Service name. */
  name: z.string().min(1).optional(),
  service: z.object({
    name: z.string().min(1),
    port: z.number().int(),
  }),
  hostnames: z.array(z.string()).default([]),
  paths: z
    .array(z.object({ type: z.enum(pathMatchTypes), value: z.string() }))
    .default([{ type: 'PathPrefix', value: '/' }]),
  gateway: z
    .object({
      namespace: z.string().min(1),
      name: z.string().min(1),
      sectionName: z.string().min(1).optional(),
    })
    .optional(),
});

/** A request for new exposure of a Service, as sent to preflight, render and the scaffolder. */
export type ExposureRequest = z.infer<typeof exposureRequestSchema>;

/** The request as a client writes it (defaults not yet applied). */
export type ExposureRequestInput = z.input<typeof exposureRequestSchema>;
