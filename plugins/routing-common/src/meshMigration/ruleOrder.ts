import { prefixTakes } from '../gatewayApi/pathPrefix';
import { asArray } from '../kubernetes/objectFields';
import type { MeshRouteKind, NoteSink } from './types';

/** A converted rule beside the VirtualService field it came from. */
export interface ConvertedRule {
  field: string;
  rule: Record<string, any>;
}

type Match = Record<string, any>;

/** The rule's matches; a rule without any matches every request (spec). */
const matchesOf = (rule: Match): Match[] =>
  asArray(rule.matches).length > 0 ? asArray(rule.matches) : [{}];

/** Two lists of header (or query) matches can both hold unless they want one name's Exact values apart. */
function valuesMayBothHold(a: unknown, b: unknown, caseInsensitive: boolean) {
  const name = (m: any) =>
    caseInsensitive ? String(m?.name).toLowerCase() : String(m?.name);
  return asArray(a).every((x: any) =>
    asArray(b).every(
      (y: any) =>
        name(x) !== name(y) ||
        (x?.type ?? 'Exact') !== 'Exact' ||
        (y?.type ?? 'Exact') !== 'Exact' ||
        x?.value === y?.value,
    ),
  );
}

function httpPathsMayOverlap(a: Match, b: Match) {
  const [p, q] = [
    a.path ?? { type: 'PathPrefix', value: '/' },
    b.path ?? { type: 'PathPrefix', value: '/' },
  ];
  if (p.type === 'Exact' && q.type === 'Exact') return p.value === q.value;
  if (p.type === 'Exact') return prefixTakes(q.value, p.value);
  if (q.type === 'Exact') return prefixTakes(p.value, q.value);
  return prefixTakes(p.value, q.value) || prefixTakes(q.value, p.value);
}

const httpMayOverlap = (a: Match, b: Match) =>
  httpPathsMayOverlap(a, b) &&
  (!a.method || !b.method || a.method === b.method) &&
  valuesMayBothHold(a.headers, b.headers, true) &&
  valuesMayBothHold(a.queryParams, b.queryParams, false);

const grpcMayOverlap = (a: Match, b: Match) =>
  (!a.method?.service ||
    !b.method?.service ||
    a.method.service === b.method.service) &&
  (!a.method?.method ||
    !b.method?.method ||
    a.method.method === b.method.method) &&
  valuesMayBothHold(a.headers, b.headers, true);

/**
 * The Gateway API's precedence of a match between rules, as numbers compared in order; none for
 * a regular expression, whose precedence is implementation-specific. HTTPRoute: Exact path,
 * longest prefix, method, most headers, most query params. GRPCRoute: longest service, longest
 * method, most headers.
 */
function precedence(kind: MeshRouteKind, match: Match): number[] | undefined {
  const headers = asArray(match.headers).length;
  if (kind === 'GRPCRoute') {
    if (match.method?.type === 'RegularExpression') return undefined;
    return [
      String(match.method?.service ?? '').length,
      String(match.method?.method ?? '').length,
      headers,
    ];
  }
  const path = match.path ?? { type: 'PathPrefix', value: '/' };
  if (path.type === 'RegularExpression') return undefined;
  return [
    path.type === 'Exact' ? 1 : 0,
    String(path.value).length,
    match.method ? 1 : 0,
    headers,
    asArray(match.queryParams).length,
  ];
}

function outranks(a: number[], b: number[]) {
  const at = a.findIndex((value, i) => value !== b[i]);
  return at >= 0 && a[at] > b[at];
}

/**
 * Istio takes a VirtualService's first http route that matches; the Gateway API takes the most
 * specific match across all rules of a route, whatever their order. Where a later rule has a
 * match that outranks an overlapping match of an earlier one, requests both take changed rule
 * in the conversion: a warning on the later rule, naming both.
 */
export function noteRuleOrder(
  kind: MeshRouteKind,
  rules: ConvertedRule[],
  notes: NoteSink,
): void {
  const mayOverlap = kind === 'GRPCRoute' ? grpcMayOverlap : httpMayOverlap;
  rules.forEach((later, j) => {
    for (const earlier of rules.slice(0, j)) {
      const outranked = matchesOf(later.rule).some(b => {
        const rankB = precedence(kind, b);
        return matchesOf(earlier.rule).some(a => {
          const rankA = precedence(kind, a);
          return rankA && rankB && mayOverlap(a, b) && outranks(rankB, rankA);
        });
      });
      if (outranked)
        notes.add(
          'warning',
          later.field,
          `rule order: a request that both ${earlier.field} and ${later.field} match went to ${earlier.field} under Istio, which takes the first matching route, and goes to ${later.field}'s rule in the ${kind}, which takes the most specific match whatever the order; narrow ${earlier.field}'s match if that is not what you want`,
        );
    }
  });
}
