import {
  asArray,
  creationTimestampField,
  namespaceOf,
} from '../kubernetes/objectFields';
import type { KubernetesObject } from '../kubernetes/objects';

/**
 * One `spec.targetRefs` entry of a BackendTLSPolicy: an object in the policy's namespace
 * (a core Service in the standard's Extended support), optionally one port of it by name.
 *
 * @public
 */
export interface BackendTlsPolicyTargetRef {
  /** The target's API group; `""` (core) for a Service. */
  group: string;
  /** The target's kind, `Service` in the standard's Extended support. */
  kind: string;
  /** The target's name, in the policy's namespace. */
  name: string;
  /** The name of one port of the Service (`spec.ports[].name`); every port when absent. */
  sectionName?: string;
}

/**
 * `spec.validation` of a BackendTLSPolicy: how the Gateway checks the backend's certificate.
 *
 * @public
 */
export interface BackendTlsPolicyValidation {
  /** ConfigMaps (core support: one, with the CA bundle in `ca.crt`) in the policy's namespace. */
  caCertificateRefs: Array<{ group?: string; kind?: string; name: string }>;
  /** `System` or an implementation's prefixed name; exclusive with caCertificateRefs. */
  wellKnownCACertificates?: string;
  /** The SNI sent to the backend, and the name its certificate must carry unless subjectAltNames say otherwise. */
  hostname?: string;
  /** Names the backend's certificate must carry one of, instead of the hostname. */
  subjectAltNames: Array<{ type?: string; hostname?: string; uri?: string }>;
}

/**
 * The parts of a BackendTLSPolicy (gateway.networking.k8s.io/v1) the analysis reads.
 *
 * @public
 */
export interface BackendTlsPolicyModel {
  /** The policy's namespace, which is also its targets' and ConfigMaps' namespace. */
  namespace: string;
  /** The policy's metadata.name. */
  name: string;
  /** metadata.creationTimestamp, which decides between policies on one target (oldest wins). */
  creationTimestamp?: string;
  /** spec.targetRefs, with group and kind as written (no defaults: both are required). */
  targetRefs: BackendTlsPolicyTargetRef[];
  /** spec.validation. */
  validation: BackendTlsPolicyValidation;
}

/** Reads a BackendTLSPolicy object into the parts the analysis judges. */
export function toBackendTlsPolicy(
  object: KubernetesObject,
): BackendTlsPolicyModel {
  const validation = object.spec?.validation ?? {};
  return {
    namespace: namespaceOf(object),
    name: object.metadata?.name ?? '',
    ...creationTimestampField(object),
    targetRefs: asArray<any>(object.spec?.targetRefs).map(ref => ({
      group: ref?.group ?? '',
      kind: ref?.kind ?? '',
      name: ref?.name ?? '',
      ...(ref?.sectionName ? { sectionName: ref.sectionName } : {}),
    })),
    validation: {
      caCertificateRefs: asArray(validation.caCertificateRefs),
      ...(validation.wellKnownCACertificates
        ? { wellKnownCACertificates: validation.wellKnownCACertificates }
        : {}),
      ...(validation.hostname ? { hostname: validation.hostname } : {}),
      subjectAltNames: asArray(validation.subjectAltNames),
    },
  };
}

/** A Service's port numbers by port name (what a targetRef's sectionName names). */
export function portNumbersByName(
  service: KubernetesObject,
): Map<string, number> {
  const ports = new Map<string, number>();
  for (const p of asArray<{ name?: unknown; port?: unknown }>(
    service.spec?.ports,
  )) {
    if (typeof p?.name === 'string' && typeof p.port === 'number')
      ports.set(p.name, p.port);
  }
  return ports;
}
