import type {
  ConversionState,
  Feature,
  RouteDraft,
  SourceIngress,
} from '../ir';
import { noteAnnotation, parseBool, readAnnotation } from './annotations';
import { httpRoutes } from './drafts';

/** PCRE constructs that RE2 (Envoy, most Go implementations) rejects. */
const PCRE_ONLY = /\(\?[=!<]|\\[1-9]|\(\?>|\\[GKZ]|[*+?}]\+/;

/** Sources that make a route's host a regex host, with the annotation that does it. */
function regexCauses(route: RouteDraft) {
  return route.sources.flatMap(source => {
    if (source.canary) return [];
    const useRegex =
      source.annotations['nginx.ingress.kubernetes.io/use-regex'];
    if (useRegex !== undefined && parseBool(useRegex))
      return [{ source, name: 'use-regex' }];
    if (source.annotations['nginx.ingress.kubernetes.io/rewrite-target'])
      return [{ source, name: 'rewrite-target' }];
    return [];
  });
}

/** Why each host of the routes is a regex host, by `<class>|<host>`; hosts without a cause are absent. */
function regexHostCauses(state: ConversionState) {
  const causes = new Map<string, ReturnType<typeof regexCauses>>();
  for (const route of httpRoutes(state)) {
    if (!route.host) continue;
    const key = `${route.className}|${route.host}`;
    const found = [...(causes.get(key) ?? []), ...regexCauses(route)];
    if (found.length > 0) causes.set(key, found);
  }
  return causes;
}

/** The first cause that makes a route's host a regex host, if it is one. */
const regexCauseOf = (
  causes: ReturnType<typeof regexHostCauses>,
  route: RouteDraft,
) => causes.get(`${route.className}|${route.host}`)?.[0];

function markUseRegex(state: ConversionState) {
  for (const source of state.sources)
    readAnnotation(state, source, 'use-regex');
}

/**
 * use-regex (ingress2gateway 1.2): a host is a regex host when any main Ingress for it sets
 * `use-regex: "true"` or a `rewrite-target`; then every path match of every HTTPRoute for that
 * host (any Ingress, any path type) becomes RegularExpression `(?i)<path>.*`, the
 * case-insensitive prefix regex ingress-nginx's location is. Always a regex, even for a path
 * without metacharacters, as ingress2gateway does, so matching stays case-insensitive.
 */
export const regex: Feature = state => {
  markUseRegex(state);
  const causes = regexHostCauses(state);
  const regexSources = new Set<SourceIngress>();
  for (const route of httpRoutes(state)) {
    if (!route.host || !regexCauseOf(causes, route)) continue;
    for (const rule of route.rules)
      for (const match of rule.matches) {
        const path = match.path;
        if (!path || (path.type !== 'PathPrefix' && path.type !== 'Exact'))
          continue;
        match.path = {
          type: 'RegularExpression',
          value: `(?i)${path.value}.*`,
        };
      }
    route.sources.forEach(s => regexSources.add(s));
  }
  for (const source of state.sources.filter(s => !regexSources.has(s))) {
    const useRegex =
      source.annotations['nginx.ingress.kubernetes.io/use-regex'];
    if (useRegex !== undefined && parseBool(useRegex) && !source.canary)
      noteAnnotation(
        state,
        source,
        'use-regex',
        'warning',
        'not carried over for rules without a host (as ingress2gateway): their paths stay PathPrefix / Exact, matched case-sensitively and literally',
      );
  }
};

/**
 * The portability warning of each regex route, once every feature ran: later features (the
 * rewrite-target capture pattern) turn some regex matches back into PathPrefix, so the warning
 * names only the paths still matched as RegularExpression.
 */
export const regexNotes: Feature = state => {
  const causes = regexHostCauses(state);
  for (const route of httpRoutes(state)) {
    const cause = route.host ? regexCauseOf(causes, route) : undefined;
    if (!cause) continue;
    const paths = route.rules.flatMap(rule =>
      rule.matches
        .map(match => match.path)
        .filter(path => path?.type === 'RegularExpression')
        .map(path => path.value as string),
    );
    if (paths.length === 0) continue;
    const pcre = paths.filter(path => PCRE_ONLY.test(path));
    noteAnnotation(
      state,
      cause.source,
      cause.name,
      'warning',
      `HTTPRoute ${route.namespace}/${route.name}: paths of host ${
        route.host
      } are case-insensitive RegularExpression matches, as ingress-nginx matched them${
        cause.name === 'rewrite-target'
          ? ' (rewrite-target makes the host regex)'
          : ''
      }: ${paths.join(
        ', ',
      )}. RegularExpression is implementation-specific support in Gateway API: check that your implementation supports it and its dialect (ingress-nginx used PCRE; Envoy-based ones use RE2, without lookaround or backreferences)${
        pcre.length
          ? `; these paths use PCRE-only syntax and will be rejected by RE2: ${pcre.join(
              ', ',
            )}`
          : ''
      }`,
    );
  }
};
