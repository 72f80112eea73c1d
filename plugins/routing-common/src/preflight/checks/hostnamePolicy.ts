import {
  HostnameRule,
  normalizeDomain,
  normalizeOwnerRef,
  parseListenerRef,
} from '../../types/exposurePolicy';
import type { ExposureRequest } from '../../types/exposure';
import type { Finding } from '../../types/findings';
import { CheckInput, finding } from './types';

/** What the hostname policy reads: it needs no cluster. */
export interface HostnamePolicyInput
  extends Pick<CheckInput, 'policy' | 'owners'> {
  /** The hostnames asked for, and the Gateway listener they are asked on. */
  request: Pick<ExposureRequest, 'hostnames' | 'gateway'>;
}

/**
 * Whether a policy domain allows a requested hostname, both compared in lower case without a
 * trailing dot. An exact domain allows only itself. `*.suffix` allows every hostname ending in
 * `.suffix` with one or more labels before it (`a.suffix`, `a.b.suffix`), and the wildcard
 * requests `*.suffix` and `*.a.suffix`, whose names all end so; it does not allow `suffix`
 * itself.
 */
export function domainAllows(domain: string, hostname: string): boolean {
  const allowed = normalizeDomain(domain);
  const requested = normalizeDomain(hostname);
  if (requested === allowed) return true;
  if (!allowed.startsWith('*.')) return false;
  const suffix = allowed.slice(1);
  return requested.endsWith(suffix) && requested.length > suffix.length;
}

/**
 * Whether a rule applies to a request. A listener rule applies to requests on its Gateway; one
 * naming a listener also to requests that name none, since their route attaches to every
 * listener of the Gateway that takes it. An owner rule applies to the requests of its owner's
 * entities.
 */
function applies(
  rule: HostnameRule,
  request: HostnamePolicyInput['request'],
  owners: string[],
): boolean {
  if (rule.owner !== undefined) {
    return owners.includes(normalizeOwnerRef(rule.owner));
  }
  const listener = rule.listener ? parseListenerRef(rule.listener) : undefined;
  const { gateway } = request;
  if (!listener || !gateway) return false;
  return (
    gateway.namespace === listener.namespace &&
    gateway.name === listener.name &&
    (!listener.sectionName ||
      !gateway.sectionName ||
      gateway.sectionName === listener.sectionName)
  );
}

function describeRule(rule: HostnameRule): string {
  const subject =
    rule.owner !== undefined
      ? `owner ${rule.owner}`
      : `listener ${rule.listener}`;
  return `the rule for ${subject}`;
}

function refusal(
  hostname: string,
  refusing: HostnameRule[],
  satisfied: HostnameRule[],
): string {
  const refused = refusing
    .map(rule => `${describeRule(rule)} allows only ${rule.domains.join(', ')}`)
    .join('; ');
  const also = satisfied
    .map(rule => `${describeRule(rule)} (${rule.domains.join(', ')})`)
    .join(' and ');
  return `${hostname} is not allowed by the hostname policy: ${refused}${
    also
      ? `; ${also} ${
          satisfied.length === 1 ? 'applies' : 'apply'
        } too, and a hostname must be allowed by every rule that applies`
      : ''
  }`;
}

/**
 * HostnameNotAllowed: a hostname of the request that a rule of the hostname policy which
 * applies to it does not allow (every rule that applies must allow each hostname; with no rule
 * applying, hostnames are not restricted). Ingress requests get only owner rules, and mesh
 * requests have no hostnames. OwnerRulesNotChecked (info) when the policy has owner rules but
 * the entity's owners are not known.
 */
export function hostnamePolicy(input: HostnamePolicyInput): Finding[] {
  const { request, policy } = input;
  const rules = policy?.hostnames ?? [];
  if (rules.length === 0 || request.hostnames.length === 0) return [];
  const findings: Finding[] = [];
  const ownerRules = rules.filter(rule => rule.owner !== undefined);
  if (!input.owners && ownerRules.length > 0) {
    findings.push(
      finding(
        'info',
        'OwnerRulesNotChecked',
        'hostnames',
        `the hostname policy's rules for ${ownerRules
          .map(rule => `owner ${rule.owner}`)
          .join(
            ', ',
          )} were not checked: the entity's owners are not known (no catalog entity at hand)`,
      ),
    );
  }
  const applying = rules.filter(rule =>
    applies(rule, request, input.owners ?? []),
  );
  request.hostnames.forEach((hostname, index) => {
    const allowedBy = (rule: HostnameRule) =>
      rule.domains.some(domain => domainAllows(domain, hostname));
    const refusing = applying.filter(rule => !allowedBy(rule));
    if (refusing.length === 0) return;
    findings.push(
      finding(
        'error',
        'HostnameNotAllowed',
        `hostnames[${index}]`,
        refusal(hostname, refusing, applying.filter(allowedBy)),
      ),
    );
  });
  return findings;
}
