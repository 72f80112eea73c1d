/**
 * Finding codes of {@link analyzeIngresses}: all Portway's own.
 *
 * @public
 */
export const IngressFindingCodes = {
  /** A rule host Kubernetes would reject: IP, bare `*`, upper case, port, misplaced `*` (error). */
  InvalidHostname: 'InvalidHostname',
  /** A rule path without a valid pathType, or an Exact/Prefix path not starting with `/` (error). */
  InvalidPath: 'InvalidPath',
  /** The Ingress names an IngressClass that is not in the input (warning). */
  IngressClassNotFound: 'IngressClassNotFound',
  /** The Ingress names no class and no IngressClass is marked default (warning). */
  NoDefaultIngressClass: 'NoDefaultIngressClass',
  /** The Ingress names no class and several IngressClasses are marked default (warning). */
  MultipleDefaultIngressClasses: 'MultipleDefaultIngressClasses',
  /** A backend `service.name` that is not a Service in the Ingress namespace (error). */
  BackendNotFound: 'BackendNotFound',
  /** A backend `service.port.number` / `port.name` that the Service does not expose (error). */
  PortNotOnService: 'PortNotOnService',
  /** A `spec.tls[].hosts` entry that no rule serves (info). */
  UnusedTlsHost: 'UnusedTlsHost',
} as const;
