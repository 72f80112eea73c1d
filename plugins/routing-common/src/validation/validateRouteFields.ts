import type { KubernetesObject } from '../kubernetes/objects';
import type { Finding } from '../types/findings';
import {
  checkDnsLabel,
  checkDnsSubdomain,
  checkDuration,
  checkGatewayHostname,
  checkGroup,
  checkKind,
  checkLength,
  checkPort,
} from './fieldRules';
import { checkGrpcMatch, checkHttpMatch } from './routeMatchFields';
import { checkRuleFilters } from './routeFilterFields';
import type { Report } from './routeFieldReport';
import { checkMaxItems, checkString, reporter } from './routeFieldReport';
import { asArray } from '../kubernetes/objectFields';

const GATEWAY_API = 'gateway.networking.k8s.io/v1';

function checkNumber(
  report: Report,
  field: string,
  value: unknown,
  min: number,
  max: number,
) {
  if (value === undefined) return;
  if (
    !Number.isInteger(value) ||
    (value as number) < min ||
    (value as number) > max
  ) {
    report(field, `must be a whole number from ${min} to ${max}`);
  }
}

/** A parentRef or backendRef: group, kind, namespace, name, port (and sectionName for parents). */
function checkReference(
  report: Report,
  field: string,
  ref: any,
  backend: boolean,
) {
  checkString(report, `${field}.group`, ref?.group, checkGroup);
  checkString(report, `${field}.kind`, ref?.kind, checkKind);
  checkString(report, `${field}.namespace`, ref?.namespace, checkDnsLabel);
  checkString(report, `${field}.name`, ref?.name ?? '', v =>
    checkLength(v, 1, 253),
  );
  if (ref?.port !== undefined) {
    report(
      `${field}.port`,
      Number.isInteger(ref.port)
        ? checkPort(ref.port)
        : 'must be a whole number from 1 to 65535',
    );
  }
  if (!backend) {
    checkString(
      report,
      `${field}.sectionName`,
      ref?.sectionName,
      checkDnsSubdomain,
    );
    return;
  }
  checkNumber(report, `${field}.weight`, ref?.weight, 0, 1000000);
  const isService =
    (ref?.group ?? '') === '' && (ref?.kind ?? 'Service') === 'Service';
  if (isService && ref?.port === undefined) {
    report(`${field}.port`, 'must be set for a Service reference');
  }
}

function checkRule(report: Report, kind: string, field: string, rule: any) {
  checkString(report, `${field}.name`, rule?.name, checkDnsSubdomain);
  checkMaxItems(report, `${field}.matches`, rule?.matches, 64);
  asArray(rule?.matches).forEach((match, m) =>
    (kind === 'HTTPRoute' ? checkHttpMatch : checkGrpcMatch)(
      report,
      `${field}.matches[${m}]`,
      match,
    ),
  );
  checkMaxItems(report, `${field}.backendRefs`, rule?.backendRefs, 16);
  asArray(rule?.backendRefs).forEach((ref, b) => {
    checkReference(report, `${field}.backendRefs[${b}]`, ref, true);
    checkRuleFilters(
      report,
      kind,
      `${field}.backendRefs[${b}].filters`,
      ref?.filters,
      rule?.matches,
    );
  });
  checkRuleFilters(
    report,
    kind,
    `${field}.filters`,
    rule?.filters,
    rule?.matches,
  );
  if (kind === 'HTTPRoute') {
    checkString(
      report,
      `${field}.timeouts.request`,
      rule?.timeouts?.request,
      checkDuration,
    );
    checkString(
      report,
      `${field}.timeouts.backendRequest`,
      rule?.timeouts?.backendRequest,
      checkDuration,
    );
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
}

/**
 * Checks the fields of an HTTPRoute or GRPCRoute (gateway.networking.k8s.io/v1) against the
 * Gateway API v1.6 standard-channel CRD validation: OpenAPI patterns, lengths, enums and
 * maxItems, and the cheap `x-kubernetes-validations` CEL rules. Each broken rule is an error
 * finding with `field` as the JSON path (`spec.rules[1].matches[0].path.value`) and code
 * InvalidHostname (hostnames), InvalidPath (Exact and PathPrefix path values) or InvalidField.
 * Other kinds and API versions give no findings.
 *
 * @public
 */
export function validateRouteFields(object: KubernetesObject): Finding[] {
  const kind = object.kind;
  if (
    object.apiVersion !== GATEWAY_API ||
    (kind !== 'HTTPRoute' && kind !== 'GRPCRoute')
  ) {
    return [];
  }
  const findings: Finding[] = [];
  const name = `${object.metadata?.namespace ?? 'default'}/${
    object.metadata?.name ?? ''
  }`;
  const report = reporter(`${kind} ${name}`, findings);
  const spec = object.spec ?? {};
  checkMaxItems(report, 'spec.hostnames', spec.hostnames, 16);
  asArray(spec.hostnames).forEach((hostname, i) =>
    checkString(
      report,
      `spec.hostnames[${i}]`,
      hostname,
      checkGatewayHostname,
      'InvalidHostname',
    ),
  );
  checkMaxItems(report, 'spec.parentRefs', spec.parentRefs, 32);
  asArray(spec.parentRefs).forEach((ref, i) =>
    checkReference(report, `spec.parentRefs[${i}]`, ref, false),
  );
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
  return findings;
}
