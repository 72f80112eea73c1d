import type { KubernetesObject } from '../kubernetes/objects';
import type { Finding } from '../types/findings';
import { trimmedPath } from '../gatewayApi/pathPrefix';
import { asArray } from '../kubernetes/objectFields';

/** One distinct match of a route: a key equal for matches a request cannot tell apart. */
export interface MatchKey {
  /** Canonical form; two matches with the same key tie on every precedence criterion. */
  key: string;
  /** Short human form, e.g. `PathPrefix /api` or `GRPC foo.Bar/Get`. */
  label: string;
}

/** What the conflict rules read of a route beyond the inventory's model. */
export interface RouteDetails {
  /** Milliseconds since the epoch; undefined when the object carries no creationTimestamp. */
  created?: number;
  /** The distinct matches of each rule, in rule order. */
  rules: MatchKey[][];
}

const sorted = (items: unknown, text: (item: any) => string) =>
  asArray(items).map(text).sort();

/**
 * An HTTPRouteMatch with its defaults (path PathPrefix `/`, header and query types Exact).
 * Header names are case-insensitive; a trailing `/` of a PathPrefix is ignored (spec).
 */
function httpMatchKey(match: any): MatchKey {
  const type = match?.path?.type ?? 'PathPrefix';
  const written: string = match?.path?.value ?? '/';
  const value = type === 'PathPrefix' ? trimmedPath(written) : written;
  const method: string = match?.method ?? '';
  const headers = sorted(
    match?.headers,
    h => `${h?.type ?? 'Exact'} ${String(h?.name).toLowerCase()}=${h?.value}`,
  );
  const query = sorted(
    match?.queryParams,
    q => `${q?.type ?? 'Exact'} ${q?.name}=${q?.value}`,
  );
  const extras = [
    method,
    ...headers.map(h => `header ${h}`),
    ...query.map(q => `query ${q}`),
  ].filter(Boolean);
  return {
    key: JSON.stringify([type, value, method, headers, query]),
    label: `${type} ${value}${extras.length ? ` (${extras.join(', ')})` : ''}`,
  };
}

/** A GRPCRouteMatch with its defaults (method type Exact; no method: every method). */
function grpcMatchKey(match: any): MatchKey {
  const m = match?.method;
  const type = m?.type ?? 'Exact';
  const target = m ? `${m.service ?? '*'}/${m.method ?? '*'}` : '*/*';
  const headers = sorted(
    match?.headers,
    h => `${h?.type ?? 'Exact'} ${String(h?.name).toLowerCase()}=${h?.value}`,
  );
  const extras = headers.map(h => `header ${h}`);
  return {
    key: JSON.stringify([type, target, headers]),
    label: `${m ? `${type} ` : ''}${target === '*/*' ? 'any method' : target}${
      extras.length ? ` (${extras.join(', ')})` : ''
    }`,
  };
}

/** The distinct matches of one rule; a rule without matches matches everything (spec). */
function ruleMatches(kind: string, rule: any): MatchKey[] {
  const matches: unknown[] =
    Array.isArray(rule?.matches) && rule.matches.length > 0
      ? rule.matches
      : [{}];
  const toKey = kind === 'GRPCRoute' ? grpcMatchKey : httpMatchKey;
  const byKey = new Map(matches.map(m => toKey(m)).map(k => [k.key, k]));
  return [...byKey.values()];
}

/** `kind/namespace/name`, the key routes are indexed by. */
export const routeKey = (kind: string, namespace: string, name: string) =>
  `${kind}/${namespace}/${name}`;

/**
 * Reads creationTimestamp and rule matches of every HTTPRoute and GRPCRoute, by
 * {@link routeKey} (a route without namespace is in `default`, as in the inventory).
 */
export function routeDetails(
  objects: KubernetesObject[],
): Map<string, RouteDetails> {
  const details = new Map<string, RouteDetails>();
  for (const object of objects) {
    if (object?.kind !== 'HTTPRoute' && object?.kind !== 'GRPCRoute') continue;
    const stamp = object.metadata?.creationTimestamp;
    const created = stamp === undefined ? NaN : new Date(stamp).getTime();
    // An HTTPRoute without rules gets the CRD default: one rule matching PathPrefix `/`.
    const rules =
      Array.isArray(object.spec?.rules) && object.spec.rules.length > 0
        ? object.spec.rules
        : [{}];
    details.set(
      routeKey(
        object.kind,
        object.metadata?.namespace ?? 'default',
        object.metadata?.name ?? '',
      ),
      {
        ...(Number.isNaN(created) ? {} : { created }),
        rules: rules.map((rule: unknown) => ruleMatches(object.kind!, rule)),
      },
    );
  }
  return details;
}

/**
 * ShadowedRule: within one route, ties between identical matches go to the first rule in
 * list order (HTTPRoute and GRPCRoute specs), so a rule whose every match already appears
 * in an earlier rule never receives a request.
 */
export function shadowedRules(key: string, details: RouteDetails): Finding[] {
  const [kind, namespace, name] = key.split('/');
  const firstRule = new Map<string, number>();
  const findings: Finding[] = [];
  details.rules.forEach((matches, index) => {
    const earlier = matches.map(m => firstRule.get(m.key));
    if (matches.length > 0 && earlier.every(e => e !== undefined)) {
      const by = [...new Set(earlier as number[])]
        .sort((x, y) => x - y)
        .map(e => `rules[${e}]`)
        .join(', ');
      findings.push({
        severity: 'warning',
        code: 'ShadowedRule',
        message: `${kind} ${namespace}/${name}: rules[${index}] is never used; its ${
          matches.length === 1 ? 'match' : 'matches'
        } ${matches.map(m => m.label).join('; ')} already ${
          matches.length === 1 ? 'appears' : 'appear'
        } in ${by}, and the first rule wins a tie`,
      });
    }
    for (const m of matches)
      if (!firstRule.has(m.key)) firstRule.set(m.key, index);
  });
  return findings;
}
