import { convertBackend } from './backends';
import { routeProtocolOf } from './backendProtocol';
import {
  addNote,
  BackendDraft,
  ConversionState,
  RouteDraft,
  RuleDraft,
  SourceIngress,
} from './ir';
import { routeName, uniqueRouteNames } from './names';
import { convertPath, RouteProtocol } from './paths';
import { tlsEntriesFor } from './tls';
import { asArray } from '../kubernetes/objectFields';

/** Builds the route drafts of the sources, keyed by namespace, class, host and protocol. */
class RouteGrouper {
  readonly groups = new Map<string, RouteDraft>();
  readonly defaults: RouteDraft[] = [];
  /** Rules by `<group key>#<pathType>|<path>`. */
  private readonly rules = new Map<string, RuleDraft>();
  /** `<group key>#<source>` of the sources whose TLS entries a route has read. */
  private readonly tlsRead = new Set<string>();

  constructor(private readonly state: ConversionState) {}

  private draft(
    source: SourceIngress,
    protocol: RouteProtocol,
    host: string,
  ): RouteDraft {
    const labels = source.object.metadata?.labels;
    return {
      kind: protocol === 'grpc' ? 'GRPCRoute' : 'HTTPRoute',
      name: '',
      namespace: source.namespace,
      className: source.className,
      host,
      hostnames: host ? [host] : [],
      parentRefs: [],
      rules: [],
      sources: [],
      ...(labels ? { labels: { ...labels } } : {}),
    };
  }

  /**
   * The TLS entries of an Ingress with a rule for the route's host, once per Ingress: in
   * ingress-nginx a host's certificate comes from its Ingresses' TLS, whichever serves the paths.
   */
  private addTls(route: RouteDraft, groupKey: string, source: SourceIngress) {
    const key = `${groupKey}#${source.describe}`;
    if (this.tlsRead.has(key)) return;
    this.tlsRead.add(key);
    const tls = tlsEntriesFor(source, route.host);
    if (tls.length) route.tls = [...(route.tls ?? []), ...tls];
  }

  /** Adds the paths of one Ingress rule; the same path of several Ingresses is one rule. */
  addRule(
    source: SourceIngress,
    protocol: RouteProtocol,
    rule: any,
    i: number,
  ) {
    const host: string = rule?.host ?? '';
    if (host.startsWith('*.'))
      addNote(
        this.state,
        source,
        'warning',
        `wildcard host ${host}: an Ingress matches exactly one label in place of "*", the Gateway API any number (a.b.${host.slice(
          2,
        )} too); hostname kept, check that it does not serve more than intended`,
        { field: `spec.rules[${i}].host` },
      );
    const paths = asArray(rule?.http?.paths);
    if (paths.length === 0) {
      addNote(
        this.state,
        source,
        'warning',
        `rule for ${host || 'any host'} has no http paths; not carried over`,
        { field: `spec.rules[${i}].http` },
      );
      return;
    }
    const groupKey = `${source.namespace}/${source.className}/${host}/${protocol}`;
    let route = this.groups.get(groupKey);
    if (!route) {
      route = this.draft(source, protocol, host);
      this.groups.set(groupKey, route);
    }
    this.addTls(route, groupKey, source);
    paths.forEach((entry, j) => {
      const field = `spec.rules[${i}].http.paths[${j}]`;
      const path = convertPath(entry, protocol);
      if ('skipped' in path) {
        addNote(this.state, source, path.skipped.level, path.skipped.message, {
          field,
        });
        return;
      }
      if (path.note)
        addNote(this.state, source, path.note.level, path.note.message, {
          field: `${field}.pathType`,
        });
      const backend = this.convertBackend(
        entry?.backend,
        `${field}.backend`,
        source,
      );
      if (backend)
        this.addBackend(route!, `${groupKey}#${path.key}`, path, backend);
    });
  }

  /**
   * Adds a backend to the rule of its path, made on first sight. A second main (non-canary)
   * backend for the same path is left out with a warning: ingress-nginx serves the path from
   * the first Ingress in its order (ingress2gateway keeps both, splitting traffic evenly).
   */
  /** An Ingress backend as a Gateway API backend, with the note it needs; undefined when it is left out. */
  private convertBackend(value: unknown, field: string, source: SourceIngress) {
    const converted = convertBackend(value, field, source, this.state.services);
    if (converted.note) {
      const { level, message, field: noteField } = converted.note;
      addNote(this.state, source, level, message, { field: noteField });
    }
    return converted.backend;
  }

  private addBackend(
    route: RouteDraft,
    ruleKey: string,
    path: { path: RuleDraft['path']; matches: RuleDraft['matches'] },
    backend: BackendDraft,
  ) {
    const { source } = backend;
    let rule = this.rules.get(ruleKey);
    const main = rule?.backends.find(b => !b.source.canary);
    if (main && !source.canary) {
      addNote(
        this.state,
        source,
        'warning',
        `path ${path.path!.value} of ${
          route.host || 'any host'
        } is already served by ${main.source.describe} (${
          main.field
        }), which ingress-nginx uses as the first in its order; this backend is not carried over`,
        { field: backend.field },
      );
      return;
    }
    if (!route.sources.includes(source)) route.sources.push(source);
    if (!rule) {
      rule = {
        path: path.path,
        matches: path.matches,
        backends: [],
        filters: [],
        sources: [],
      };
      this.rules.set(ruleKey, rule);
      route.rules.push(rule);
    }
    rule.backends.push(backend);
    if (!rule.sources.includes(source)) rule.sources.push(source);
  }

  /** The catch-all route of `spec.defaultBackend`: no hostnames, one rule without matches. */
  addDefaultBackend(source: SourceIngress, protocol: RouteProtocol) {
    const value = source.object.spec?.defaultBackend;
    if (!value) return;
    const field = 'spec.defaultBackend';
    const backend = this.convertBackend(value, field, source);
    if (!backend) return;
    const route = this.draft(source, protocol, '');
    route.name = `${source.name}-default-backend`;
    route.defaultBackend = true;
    route.sources.push(source);
    route.rules.push({
      matches: [],
      backends: [backend],
      filters: [],
      sources: [source],
    });
    this.defaults.push(route);
    addNote(
      this.state,
      source,
      'warning',
      `defaultBackend migrated to the catch-all ${route.kind} ${route.name} without hostnames: on a shared Gateway it catches every unmatched request of the listener, not only those for this Ingress's hosts`,
      { field },
    );
  }
}

/**
 * Groups the sources' rules into route drafts, as ingress2gateway and ingress-nginx merge them:
 * one per (namespace, class, host, protocol), rules in order of first appearance (source order,
 * rule order, path order), the same (pathType, path) of several Ingresses one rule with several
 * backends (canary). Then one catch-all route per defaultBackend, after the host routes (as
 * ingress2gateway orders them; its defaultBackend route is always an HTTPRoute, Portway's follows
 * the backend-protocol). Sources with an unsupported backend-protocol are dropped from
 * `state.sources`; routes whose every path failed are not kept.
 */
export function groupRoutes(state: ConversionState): void {
  const grouper = new RouteGrouper(state);
  state.sources = state.sources.filter(source => {
    const protocol = routeProtocolOf(state, source);
    if (!protocol) return false;
    asArray(source.object.spec?.rules).forEach((rule, i) =>
      grouper.addRule(source, protocol, rule, i),
    );
    grouper.addDefaultBackend(source, protocol);
    return true;
  });
  const hostRoutes = [...grouper.groups.values()].filter(
    route => route.rules.length > 0,
  );
  hostRoutes.forEach(route => {
    route.name = routeName(route);
  });
  state.routes = [...hostRoutes, ...grouper.defaults];
  for (const source of state.sources) {
    if (!state.routes.some(route => route.sources.includes(source)))
      addNote(
        state,
        source,
        'error',
        'no rule of this Ingress could be converted; no route written for it',
        { field: 'spec' },
      );
  }
  uniqueRouteNames(state);
}
