import type { KubernetesObject } from '../../../kubernetes/objects';
import type {
  ConversionState,
  Feature,
  GatewayDraft,
  RouteDraft,
  SourceIngress,
} from '../../ir';
import type { MigrateOptions } from '../../types';
import { nginxKey } from '../annotations';
import { nameFromHost } from '../../names';
import { tlsEntriesFor } from '../../tls';

/** A path of a test Ingress. */
export interface TestPath {
  path?: string;
  pathType?: 'Prefix' | 'Exact' | 'ImplementationSpecific';
  service: string;
  port?: number;
}

/** A test Ingress, short: annotation names without the nginx prefix get it added. */
export interface TestIngress {
  name: string;
  namespace?: string;
  className?: string;
  annotations?: Record<string, string>;
  rules?: Array<{ host?: string; paths: TestPath[] }>;
  tls?: Array<{ hosts?: string[]; secretName?: string }>;
  defaultBackend?: { service: string; port: number };
}

const MATCH_TYPES: Record<string, string> = {
  Prefix: 'PathPrefix',
  Exact: 'Exact',
  ImplementationSpecific: 'PathPrefix',
};

/** The networking.k8s.io/v1 Ingress object of a test Ingress. */
export function ingressObject(spec: TestIngress): KubernetesObject {
  const annotations = Object.fromEntries(
    Object.entries(spec.annotations ?? {}).map(([k, v]) => [
      k.includes('/') ? k : nginxKey(k),
      v,
    ]),
  );
  const backend = (service: string, port = 80) => ({
    service: { name: service, port: { number: port } },
  });
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: {
      name: spec.name,
      namespace: spec.namespace ?? 'default',
      annotations,
    },
    spec: {
      ingressClassName: spec.className ?? 'nginx',
      ...(spec.defaultBackend
        ? {
            defaultBackend: backend(
              spec.defaultBackend.service,
              spec.defaultBackend.port,
            ),
          }
        : {}),
      rules: (spec.rules ?? []).map(rule => ({
        ...(rule.host ? { host: rule.host } : {}),
        http: {
          paths: rule.paths.map(p => ({
            path: p.path ?? '/',
            pathType: p.pathType ?? 'Prefix',
            backend: backend(p.service, p.port),
          })),
        },
      })),
      ...(spec.tls ? { tls: spec.tls } : {}),
    },
  };
}

function sourceOf(object: KubernetesObject): SourceIngress {
  const metadata = object.metadata as Record<string, any>;
  const annotations: Record<string, string> = metadata.annotations;
  return {
    object,
    describe: `Ingress ${metadata.namespace}/${metadata.name}`,
    namespace: metadata.namespace,
    name: metadata.name,
    className: object.spec.ingressClassName,
    annotations,
    canary: annotations[nginxKey('canary')] === 'true',
  };
}

/**
 * A conversion state as the core builds it, for feature tests: one route draft per namespace,
 * class, host and protocol, same (pathType, path) merged into one rule, one Gateway per
 * namespace and class with `<host>-http` / `<host>-https` listeners (without options.gateway).
 */
export function conversionState(
  ingresses: TestIngress[],
  options: MigrateOptions = {},
): ConversionState {
  const state: ConversionState = {
    options,
    sources: ingresses.map(i => sourceOf(ingressObject(i))),
    services: new Map(),
    routes: [],
    gateways: [],
    extraObjects: [],
    notes: [],
    handled: new Set(),
  };
  const routes = new Map<string, RouteDraft>();
  for (const source of state.sources) {
    const spec = source.object.spec;
    const protocol = (
      source.annotations[nginxKey('backend-protocol')] ?? ''
    ).toUpperCase();
    const kind = protocol.startsWith('GRPC') ? 'GRPCRoute' : 'HTTPRoute';
    const gateway = options.gateway ? undefined : gatewayFor(state, source);
    const parentRefs = options.gateway
      ? [
          {
            namespace: options.gateway.namespace,
            name: options.gateway.name,
            ...(options.gateway.sectionName
              ? { sectionName: options.gateway.sectionName }
              : {}),
          },
        ]
      : [{ name: source.className }];
    spec.rules.forEach((rule: any, i: number) => {
      const host: string = rule.host ?? '';
      const key = `${source.namespace}|${source.className}|${host}|${kind}`;
      let route = routes.get(key);
      if (!route) {
        route = {
          kind,
          name: `${source.name}-${nameFromHost(host)}`,
          namespace: source.namespace,
          className: source.className,
          host,
          hostnames: host ? [host] : [],
          parentRefs: parentRefs.map(p => ({ ...p })),
          rules: [],
          sources: [],
        };
        routes.set(key, route);
        state.routes.push(route);
      }
      if (!route.sources.includes(source)) {
        route.sources.push(source);
        const tls = tlsEntriesFor(source, host);
        if (tls.length) route.tls = [...(route.tls ?? []), ...tls];
      }
      if (gateway) addListeners(gateway, host, spec.tls);
      rule.http.paths.forEach((path: any, j: number) => {
        const backend = {
          ref: {
            name: path.backend.service.name,
            port: path.backend.service.port.number,
          },
          source,
          field: `spec.rules[${i}].http.paths[${j}].backend`,
        };
        let draft = route!.rules.find(
          r => r.path?.type === path.pathType && r.path?.value === path.path,
        );
        if (!draft) {
          draft = {
            path: { type: path.pathType, value: path.path },
            matches: [
              kind === 'GRPCRoute'
                ? grpcMatch(path.path)
                : {
                    path: {
                      type: MATCH_TYPES[path.pathType],
                      value: path.path,
                    },
                  },
            ].filter(m => Object.keys(m).length > 0),
            backends: [],
            filters: [],
            sources: [],
          };
          route!.rules.push(draft);
        }
        draft.backends.push(backend);
        if (!draft.sources.includes(source)) draft.sources.push(source);
      });
    });
    if (spec.defaultBackend) {
      state.routes.push({
        kind: 'HTTPRoute',
        name: `${source.name}-default-backend`,
        namespace: source.namespace,
        className: source.className,
        host: '',
        hostnames: [],
        parentRefs: parentRefs.map(p => ({ ...p })),
        rules: [
          {
            matches: [],
            backends: [
              {
                ref: {
                  name: spec.defaultBackend.service.name,
                  port: spec.defaultBackend.service.port.number,
                },
                source,
                field: 'spec.defaultBackend',
              },
            ],
            filters: [],
            sources: [source],
          },
        ],
        sources: [source],
        defaultBackend: true,
      });
    }
  }
  return state;
}

function grpcMatch(path: string): Record<string, any> {
  const [service, method] = path.split('/').filter(Boolean);
  if (!service) return {};
  return { method: { service, ...(method ? { method } : {}) } };
}

function gatewayFor(state: ConversionState, source: SourceIngress) {
  let gateway = state.gateways.find(
    g => g.namespace === source.namespace && g.className === source.className,
  );
  if (!gateway) {
    gateway = {
      name: source.className,
      namespace: source.namespace,
      className: source.className,
      listeners: [],
    };
    state.gateways.push(gateway);
  }
  return gateway;
}

function addListeners(gateway: GatewayDraft, host: string, tls: any[] = []) {
  const base = host ? `${nameFromHost(host)}-` : '';
  const add = (listener: GatewayDraft['listeners'][number]) => {
    if (!gateway.listeners.some(l => l.name === listener.name))
      gateway.listeners.push(listener);
  };
  add({
    name: `${base}http`,
    protocol: 'HTTP',
    port: 80,
    ...(host ? { hostname: host } : {}),
  });
  const secrets = tls
    .filter(t => t.secretName)
    .map(t => ({ name: t.secretName }));
  if (tls.length > 0)
    add({
      name: `${base}https`,
      protocol: 'HTTPS',
      port: 443,
      ...(host ? { hostname: host } : {}),
      tls: { mode: 'Terminate', certificateRefs: secrets },
    });
}

/** The state after running the given features on test Ingresses, in order. */
export function runFeatures(
  features: Feature[],
  ingresses: TestIngress[],
  options: MigrateOptions = {},
): ConversionState {
  const state = conversionState(ingresses, options);
  for (const feature of features) feature(state);
  return state;
}

/** The notes about one annotation (by name without prefix). */
export function notesAbout(state: ConversionState, name: string) {
  return state.notes.filter(n => n.annotation === nginxKey(name));
}
