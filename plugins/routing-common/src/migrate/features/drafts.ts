import {
  ConversionState,
  primarySource,
  RouteDraft,
  RuleDraft,
  SourceIngress,
} from '../ir';

/** The HTTPRoute drafts, in order. */
export function httpRoutes(state: ConversionState): RouteDraft[] {
  return state.routes.filter(route => route.kind === 'HTTPRoute');
}

/** The HTTPRoute and GRPCRoute drafts (the kinds with rules of matches and filters), in order. */
export function requestRoutes(state: ConversionState): RouteDraft[] {
  return state.routes.filter(route => route.kind !== 'TLSRoute');
}

/**
 * The sources whose annotations apply: the primary source of at least one rule, in input
 * order. A canary Ingress merged into a main Ingress's rule is not one of them.
 */
export function appliedSources(state: ConversionState): SourceIngress[] {
  const primaries = new Set(
    state.routes.flatMap(route => route.rules.map(primarySource)),
  );
  return state.sources.filter(source => primaries.has(source));
}

/** Each rule of the given routes with its primary source, skipping rules without one. */
export function rulesWithSource(
  routes: RouteDraft[],
): Array<{ route: RouteDraft; rule: RuleDraft; source: SourceIngress }> {
  return routes.flatMap(route =>
    route.rules.flatMap(rule => {
      const source = primarySource(rule);
      return source ? [{ route, rule, source }] : [];
    }),
  );
}

/** True when the rule answers with a RequestRedirect (no backend is called). */
export function redirects(rule: RuleDraft): boolean {
  return rule.filters.some(filter => filter.type === 'RequestRedirect');
}

/** A RequestRedirect filter. */
export function redirectFilter(
  requestRedirect: Record<string, unknown>,
): Record<string, any> {
  return { type: 'RequestRedirect', requestRedirect };
}

/**
 * Sets a request header on the rule, in its RequestHeaderModifier filter (made when missing):
 * Gateway API allows one such filter per rule.
 */
export function setRequestHeader(
  rule: RuleDraft,
  name: string,
  value: string,
): void {
  let filter = rule.filters.find(f => f.type === 'RequestHeaderModifier');
  if (!filter) {
    filter = { type: 'RequestHeaderModifier', requestHeaderModifier: {} };
    rule.filters.push(filter);
  }
  const modifier = filter.requestHeaderModifier;
  const set: Array<{ name: string; value: string }> = (modifier.set ??= []);
  const existing = set.find(h => h.name.toLowerCase() === name.toLowerCase());
  if (existing) existing.value = value;
  else set.push({ name, value });
}

/** A copy of a rule that shares sources and backends' sources but no mutable parts. */
export function copyRule(rule: RuleDraft): RuleDraft {
  return {
    ...rule,
    matches: clone(rule.matches),
    backends: rule.backends.map(b => ({ ...b, ref: { ...b.ref } })),
    filters: clone(rule.filters),
    ...(rule.timeouts ? { timeouts: { ...rule.timeouts } } : {}),
    sources: [...rule.sources],
  };
}

/** A deep copy of plain JSON data. */
export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value));
}
