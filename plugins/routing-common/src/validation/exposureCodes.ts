/**
 * Finding codes of an exposure request's own rules (`validateExposureRequest`,
 * `renderExposure`): all Portway's own, all errors. Checks against a cluster add theirs in the
 * preflight.
 *
 * @public
 */
export const ExposureFindingCodes = {
  /** `entityRef` is not an entity reference such as `component:default/storefront`. */
  InvalidEntityRef: 'InvalidEntityRef',
  /** A name Kubernetes would refuse: cluster, namespace, route, Service or Gateway name, listener. */
  InvalidName: 'InvalidName',
  /** `service.port` is not a whole number from 1 to 65535. */
  InvalidPort: 'InvalidPort',
  /** A hostname the Gateway API or Ingress would refuse (IP, upper case, misplaced `*`, ...) or a repeated one. */
  InvalidHostname: 'InvalidHostname',
  /** A path the HTTPRoute CRD would refuse (no leading `/`, `//`, `/./`, `%2f`, `#`, ...) or a repeated one. */
  InvalidPath: 'InvalidPath',
  /** A header match name that is not an HTTP token, an empty or too long value, or a repeated name. */
  InvalidHeader: 'InvalidHeader',
  /** A gRPC service or method that is not a protobuf name, a method without a service, or a repeated entry. */
  InvalidGrpcName: 'InvalidGrpcName',
  /** A timeout that is not a Gateway API Duration such as `10s` (or zero where Istio needs 1ms). */
  InvalidDuration: 'InvalidDuration',
  /** `retries.attempts` outside 0..10, or a `retries.retryOn` condition Istio does not know. */
  InvalidRetries: 'InvalidRetries',
  /** `ingressClassName` empty or not a DNS subdomain. */
  InvalidIngressClassName: 'InvalidIngressClassName',
  /** `tls.secretName` empty or not a DNS subdomain. */
  InvalidSecretName: 'InvalidSecretName',
  /** A list longer than Portway accepts in one request (see `EXPOSURE_LIMITS`). */
  TooManyItems: 'TooManyItems',
  /** A string with a line break, a template expression (`{{`, `${{`, `{%`) or a `---` line. */
  UnsafeValue: 'UnsafeValue',
  /** A field the exposure type needs is not given (gateway, hostnames, paths, grpc, ingressClassName). */
  MissingField: 'MissingField',
  /** A field the exposure type does not use is given (e.g. `gateway` on `grpc-mesh`); nothing is silently ignored. */
  FieldNotUsed: 'FieldNotUsed',
  /** The manifest's file exists already in the GitOps folder: choose another `name`. */
  AlreadyExists: 'AlreadyExists',
  /** The GitOps folder's kustomization.yaml cannot be merged (not YAML, not a mapping, resources not a list). */
  InvalidKustomization: 'InvalidKustomization',
  /** A `grpc-mesh-route` request where `routing.exposure.policy.gatewayApiMeshRoutes` is not true. */
  MeshRoutesNotEnabled: 'MeshRoutesNotEnabled',
} as const;

/**
 * One of {@link ExposureFindingCodes}.
 *
 * @public
 */
export type ExposureFindingCode =
  (typeof ExposureFindingCodes)[keyof typeof ExposureFindingCodes];
