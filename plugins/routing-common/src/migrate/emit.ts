import type { KubernetesObject } from '../kubernetes/objects';
import {
  addNote,
  BackendDraft,
  ConversionState,
  GatewayDraft,
  ListenerDraft,
  ParentRefDraft,
  RouteDraft,
  RuleDraft,
} from './ir';
import { GATEWAY_API_VERSION } from './types';

/** The Gateway API's limit of rules per route (the CRDs' maxItems). */
const MAX_RULES = 16;

/** A deep copy, so no two objects share a part (`yaml.stringify` would write aliases). */
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value));

/** Only the entries whose value is set: no `undefined` in the output. */
function defined(entries: Record<string, unknown>): Record<string, any> {
  return Object.fromEntries(
    Object.entries(entries).filter(([, value]) => value !== undefined),
  );
}

/** A non-empty list, else undefined (an empty `matches` would mean "match all" anyway). */
const nonEmpty = <T>(list: T[] | undefined) =>
  list && list.length > 0 ? list : undefined;

function listenerObject(listener: ListenerDraft) {
  const refs = nonEmpty(listener.tls?.certificateRefs);
  return defined({
    name: listener.name,
    hostname: listener.hostname,
    port: listener.port,
    protocol: listener.protocol,
    tls: listener.tls
      ? defined({
          mode: listener.tls.mode,
          certificateRefs: refs?.map(ref =>
            defined({
              group: '',
              kind: 'Secret',
              name: ref.name,
              namespace: ref.namespace,
            }),
          ),
        })
      : undefined,
  });
}

function gatewayObject(gateway: GatewayDraft): KubernetesObject {
  return {
    apiVersion: GATEWAY_API_VERSION,
    kind: 'Gateway',
    metadata: { name: gateway.name, namespace: gateway.namespace },
    spec: {
      gatewayClassName: gateway.className,
      listeners: gateway.listeners.map(listenerObject),
    },
  };
}

const parentRefObject = (ref: ParentRefDraft) =>
  defined({
    namespace: ref.namespace,
    name: ref.name,
    sectionName: ref.sectionName,
    port: ref.port,
  });

const backendRefObject = ({ ref }: BackendDraft) =>
  defined({
    group: ref.group,
    kind: ref.kind,
    name: ref.name,
    namespace: ref.namespace,
    port: ref.port,
    weight: ref.weight,
  });

function ruleObject(kind: RouteDraft['kind'], rule: RuleDraft) {
  const backendRefs = nonEmpty(rule.backends.map(backendRefObject));
  if (kind === 'TLSRoute') return defined({ backendRefs });
  const timeouts =
    kind === 'HTTPRoute' &&
    rule.timeouts &&
    Object.keys(defined(rule.timeouts)).length
      ? defined(rule.timeouts)
      : undefined;
  return defined({
    matches: nonEmpty(copy(rule.matches)),
    filters: nonEmpty(copy(rule.filters)),
    backendRefs,
    timeouts,
  });
}

function routeObject(route: RouteDraft): KubernetesObject {
  return {
    apiVersion: GATEWAY_API_VERSION,
    kind: route.kind,
    metadata: defined({
      name: route.name,
      namespace: route.namespace,
      labels: route.labels ? { ...route.labels } : undefined,
    }),
    spec: defined({
      parentRefs: route.parentRefs.map(parentRefObject),
      hostnames: nonEmpty([...route.hostnames]),
      rules: route.rules.map(rule => ruleObject(route.kind, rule)),
    }),
  };
}

/**
 * The output objects, plain and without empty fields: generated Gateways, then routes in draft
 * order, then `state.extraObjects`. A route with more rules than the Gateway API allows is
 * written anyway, with an error note (the API server would refuse it).
 */
export function emitObjects(state: ConversionState): KubernetesObject[] {
  for (const route of state.routes)
    if (route.rules.length > MAX_RULES)
      addNote(
        state,
        route.sources[0],
        'error',
        `${route.kind} ${route.namespace}/${route.name} has ${route.rules.length} rules; the Gateway API allows ${MAX_RULES}: split its paths over several routes`,
      );
  return [
    ...state.gateways.map(gatewayObject),
    ...state.routes.map(routeObject),
    ...state.extraObjects,
  ];
}
