import {
  BackendDraft,
  ConversionState,
  Feature,
  RouteDraft,
  RuleDraft,
  SourceIngress,
} from '../ir';
import { NGINX_PREFIX, noteAnnotation, readAnnotation } from './annotations';
import { appliedSources, clone, copyRule } from './drafts';

const CANARY_ANNOTATIONS = [
  'canary',
  'canary-weight',
  'canary-weight-total',
  'canary-by-header',
  'canary-by-header-value',
  'canary-by-header-pattern',
  'canary-by-cookie',
];

/** A canary-weight or -total as ingress-nginx reads it: a whole number, else the fallback. */
function readWeight(
  state: ConversionState,
  canary: SourceIngress,
  name: string,
  fallback: number,
): number | undefined {
  const value = readAnnotation(state, canary, name);
  if (value === undefined) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  noteAnnotation(
    state,
    canary,
    name,
    'error',
    `"${value}" is not a whole number ≥ 0; ${fallback} used, as ingress2gateway does`,
  );
  return fallback;
}

/** Splits a merged rule's traffic between its main backend and its canary backend. */
function applyCanary(
  state: ConversionState,
  route: RouteDraft,
  rule: RuleDraft,
): void {
  const canaries = rule.backends.filter(b => b.source.canary);
  if (canaries.length === 0) return;
  const primaries = rule.backends.filter(b => !b.source.canary);
  const canary = canaries[0].source;
  const where = `path ${rule.path?.value ?? '(default backend)'} of ${
    route.host || 'any host'
  }`;
  if (canaries.length > 1 || primaries.length !== 1) {
    const problem =
      primaries.length === 0
        ? 'has no main (non-canary) Ingress'
        : `has ${canaries.length} canary and ${primaries.length} main backends, ingress-nginx allows one of each`;
    for (const backend of rule.backends.filter(b => b.source.canary))
      noteAnnotation(
        state,
        backend.source,
        'canary',
        'error',
        `${where} ${problem}; the traffic split is not converted and the rule keeps every backend unweighted: fix the Ingresses or set backendRefs weights by hand`,
      );
    return;
  }
  readAnnotation(state, canary, 'canary');
  const total = readWeight(state, canary, 'canary-weight-total', 100) ?? 100;
  let weight = readWeight(state, canary, 'canary-weight', 0);
  if (weight !== undefined && weight > total) {
    noteAnnotation(
      state,
      canary,
      'canary-weight',
      'error',
      `canary-weight ${weight} is above the total ${total}; capped to ${total}`,
    );
    weight = total;
  }
  const header = readAnnotation(state, canary, 'canary-by-header');
  const headerValue = readAnnotation(state, canary, 'canary-by-header-value');
  for (const name of ['canary-by-header-pattern', 'canary-by-cookie'])
    if (readAnnotation(state, canary, name) !== undefined)
      noteAnnotation(
        state,
        canary,
        name,
        'warning',
        name === 'canary-by-cookie'
          ? "not carried over: Gateway API header matches cannot test one cookie of the Cookie header portably; use a header match (canary-by-header) or your implementation's cookie match (a RegularExpression header match on Cookie where supported)"
          : 'not carried over: a header RegularExpression match is implementation-specific in Gateway API; add a headers match of type RegularExpression by hand if your implementation supports it',
      );
  const [primary] = primaries;
  const [canaryBackend] = canaries;
  primary.ref.weight = total - (weight ?? 0);
  canaryBackend.ref.weight = weight ?? 0;
  if (!header) return;
  const headerRule = (value: string, backend: BackendDraft): RuleDraft => {
    const added = copyRule({ ...rule, backends: [backend] });
    delete added.backends[0].ref.weight;
    added.matches = (rule.matches.length ? rule.matches : [{}]).map(m => ({
      ...clone(m),
      headers: [...clone(m.headers ?? []), { name: header, value }],
    }));
    return added;
  };
  const added = [headerRule(headerValue || 'always', canaryBackend)];
  if (!headerValue) added.push(headerRule('never', primary));
  if (weight === undefined) {
    rule.backends = [primary];
    delete primary.ref.weight;
  }
  route.rules.splice(route.rules.indexOf(rule) + 1, 0, ...added);
}

/**
 * Canary (ingress2gateway 1.10): a rule merged from a main and a canary Ingress gets weighted
 * backendRefs (`canary-weight` of `canary-weight-total`, default 100); `canary-by-header` adds
 * a rule matching `<header>: <value>` (or `always`, plus `never` to the main backend) to the
 * canary. Cookie and header-pattern are notes; conflicts are errors. The canary Ingress's other
 * annotations do not apply: annotations come from the main Ingress.
 */
export const canary: Feature = state => {
  for (const route of state.routes)
    for (const rule of [...route.rules]) applyCanary(state, route, rule);
  const applied = new Set(appliedSources(state));
  for (const source of state.sources.filter(s => s.canary && !applied.has(s)))
    for (const key of Object.keys(source.annotations)) {
      const name = key.slice(NGINX_PREFIX.length);
      if (!key.startsWith(NGINX_PREFIX) || CANARY_ANNOTATIONS.includes(name))
        continue;
      noteAnnotation(
        state,
        source,
        name,
        'info',
        "not applied: ingress-nginx serves canary traffic with the main Ingress's annotations, so the routes carry those",
      );
    }
};
