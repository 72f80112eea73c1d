import type { ExposureTemplateRef } from './requestExposurePath';

/**
 * A template offered by "Request exposure", with words for choosing it.
 *
 * @public
 */
export interface ExposureTemplateOption extends ExposureTemplateRef {
  /** The choice's label in the "Request exposure" menu. */
  title: string;
  /** One sentence: what the template creates and when to use it. */
  description: string;
  /** A way kept for what cannot move yet; marked "legacy". */
  legacy?: boolean;
}

/**
 * The three templates Portway ships, HTTP first (the one the main button opens).
 *
 * @public
 */
export const DEFAULT_EXPOSURE_TEMPLATES: ExposureTemplateOption[] = [
  {
    namespace: 'default',
    name: 'expose-http',
    title: 'HTTP through a shared Gateway',
    description:
      'An HTTPRoute on a Gateway API Gateway: hostnames and paths, TLS from the listener.',
  },
  {
    namespace: 'default',
    name: 'expose-grpc',
    title: 'gRPC in the mesh or through a Gateway',
    description:
      'An Istio VirtualService for calls between services, or a GRPCRoute on a Gateway for callers outside the cluster.',
  },
  {
    namespace: 'default',
    name: 'expose-ingress',
    title: 'Ingress',
    description:
      'A classic Ingress, for services run by an outside vendor that cannot move to the Gateway API yet.',
    legacy: true,
  },
];
