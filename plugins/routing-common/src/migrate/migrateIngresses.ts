import type { KubernetesObject } from '../kubernetes/objects';
import { convertIngresses } from './convertIngresses';
import { FEATURES } from './features';
import type { MigrateOptions, Migration } from './types';

/**
 * Converts `networking.k8s.io/v1` Ingresses to Gateway API objects, as ingress2gateway 1.1's
 * ingress-nginx provider does (where Portway differs, the step that does it says why). Pure: no
 * I/O; Services and IngressClasses in `objects` are lookup data, other kinds ignored.
 *
 * - Ingresses are merged per namespace, class, host and protocol, in ingress-nginx's order: one
 *   HTTPRoute (GRPCRoute for backend-protocol GRPC/GRPCS) per host, the same path of several
 *   Ingresses one rule with several backends; a defaultBackend is a catch-all route.
 * - Routes attach to `options.gateway` when given, else to one Gateway per namespace and class
 *   with HTTP and HTTPS listeners per host.
 * - The ingress-nginx annotations ingress2gateway converts are converted (`FEATURES`);
 *   every other annotation and every feature not carried over is a note.
 *
 * @public
 */
export function migrateIngresses(
  objects: KubernetesObject[],
  options: MigrateOptions = {},
): Migration {
  return convertIngresses(objects, options, FEATURES);
}
