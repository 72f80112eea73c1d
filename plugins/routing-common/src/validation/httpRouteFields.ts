import { checkDnsSubdomain } from './fieldRules';
import { checkKnownFields } from './knownFields';
import { checkGrpcMatch, checkHttpMatch } from './routeMatchFields';
import { checkRuleFilters } from './routeFilterFields';
import { checkPrefixReplacements } from './routePrefixRewrites';
import { checkRouteRetry } from './routeRetryFields';
import { checkRouteTimeouts } from './routeTimeouts';
import { checkBackendRef } from './referenceFields';
import { checkRouteHostnames, checkRouteParentRefs } from './routeParentFields';
import type { Report } from './routeFieldReport';
import { checkMaxItems, checkMinItems, checkString } from './routeFieldReport';
import { asArray } from '../kubernetes/objectFields';

const SPEC_FIELDS = ['hostnames', 'parentRefs', 'rules'];
const GRPC_RULE_FIELDS = ['name', 'matches', 'filters', 'backendRefs'];
// retry is experimental: checkRouteRetry says so with its own message.
const HTTP_RULE_FIELDS = [...GRPC_RULE_FIELDS, 'timeouts', 'retry'];

function checkRule(report: Report, kind: string, field: string, rule: any) {
  const http = kind === 'HTTPRoute';
  checkKnownFields(
    report,
    field,
    rule,
    http ? HTTP_RULE_FIELDS : GRPC_RULE_FIELDS,
    `${kind} rule`,
  );
  checkString(report, `${field}.name`, rule?.name, checkDnsSubdomain);
  checkMaxItems(report, `${field}.matches`, rule?.matches, 64);
  asArray(rule?.matches).forEach((match, m) =>
    (http ? checkHttpMatch : checkGrpcMatch)(
      report,
      `${field}.matches[${m}]`,
      match,
    ),
  );
  checkMaxItems(report, `${field}.backendRefs`, rule?.backendRefs, 16);
  asArray(rule?.backendRefs).forEach((ref, b) => {
    checkBackendRef(report, `${field}.backendRefs[${b}]`, ref, {
      weighted: true,
      filters: true,
    });
    checkRuleFilters(
      report,
      kind,
      `${field}.backendRefs[${b}].filters`,
      ref?.filters,
    );
  });
  checkRuleFilters(report, kind, `${field}.filters`, rule?.filters);
  if (!http) return;
  checkPrefixReplacements(report, field, rule);
  checkRouteTimeouts(report, `${field}.timeouts`, rule?.timeouts);
  checkRouteRetry(report, `${field}.retry`, rule?.retry);
  const redirects = asArray(rule?.filters).some(
    f => f?.type === 'RequestRedirect',
  );
  if (redirects && asArray(rule?.backendRefs).length > 0) {
    report(
      `${field}.filters`,
      'must not have a RequestRedirect filter when the rule has backendRefs',
    );
  }
}

/**
 * An HTTPRoute's or GRPCRoute's spec: hostnames, parentRefs, and at most 16 rules (HTTPRoute:
 * at least 1 when given) of at most 128 matches in all.
 */
export function checkHttpOrGrpcRoute(report: Report, kind: string, spec: any) {
  checkKnownFields(report, 'spec', spec, SPEC_FIELDS, `${kind} spec`);
  checkRouteHostnames(report, spec.hostnames, 0, 16);
  checkRouteParentRefs(report, spec.parentRefs);
  if (kind === 'HTTPRoute') checkMinItems(report, 'spec.rules', spec.rules, 1);
  checkMaxItems(report, 'spec.rules', spec.rules, 16);
  asArray(spec.rules).forEach((rule, i) =>
    checkRule(report, kind, `spec.rules[${i}]`, rule),
  );
  const totalMatches = asArray(spec.rules).reduce(
    (n, rule) => n + asArray(rule?.matches).length,
    0,
  );
  if (totalMatches > 128) {
    report('spec.rules', 'must have at most 128 matches across all rules');
  }
}
