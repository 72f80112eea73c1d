import type { KubernetesObject } from '../kubernetes/objects';
import type { MigrateOptions, MigrationNote } from './types';

/**
 * The converter's working model, between reading Ingresses and writing Gateway API objects.
 * Ingresses are first grouped into route drafts (one per namespace, class, host and protocol,
 * as ingress2gateway and ingress-nginx merge them); then each annotation feature edits the
 * drafts in ingress2gateway's order; then the drafts are written out as objects.
 */

/** One source Ingress, read once. */
export interface SourceIngress {
  object: KubernetesObject;
  /** `Ingress namespace/name`, the `object` of every note about it. */
  describe: string;
  namespace: string;
  name: string;
  /** Its ingress class, resolved (named, single default, or `default`). */
  className: string;
  /** Every annotation, as written. */
  annotations: Record<string, string>;
  /** `nginx.ingress.kubernetes.io/canary` is "true". */
  canary: boolean;
}

/** A backend of a rule, and the Ingress path it came from. */
export interface BackendDraft {
  /** A Gateway API backendRef: a Service `name` and `port`, or `group`/`kind`/`name` of a resource. */
  ref: {
    name: string;
    port?: number;
    group?: string;
    kind?: string;
    namespace?: string;
    weight?: number;
  };
  source: SourceIngress;
  /** The field of the source, e.g. `spec.rules[0].http.paths[1].backend`. */
  field: string;
}

/** One rule of a route draft: an Ingress path (or defaultBackend) and what features added. */
export interface RuleDraft {
  /** The Ingress path this rule came from; undefined for a defaultBackend or a rule added by a feature. */
  path?: { type: string; value: string };
  /** Gateway API matches (HTTPRouteMatch or GRPCRouteMatch objects); empty matches everything. */
  matches: Array<Record<string, any>>;
  backends: BackendDraft[];
  /** Gateway API filters, in order. */
  filters: Array<Record<string, any>>;
  /** HTTPRoute rule timeouts. */
  timeouts?: { request?: string; backendRequest?: string };
  /** The Ingresses whose paths made this rule, in order of appearance. */
  sources: SourceIngress[];
}

/** The Ingress whose annotations apply to a rule: its first non-canary source, else its first. */
export function primarySource(rule: RuleDraft): SourceIngress | undefined {
  return rule.sources.find(source => !source.canary) ?? rule.sources[0];
}

/** A parentRef of a route draft. */
export interface ParentRefDraft {
  name: string;
  namespace?: string;
  sectionName?: string;
  port?: number;
}

/** A route being built. */
export interface RouteDraft {
  kind: 'HTTPRoute' | 'GRPCRoute' | 'TLSRoute';
  name: string;
  namespace: string;
  className: string;
  /** The Ingress host the route was grouped by; the empty string for rules without host. */
  host: string;
  hostnames: string[];
  parentRefs: ParentRefDraft[];
  rules: RuleDraft[];
  /** Every Ingress that gave it a rule, in order. */
  sources: SourceIngress[];
  /** Labels copied from the first source Ingress. */
  labels?: Record<string, string>;
  /** True for the catch-all route made from a defaultBackend. */
  defaultBackend?: boolean;
  /**
   * The `spec.tls` entries that cover its host (see `tlsEntriesFor`) of every Ingress with a
   * rule for it: set when the host is a TLS host in ingress-nginx, with or without a secretName.
   */
  tls?: TlsDraft[];
}

/** A `spec.tls` entry of a source Ingress that covers a route's host. */
export interface TlsDraft {
  source: SourceIngress;
  /** `spec.tls[<i>]`. */
  field: string;
  hosts: string[];
  /** Unset: ingress-nginx serves its default certificate. */
  secretName?: string;
}

/** A listener of a generated Gateway (ingress2gateway names: `<host>-http`, `<host>-https`). */
export interface ListenerDraft {
  name: string;
  protocol: 'HTTP' | 'HTTPS' | 'TLS';
  port: number;
  hostname?: string;
  tls?: {
    mode: 'Terminate' | 'Passthrough';
    certificateRefs?: Array<{ name: string; namespace?: string }>;
  };
}

/** A Gateway generated for an ingress class, when no shared Gateway is given. */
export interface GatewayDraft {
  name: string;
  namespace: string;
  className: string;
  listeners: ListenerDraft[];
}

/** Everything the converter holds while it works. Features edit it in place. */
export interface ConversionState {
  options: MigrateOptions;
  sources: SourceIngress[];
  /** Core Services by `namespace/name`, for port names. */
  services: Map<string, KubernetesObject>;
  routes: RouteDraft[];
  /** Generated Gateways; empty when `options.gateway` names a shared one. */
  gateways: GatewayDraft[];
  /** Objects other than Gateways and routes (BackendTLSPolicies), in order. */
  extraObjects: KubernetesObject[];
  notes: MigrationNote[];
  /**
   * Annotations a feature converted or reported, as `<Ingress describe>|<annotation key>`.
   * Every annotation of a source not in here gets a "not carried over" note at the end, so
   * nothing is dropped silently.
   */
  handled: Set<string>;
}

/** Marks an annotation of a source as converted or reported by a feature. */
export function markHandled(
  state: ConversionState,
  source: SourceIngress,
  annotation: string,
): void {
  state.handled.add(`${source.describe}|${annotation}`);
}

/** True when a feature marked the annotation of the source as handled. */
export function isHandled(
  state: ConversionState,
  source: SourceIngress,
  annotation: string,
): boolean {
  return state.handled.has(`${source.describe}|${annotation}`);
}

/** Adds a note about a source Ingress (a field and an annotation key when given). */
export function addNote(
  state: ConversionState,
  source: SourceIngress,
  level: MigrationNote['level'],
  message: string,
  about: { field?: string; annotation?: string } = {},
): void {
  state.notes.push({
    object: source.describe,
    ...(about.field ? { field: about.field } : {}),
    ...(about.annotation ? { annotation: about.annotation } : {}),
    level,
    message,
  });
}

/** One annotation feature: reads the sources' annotations and edits the drafts. */
export type Feature = (state: ConversionState) => void;
