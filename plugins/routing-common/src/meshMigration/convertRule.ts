import { asArray } from '../kubernetes/objectFields';
import { corsFilter } from './corsFilter';
import { grpcRouteMatch } from './grpcMatches';
import { headerFilters } from './headerFilters';
import { httpRouteMatch } from './httpMatches';
import { mirrorFilters } from './mirrorFilters';
import { redirectFilter, rewriteFilter } from './pathFilters';
import { checkRuleFields, ruleName } from './ruleFields';
import { serviceRefOf } from './serviceRefs';
import { ruleTimeouts } from './timeouts';
import type { RuleContext } from './types';

type Rule = Record<string, any>;

/** The route's destinations as backendRefs, with their weights and their own header filters. */
function backendRefs(rule: any, field: string, context: RuleContext): Rule[] {
  const routes = asArray(rule.route);
  return routes.flatMap((route, i) => {
    const at = `${field}.route[${i}]`;
    const ref = serviceRefOf(
      route?.destination ?? {},
      `${at}.destination`,
      context,
    );
    if (!ref) return [];
    const filters = headerFilters(route.headers);
    return [
      {
        ...ref,
        ...(routes.length > 1 && route.weight !== undefined
          ? { weight: Number(route.weight) }
          : {}),
        ...(filters.length ? { filters } : {}),
      },
    ];
  });
}

/** The rule's filters, in the order the Gateway API applies them best: headers, path, CORS, mirrors. */
function ruleFilters(rule: any, field: string, context: RuleContext): Rule[] {
  const { notes } = context;
  const rewrite = rule.rewrite
    ? rewriteFilter(rule, `${field}.rewrite`, notes)
    : undefined;
  return [
    ...headerFilters(rule.headers),
    ...(rule.redirect
      ? [redirectFilter(rule.redirect, `${field}.redirect`, notes)]
      : []),
    ...(rewrite ? [rewrite] : []),
    ...(rule.corsPolicy
      ? [corsFilter(rule.corsPolicy, `${field}.corsPolicy`, notes)]
      : []),
    ...mirrorFilters(rule, field, context),
  ];
}

/**
 * One Istio http route (`spec.http[<i>]`) as a rule of the mesh route: matches, filters,
 * backendRefs and (HTTPRoute) timeouts; undefined, with an error note, when the rule cannot be
 * written (a delegate, a direct response, no destination the Gateway API can name).
 */
export function convertRule(
  rule: any,
  field: string,
  context: RuleContext,
): Rule | undefined {
  const { kind, notes } = context;
  if (!checkRuleFields(rule, field, notes)) return undefined;
  const toMatch = kind === 'GRPCRoute' ? grpcRouteMatch : httpRouteMatch;
  const matches = asArray(rule.match).map((match, j) =>
    toMatch(match ?? {}, `${field}.match[${j}]`, notes),
  );
  const filterList = ruleFilters(rule, field, context);
  const backends = rule.redirect ? [] : backendRefs(rule, field, context);
  if (!rule.redirect && backends.length === 0) {
    notes.add(
      'error',
      `${field}.route`,
      'not converted, the rule is left out: none of its destinations is a Service port the Gateway API can name',
    );
    return undefined;
  }
  const name = ruleName(rule, field, notes);
  const timeouts = ruleTimeouts(rule, field, kind, notes);
  return {
    ...(name ? { name } : {}),
    ...(matches.length ? { matches } : {}),
    ...(filterList.length ? { filters: filterList } : {}),
    ...(backends.length ? { backendRefs: backends } : {}),
    ...(timeouts ? { timeouts } : {}),
  };
}
