import { checkDuration } from '../validation/fieldRules';
import { durationMs } from '../validation/durations';
import type { MeshRouteKind, NoteSink } from './types';

/** The rule timeouts of an HTTPRoute (GRPCRoute has none in the standard channel). */
export interface RuleTimeouts {
  request?: string;
  backendRequest?: string;
}

const NO_RETRIES =
  'the Gateway API standard channel has no retries (HTTPRoute retry is experimental in v1.6, GRPCRoute has none): the mesh implementation’s default retry policy applies instead';

/** A duration the route can carry, else undefined with a warning. */
function duration(
  value: string,
  field: string,
  kind: MeshRouteKind,
  notes: NoteSink,
): string | undefined {
  if (kind === 'GRPCRoute') {
    notes.add(
      'warning',
      field,
      'not carried over: GRPCRoute has no timeouts in the Gateway API standard channel; configure the timeout in the client or the mesh',
    );
    return undefined;
  }
  const invalid = checkDuration(value);
  if (invalid)
    notes.add('warning', field, `not carried over: ${value} ${invalid}`);
  return invalid ? undefined : value;
}

/** Notes for the retry settings no Gateway API route carries. */
function noteRetries(retries: any, field: string, notes: NoteSink) {
  for (const key of ['attempts', 'retryOn', 'retryRemoteLocalities'])
    if (retries[key] !== undefined)
      notes.add(
        'warning',
        `${field}.${key}`,
        `not carried over: ${NO_RETRIES}`,
      );
}

/**
 * Istio `timeout` as the HTTPRoute rule's `timeouts.request`, and `retries.perTryTimeout` as
 * `timeouts.backendRequest` (the time of one call to the backend, as perTryTimeout is the time
 * of one attempt), kept only when not longer than the request timeout (the CRDs' rule). Retry
 * attempts and conditions, and every timeout of a GRPCRoute, are notes.
 */
export function ruleTimeouts(
  rule: any,
  field: string,
  kind: MeshRouteKind,
  notes: NoteSink,
): RuleTimeouts | undefined {
  const retries = rule.retries ?? {};
  noteRetries(retries, `${field}.retries`, notes);
  const request =
    rule.timeout !== undefined
      ? duration(String(rule.timeout), `${field}.timeout`, kind, notes)
      : undefined;
  const perTryField = `${field}.retries.perTryTimeout`;
  let backendRequest =
    retries.perTryTimeout !== undefined
      ? duration(String(retries.perTryTimeout), perTryField, kind, notes)
      : undefined;
  if (
    backendRequest &&
    request &&
    durationMs(backendRequest)! > durationMs(request)!
  ) {
    notes.add(
      'warning',
      perTryField,
      `not carried over: timeouts.backendRequest may not be longer than timeouts.request (${request})`,
    );
    backendRequest = undefined;
  }
  if (backendRequest)
    notes.add(
      'info',
      perTryField,
      `written as timeouts.backendRequest ${backendRequest}: the limit on each call to the backend, which is what perTryTimeout limits each attempt to`,
    );
  if (!request && !backendRequest) return undefined;
  return {
    ...(request ? { request } : {}),
    ...(backendRequest ? { backendRequest } : {}),
  };
}
