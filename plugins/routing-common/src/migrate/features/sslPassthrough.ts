import type {
  BackendDraft,
  ConversionState,
  Feature,
  RouteDraft,
  SourceIngress,
} from '../ir';
import { nameFromHost } from '../names';
import { noteAnnotation, parseBool, readAnnotation } from './annotations';
import { ensureListener } from '../gateways';
import { gatewayOf, sharedParentRefs } from './parents';

function isPassthrough(state: ConversionState, source: SourceIngress): boolean {
  const value = readAnnotation(state, source, 'ssl-passthrough');
  return value !== undefined && parseBool(value) === true;
}

/** The TLSRoute draft for a route's passthrough backends, attached where it can be. */
function tlsRouteFor(
  state: ConversionState,
  route: RouteDraft,
  backends: BackendDraft[],
  source: SourceIngress,
): RouteDraft {
  const unique = backends.filter(
    (b, i) =>
      backends.findIndex(
        o => o.ref.name === b.ref.name && o.ref.port === b.ref.port,
      ) === i,
  );
  const shared = sharedParentRefs(state);
  let parentRefs = route.parentRefs.map(ref => ({ ...ref }));
  const listenerName = `${nameFromHost(route.host)}-tls-passthrough`;
  if (shared) {
    const { namespace, name } = shared.https;
    parentRefs = [{ namespace, name }];
    noteAnnotation(
      state,
      source,
      'ssl-passthrough',
      'warning',
      `TLSRoute ${
        route.name
      }-tls-passthrough attaches to Gateway ${namespace}/${name} without a sectionName: that Gateway needs a listener with protocol TLS, tls.mode Passthrough and hostname ${
        route.host || '(any)'
      } on port 443, or the route is not accepted`,
    );
  } else {
    const gateway = gatewayOf(state, route);
    if (gateway)
      ensureListener(gateway, {
        name: listenerName,
        protocol: 'TLS',
        port: 443,
        ...(route.host ? { hostname: route.host } : {}),
        tls: { mode: 'Passthrough' },
      });
    parentRefs = parentRefs.map(ref => ({ ...ref, sectionName: listenerName }));
  }
  if (!route.host)
    noteAnnotation(
      state,
      source,
      'ssl-passthrough',
      'error',
      `TLSRoute ${route.name}-tls-passthrough has no hostname: a TLSRoute needs one (passthrough routes by SNI); add a host to the Ingress rule`,
    );
  return {
    kind: 'TLSRoute',
    name: `${route.name}-tls-passthrough`,
    namespace: route.namespace,
    className: route.className,
    host: route.host,
    hostnames: [...route.hostnames],
    parentRefs,
    rules: [
      {
        matches: [],
        backends: unique.map(b => ({ ...b, ref: { ...b.ref } })),
        filters: [],
        sources: [...new Set(unique.map(b => b.source))],
      },
    ],
    sources: [...new Set(unique.map(b => b.source))],
    ...(route.labels ? { labels: { ...route.labels } } : {}),
  };
}

/**
 * ssl-passthrough (ingress2gateway 1.14): the passthrough backends of an HTTPRoute move to a
 * TLSRoute `<route>-tls-passthrough` (one rule, backends once each) on a TLS Passthrough
 * listener `<host>-tls-passthrough` of the generated Gateway; the HTTPRoute keeps its other
 * backends, loses rules left empty, and is dropped when nothing is left.
 */
export const sslPassthrough: Feature = state => {
  for (const source of state.sources)
    readAnnotation(state, source, 'ssl-passthrough');
  for (const route of [...state.routes]) {
    if (route.kind !== 'HTTPRoute') continue;
    const moved = route.rules.flatMap(rule =>
      rule.backends.filter(b => isPassthrough(state, b.source)),
    );
    if (moved.length === 0) continue;
    const tlsRoute = tlsRouteFor(state, route, moved, moved[0].source);
    const emptied = new Set(
      route.rules.filter(
        rule =>
          rule.backends.length > 0 &&
          rule.backends.every(b => moved.includes(b)),
      ),
    );
    for (const rule of route.rules)
      rule.backends = rule.backends.filter(b => !moved.includes(b));
    route.rules = route.rules.filter(rule => !emptied.has(rule));
    const at = state.routes.indexOf(route);
    if (route.rules.length === 0) state.routes.splice(at, 1, tlsRoute);
    else state.routes.splice(at + 1, 0, tlsRoute);
  }
};
