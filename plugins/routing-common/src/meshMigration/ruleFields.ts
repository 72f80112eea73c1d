import type { NoteSink } from './types';

/** Istio http route fields that no Gateway API rule has: the rule is still written. */
const NOT_CARRIED: Record<string, string> = {
  fault:
    'the Gateway API has no fault injection (delays and aborts); keep this route in an Istio VirtualService while you need it',
};

/** Istio http route fields without which the rule means nothing: the rule is not written. */
const NOT_CONVERTED: Record<string, string> = {
  delegate:
    'VirtualService delegation has no Gateway API equivalent; convert the delegate VirtualService and merge its routes here',
  directResponse:
    'the Gateway API has no direct response in the standard channel; keep this route in Istio, or route to a Service that answers',
};

/** The rule name the Gateway API accepts (a lower-case DNS subdomain). */
const RULE_NAME =
  /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/**
 * Notes for the fields of an http route the Gateway API has no counterpart for; false when one
 * of them makes the rule impossible to write (an error note says so).
 */
export function checkRuleFields(
  rule: any,
  field: string,
  notes: NoteSink,
): boolean {
  for (const [key, why] of Object.entries(NOT_CARRIED))
    if (rule[key] !== undefined)
      notes.add('warning', `${field}.${key}`, `not carried over: ${why}`);
  let convertible = true;
  for (const [key, why] of Object.entries(NOT_CONVERTED))
    if (rule[key] !== undefined) {
      notes.add(
        'error',
        `${field}.${key}`,
        `not converted, the rule is left out: ${why}`,
      );
      convertible = false;
    }
  return convertible;
}

/** The route's `name` as the rule's name, when the Gateway API accepts it (else a note). */
export function ruleName(
  rule: any,
  field: string,
  notes: NoteSink,
): string | undefined {
  if (rule.name === undefined) return undefined;
  const name = String(rule.name);
  if (RULE_NAME.test(name) && name.length <= 253) return name;
  notes.add(
    'info',
    `${field}.name`,
    `not carried over: ${name} is not a valid Gateway API rule name (a lower-case DNS subdomain)`,
  );
  return undefined;
}
