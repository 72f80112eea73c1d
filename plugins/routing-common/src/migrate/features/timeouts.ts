import type {
  ConversionState,
  Feature,
  RouteDraft,
  RuleDraft,
  SourceIngress,
} from '../ir';
import { noteAnnotation, readAnnotation } from './annotations';
import { requestRoutes, rulesWithSource } from './drafts';

const TIMEOUTS = [
  'proxy-connect-timeout',
  'proxy-read-timeout',
  'proxy-send-timeout',
];

/** Seconds as a Gateway API Duration (at most 5 digits per unit). */
export function durationOf(seconds: number): string {
  if (seconds <= 99999) return `${seconds}s`;
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `${h}h${m ? `${m}m` : ''}${s ? `${s}s` : ''}`;
}

/** The valid timeouts of a source, in seconds; invalid ones are noted and skipped. */
function secondsOf(
  state: ConversionState,
  source: SourceIngress,
): Map<string, number> {
  const found = new Map<string, number>();
  for (const name of TIMEOUTS) {
    const value = readAnnotation(state, source, name);
    if (value === undefined) continue;
    if (/^\d+$/.test(value.trim()) && Number(value) > 0)
      found.set(name, Number(value));
    else
      noteAnnotation(
        state,
        source,
        name,
        'warning',
        `"${value}" is not a whole number of seconds above 0; skipped (ingress2gateway skips it too)`,
      );
  }
  return found;
}

function applyTimeouts(
  state: ConversionState,
  route: RouteDraft,
  rule: RuleDraft,
  source: SourceIngress,
) {
  const seconds = secondsOf(state, source);
  if (seconds.size === 0) return;
  const request = durationOf(Math.max(...seconds.values()) * 10);
  for (const name of seconds.keys())
    noteAnnotation(
      state,
      source,
      name,
      'warning',
      route.kind === 'HTTPRoute'
        ? `best effort: ingress-nginx timeouts apply to each TCP connect, read and send; Gateway API only has a whole-request timeout, so timeouts.request is 10 × the largest (${request}), as ingress2gateway does. For per-connection timeouts use your implementation's policy (Envoy Gateway BackendTrafficPolicy timeout.tcp.connectTimeout / timeout.http, Istio DestinationRule connectionPool)`
        : `not carried over: ${route.kind} has no timeouts; use your implementation's policy (Envoy Gateway BackendTrafficPolicy timeout)`,
    );
  if (route.kind === 'HTTPRoute' && rule.backends.length > 0)
    rule.timeouts = { ...rule.timeouts, request };
}

/**
 * proxy-connect/read/send-timeout (ingress2gateway 1.12): whole seconds above 0; the rule's
 * `timeouts.request` is 10 × the largest, and a note says it is best effort.
 */
export const timeouts: Feature = state => {
  for (const { route, rule, source } of rulesWithSource(requestRoutes(state)))
    applyTimeouts(state, route, rule, source);
};
