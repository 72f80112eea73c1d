import type { KubernetesObject } from '../kubernetes/objects';

/**
 * Something of an Ingress that {@link migrateIngresses} did not carry over, or changed.
 *
 * @public
 */
export interface MigrationNote {
  /** The source object, `Ingress namespace/name`. */
  object: string;
  /** The field of the source object the note is about, when there is one. */
  field?: string;
  /** The annotation the note is about (full key), when there is one; the report groups by it. */
  annotation?: string;
  /**
   * How much it matters: `info` (carried over, worth a look), `warning` (changed or not carried
   * over: behaviour differs), `error` (could not be converted: the output is incomplete).
   */
  level: 'info' | 'warning' | 'error';
  /** What was not carried over, and what to do instead. */
  message: string;
}

/**
 * The Gateway API objects generated from Ingresses, with notes on what did not map.
 *
 * @public
 */
export interface Migration {
  /**
   * Gateways (when generated) first, then routes (HTTPRoute, GRPCRoute, TLSRoute) in draft
   * order, then other objects (BackendTLSPolicy); plain objects ready for `yaml.stringify`.
   */
  objects: KubernetesObject[];
  /** Everything not carried over, or carried over differently, one note each. */
  notes: MigrationNote[];
}

/**
 * Options of {@link migrateIngresses}.
 *
 * @public
 */
export interface MigrateOptions {
  /**
   * An existing, shared Gateway for every HTTPRoute to attach to. Without it, one Gateway per
   * ingress class is generated.
   */
  gateway?: {
    namespace: string;
    name: string;
    /** The listener for the routes (HTTPS where the Ingress had TLS). */
    sectionName?: string;
    /**
     * The plain-HTTP listener, for the ssl-redirect route; unset: that route attaches by
     * `port: 80`.
     */
    httpSectionName?: string;
  };
}

/** The Gateway API group version written on generated objects. */
export const GATEWAY_API_VERSION = 'gateway.networking.k8s.io/v1';
