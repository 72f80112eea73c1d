import {
  ConversionState,
  Feature,
  primarySource,
  RouteDraft,
  RuleDraft,
} from '../ir';
import { noteAnnotation, parseBool, readAnnotation } from './annotations';
import { clone, copyRule, httpRoutes, redirectFilter } from './drafts';
import { gatewayOf, listenerFor, sharedParentRefs } from './parents';
import { trailingSlashRules } from './trailingSlash';

/** Whether ingress-nginx redirects this rule's plain-HTTP requests to HTTPS. */
function redirectsToHttps(
  state: ConversionState,
  route: RouteDraft,
  rule: RuleDraft,
  tls: boolean,
): boolean {
  const source =
    primarySource(rule) ??
    route.sources.find(s => !s.canary) ??
    route.sources[0];
  if (!source) return tls;
  const force = readAnnotation(state, source, 'force-ssl-redirect');
  const ssl = readAnnotation(state, source, 'ssl-redirect');
  if (force !== undefined && parseBool(force) === undefined)
    noteAnnotation(
      state,
      source,
      'force-ssl-redirect',
      'warning',
      `"${force}" is not a boolean; read as false, as ingress-nginx does`,
    );
  if (force !== undefined && parseBool(force)) return true;
  if (ssl === undefined || !tls) return tls;
  const value = parseBool(ssl);
  if (value === undefined)
    noteAnnotation(
      state,
      source,
      'ssl-redirect',
      'warning',
      `"${ssl}" is not a boolean; read as the default true, as ingress-nginx does`,
    );
  return value !== false;
}

/** The parentRefs of the HTTPS route and of the `-http` route, or why there are none. */
function splitParents(state: ConversionState, route: RouteDraft) {
  const shared = sharedParentRefs(state);
  if (shared)
    return {
      https: route.parentRefs.map(p =>
        p.sectionName ? p : { ...p, port: 443 },
      ),
      http: [shared.http],
    };
  const gateway = gatewayOf(state, route);
  const https = listenerFor(gateway, route.host, 'HTTPS');
  const http = listenerFor(gateway, route.host, 'HTTP');
  if (!https) return undefined;
  return {
    https: route.parentRefs.map(p => ({
      ...p,
      port: 443,
      sectionName: https.name,
    })),
    http: route.parentRefs.map(p => ({
      ...p,
      port: 80,
      ...(http ? { sectionName: http.name } : {}),
    })),
  };
}

function httpRuleOf(
  rule: RuleDraft,
  redirect: boolean,
  trailing: boolean,
): RuleDraft {
  if (!redirect) return copyRule(rule);
  if (trailing) {
    const copy = copyRule(rule);
    copy.filters[0].requestRedirect.scheme = 'https';
    return copy;
  }
  return {
    matches: clone(rule.matches),
    backends: [],
    filters: [redirectFilter({ scheme: 'https', statusCode: 308 })],
    sources: [...rule.sources],
  };
}

/**
 * ssl-redirect and force-ssl-redirect (ingress2gateway 1.5, plus force-ssl-redirect, which it
 * ignores): a route whose plain-HTTP requests redirect is split: it stays on the HTTPS listener,
 * and `<route>-http` on the plain-HTTP listener redirects each rule to https with 308 (or serves
 * it, where ssl-redirect is "false"). TLS hosts redirect by default; force-ssl-redirect redirects
 * hosts without TLS too (TLS terminated in front). Trailing-slash redirects are added first.
 */
export const sslRedirect: Feature = state => {
  for (const route of httpRoutes(state)) {
    const trailing = trailingSlashRules(route);
    route.rules.push(...trailing);
    if (!route.host) continue;
    const tls = (route.tls ?? []).length > 0;
    const decisions = route.rules.map(rule =>
      redirectsToHttps(state, route, rule, tls),
    );
    if (!decisions.includes(true)) continue;
    const parents = splitParents(state, route);
    if (!parents) {
      const source = route.sources.find(s => !s.canary) ?? route.sources[0];
      noteAnnotation(
        state,
        source,
        tls ? 'ssl-redirect' : 'force-ssl-redirect',
        'warning',
        `HTTP to HTTPS redirect for ${
          route.host
        } not carried over: the generated Gateway has no HTTPS listener for it${
          tls
            ? ' (its TLS entries have no secretName)'
            : ' (the Ingress has no TLS)'
        }; migrate with a shared Gateway (options.gateway) that terminates TLS, or add TLS to the Ingress`,
      );
      continue;
    }
    const httpRoute: RouteDraft = {
      ...route,
      name: `${route.name}-http`,
      hostnames: [...route.hostnames],
      parentRefs: parents.http,
      rules: route.rules.map((rule, i) =>
        httpRuleOf(rule, decisions[i], trailing.includes(rule)),
      ),
      sources: [...route.sources],
      ...(route.labels ? { labels: { ...route.labels } } : {}),
    };
    route.parentRefs = parents.https;
    state.routes.splice(state.routes.indexOf(route) + 1, 0, httpRoute);
  }
};
