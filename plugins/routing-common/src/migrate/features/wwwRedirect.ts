import type {
  ConversionState,
  Feature,
  ParentRefDraft,
  RouteDraft,
  SourceIngress,
} from '../ir';
import { ensureListener } from '../gateways';
import { nameFromHost } from '../names';
import { noteAnnotation, parseBool, readAnnotation } from './annotations';
import { httpRoutes, redirectFilter } from './drafts';
import { gatewayOf, listenerFor, sharedParentRefs } from './parents';

/** The host a request comes in on to be redirected to `host`: with or without `www.`. */
export function otherWwwHost(host: string): string {
  return host.startsWith('www.') ? host.slice(4) : `www.${host}`;
}

function enabled(
  state: ConversionState,
  route: RouteDraft,
): SourceIngress | undefined {
  return route.sources.find(source => {
    if (source.canary) return false;
    const value = readAnnotation(state, source, 'from-to-www-redirect');
    if (value === undefined) return false;
    const parsed = parseBool(value);
    if (parsed === undefined)
      noteAnnotation(
        state,
        source,
        'from-to-www-redirect',
        'error',
        `"${value}" is not a boolean; not carried over`,
      );
    return parsed === true;
  });
}

/** The parentRefs of the redirect route: the other host's listeners (generated) or the shared Gateway. */
function parentsFor(
  state: ConversionState,
  route: RouteDraft,
  from: string,
): ParentRefDraft[] {
  const shared = sharedParentRefs(state);
  if (shared) return [shared.http, shared.https];
  const gateway = gatewayOf(state, route);
  if (!gateway) return route.parentRefs.map(p => ({ ...p }));
  const base = nameFromHost(from);
  const refs: ParentRefDraft[] = [];
  const http = ensureListener(gateway, {
    name: `${base}-http`,
    protocol: 'HTTP',
    port: 80,
    hostname: from,
  });
  const name = gateway.name;
  const namespace = route.parentRefs[0]?.namespace;
  refs.push({
    ...(namespace ? { namespace } : {}),
    name,
    port: 80,
    sectionName: http.name,
  });
  const targetTls = listenerFor(gateway, route.host, 'HTTPS')?.tls;
  if (targetTls) {
    const https = ensureListener(gateway, {
      name: `${base}-https`,
      protocol: 'HTTPS',
      port: 443,
      hostname: from,
      tls: JSON.parse(JSON.stringify(targetTls)),
    });
    refs.push({
      ...(namespace ? { namespace } : {}),
      name,
      port: 443,
      sectionName: https.name,
    });
  }
  return refs;
}

/**
 * from-to-www-redirect (ingress2gateway 1.6): requests for the other host (`www.` added or
 * removed) answer 301 to the route's host, from an HTTPRoute
 * `00-<route>-<other host>-www-redirect` on that host's listeners (HTTPS only when the route's
 * host has TLS). Skipped, with a note, when the other host has routes of its own (as
 * ingress-nginx does) or the host is a wildcard.
 */
export const wwwRedirect: Feature = state => {
  const hosts = new Set(state.routes.map(r => r.host));
  for (const route of httpRoutes(state)) {
    const source = route.host ? enabled(state, route) : undefined;
    if (!source) continue;
    const from = otherWwwHost(route.host);
    if (route.host.startsWith('*') || hosts.has(from)) {
      noteAnnotation(
        state,
        source,
        'from-to-www-redirect',
        'info',
        route.host.startsWith('*')
          ? `no effect on wildcard host ${route.host}`
          : `no redirect from ${from}: it has routes of its own, so ingress-nginx skips it too`,
      );
      continue;
    }
    const redirect: RouteDraft = {
      kind: 'HTTPRoute',
      name: `00-${route.name}-${nameFromHost(from)}-www-redirect`,
      namespace: route.namespace,
      className: route.className,
      host: from,
      hostnames: [from],
      parentRefs: parentsFor(state, route, from),
      rules: [
        {
          matches: [],
          backends: [],
          filters: [redirectFilter({ hostname: route.host, statusCode: 301 })],
          sources: [],
        },
      ],
      sources: [source],
      ...(route.labels ? { labels: { ...route.labels } } : {}),
    };
    state.routes.splice(state.routes.indexOf(route) + 1, 0, redirect);
    if (state.options.gateway)
      noteAnnotation(
        state,
        source,
        'from-to-www-redirect',
        'info',
        `HTTPRoute ${redirect.name} redirects ${from} to ${route.host}: the shared Gateway's listeners must accept ${from}`,
      );
  }
};
