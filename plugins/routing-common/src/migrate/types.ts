import type { KubernetesObject } from '../kubernetes/objects';

/** Something of an Ingress that {@link migrateIngresses} did not carry over, or changed. */
export interface MigrationNote {
  /** The source object, `Ingress namespace/name`. */
  object: string;
  /** The field of the source object the note is about, when there is one. */
  field?: string;
  /** What was not carried over, and what to do instead. */
  message: string;
}

/** The Gateway API objects generated from Ingresses, with notes on what did not map. */
export interface Migration {
  /** Gateways (when generated) first, then HTTPRoutes; plain objects ready for `yaml.stringify`. */
  objects: KubernetesObject[];
  notes: MigrationNote[];
}

/** Options of {@link migrateIngresses}. */
export interface MigrateOptions {
  /**
   * An existing, shared Gateway for every HTTPRoute to attach to. Without it, one Gateway per
   * ingress class is generated.
   */
  gateway?: { namespace: string; name: string; sectionName?: string };
}

/** The Gateway API group version written on generated objects. */
export const GATEWAY_API_VERSION = 'gateway.networking.k8s.io/v1';

/** A host as a DNS-label-safe name part: dots to dashes, `*` to `wildcard`. */
export function dashed(host: string): string {
  return host.toLowerCase().replace(/\*/g, 'wildcard').replace(/\./g, '-');
}
