import type { NoteSink } from './types';

/** Match fields of an Istio HTTPMatchRequest that no Gateway API match has, and why. */
const NOT_CARRIED: Record<string, string> = {
  authority:
    'a mesh route applies to its parent Service, whatever the Host header says; split the VirtualService per Service instead',
  scheme: 'the Gateway API has no scheme match',
  port: 'set the parentRef port instead (a mesh route applies to every port of its Service without one)',
  sourceLabels:
    'Gateway API mesh routes cannot select callers by label; a route in the caller’s namespace (a consumer route) applies to every workload of that namespace',
  sourceNamespace:
    'put the route in that namespace instead (a consumer route applies to callers of its own namespace only)',
  gateways: 'a mesh route has no gateway binding per match',
  withoutHeaders: 'the Gateway API has no negative header match',
  ignoreUriCase: 'Gateway API path matches are case-sensitive',
  statPrefix: 'the Gateway API has no per-match statistics prefix',
  name: 'Gateway API matches have no name',
};

/** A warning note for every field of a match that no Gateway API match carries over. */
export function noteUnmappedMatchFields(
  match: Record<string, unknown>,
  field: string,
  notes: NoteSink,
): void {
  for (const [key, why] of Object.entries(NOT_CARRIED))
    if (match[key] !== undefined && match[key] !== false)
      notes.add(
        key === 'name' ? 'info' : 'warning',
        `${field}.${key}`,
        `not carried over: ${why}`,
      );
}
