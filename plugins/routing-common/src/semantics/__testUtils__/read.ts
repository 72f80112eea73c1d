import type { Analysis } from '../types';

/** `status/reason` of a condition of a route's parent, e.g. `False/NoMatchingParent`. */
export function parentCondition(
  analysis: Analysis,
  routeName: string,
  type: 'Accepted' | 'ResolvedRefs',
  parentIndex = 0,
): string | undefined {
  const route = analysis.routes.find(r => r.name === routeName);
  const found = route?.parents[parentIndex]?.conditions.find(
    c => c.type === type,
  );
  return found && `${found.status}/${found.reason}`;
}

/** The attachedRoutes of a listener of a Gateway. */
export function attachedRoutes(
  analysis: Analysis,
  gatewayName: string,
  listener: string,
) {
  return analysis.gateways
    .find(g => g.name === gatewayName)
    ?.listeners.find(l => l.name === listener)?.attachedRoutes;
}

/** `status/reason` of a listener condition. */
export function listenerCondition(
  analysis: Analysis,
  gatewayName: string,
  listener: string,
  type: 'Accepted' | 'ResolvedRefs' | 'Programmed' | 'Conflicted',
): string | undefined {
  const found = analysis.gateways
    .find(g => g.name === gatewayName)
    ?.listeners.find(l => l.name === listener)
    ?.conditions.find(c => c.type === type);
  return found && `${found.status}/${found.reason}`;
}
