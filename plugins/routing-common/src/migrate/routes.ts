import type { KubernetesObject } from '../kubernetes/objects';
import {
  asArray,
  describeObject,
  IngressInventory,
  namespaceOf,
} from '../ingress/model';
import { dashed, MigrationNote } from './types';

/** An HTTPRoute before parentRefs are known: its name, hostnames and rules. */
export interface RouteDraft {
  name: string;
  hostnames: string[];
  rules: Array<Record<string, unknown>>;
}

/** Converts Ingress pieces to HTTPRoute pieces, collecting notes as it goes. */
class RouteConverter {
  readonly notes: MigrationNote[] = [];
  private readonly object: string;

  constructor(
    private readonly ingress: KubernetesObject,
    private readonly inventory: IngressInventory,
  ) {
    this.object = describeObject(ingress);
  }

  note(field: string, message: string) {
    this.notes.push({ object: this.object, field, message });
  }

  /** A Service backend as a backendRef; resource backends are not carried. */
  backendRef(backend: any, field: string) {
    const service = backend?.service;
    if (!service?.name) {
      const what = backend?.resource
        ? `resource backend ${backend.resource.kind ?? ''} ${
            backend.resource.name ?? ''
          }`.trim()
        : 'backend without a Service';
      this.note(
        `${field}.resource`,
        `${what} not carried over: HTTPRoute backendRefs need an implementation-specific kind`,
      );
      return undefined;
    }
    const port = service.port ?? {};
    if (typeof port.number === 'number')
      return { name: service.name, port: port.number };
    const key = `${namespaceOf(this.ingress)}/${service.name}`;
    const found = asArray(this.inventory.services.get(key)?.spec?.ports).find(
      p => port.name !== undefined && p?.name === port.name,
    );
    if (found && typeof found.port === 'number')
      return { name: service.name, port: found.port };
    this.note(
      `${field}.service.port`,
      `NEEDS FIX: port "${
        port.name ?? ''
      }" of Service ${key} could not be resolved (Service not in the input or has no such port); the backendRef has no port, which HTTPRoute requires for Services`,
    );
    return { name: service.name };
  }

  /** One Ingress path as one HTTPRoute rule. */
  pathRule(path: any, field: string) {
    const ref = this.backendRef(path?.backend, `${field}.backend`);
    if (!ref) return undefined;
    let type = 'PathPrefix';
    if (path?.pathType === 'Exact') type = 'Exact';
    else if (path?.pathType !== 'Prefix') {
      this.note(
        `${field}.pathType`,
        `pathType ${
          path?.pathType ?? '(unset)'
        } was implementation-specific; migrated as PathPrefix, check the matching`,
      );
    }
    return {
      matches: [{ path: { type, value: path?.path || '/' } }],
      backendRefs: [ref],
    };
  }

  /** Drafts: one per distinct rule host (named after the Ingress when there is only one). */
  drafts(): RouteDraft[] {
    const byHost = new Map<string, Array<Record<string, unknown>>>();
    asArray(this.ingress.spec?.rules).forEach((rule, i) => {
      const host: string = rule?.host ?? '';
      if (host.startsWith('*.'))
        this.note(
          `spec.rules[${i}].host`,
          `wildcard host ${host}: Gateway API wildcards match any number of labels, Ingress matched exactly one`,
        );
      const paths = asArray(rule?.http?.paths);
      if (paths.length === 0)
        this.note(
          `spec.rules[${i}].http`,
          `rule for ${host || 'any host'} has no http paths; not carried over`,
        );
      const rules = byHost.get(host) ?? [];
      paths.forEach((path, j) => {
        const converted = this.pathRule(
          path,
          `spec.rules[${i}].http.paths[${j}]`,
        );
        if (converted) rules.push(converted);
      });
      byHost.set(host, rules);
    });
    const name = this.ingress.metadata?.name ?? '';
    const drafts = [...byHost].map(([host, rules]) => ({
      name:
        byHost.size === 1
          ? name
          : `${name}-${host ? dashed(host) : 'any-host'}`,
      hostnames: host ? [host] : [],
      rules,
    }));
    const fallback = this.ingress.spec?.defaultBackend;
    if (fallback) {
      const ref = this.backendRef(fallback, 'spec.defaultBackend');
      if (ref) {
        drafts.push({
          name: `${name}-default-backend`,
          hostnames: [],
          rules: [{ backendRefs: [ref] }],
        });
        this.note(
          'spec.defaultBackend',
          `defaultBackend migrated to catch-all HTTPRoute ${name}-default-backend without hostnames; on a shared Gateway it catches unmatched requests of every route`,
        );
      }
    }
    return drafts.filter(d => d.rules.length > 0);
  }
}

/** The HTTPRoute drafts of one Ingress and the notes on what did not map. */
export function draftRoutes(
  ingress: KubernetesObject,
  inventory: IngressInventory,
): { drafts: RouteDraft[]; notes: MigrationNote[] } {
  const converter = new RouteConverter(ingress, inventory);
  const drafts = converter.drafts();
  if (drafts.length === 0)
    converter.note('spec', 'no rule could be migrated; no HTTPRoute written');
  return { drafts, notes: converter.notes };
}
