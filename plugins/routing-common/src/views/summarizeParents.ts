import type { ParentView, RouteCondition, RouteSummary } from '../types/routes';

type ParentHealth = 'ok' | 'partial' | 'failed' | 'pending';

function condition(
  parent: ParentView,
  type: string,
): RouteCondition | undefined {
  return parent.conditions.find(c => c.type === type);
}

function parentHealth(
  parent: ParentView,
  generation: number | undefined,
): ParentHealth {
  const accepted = condition(parent, 'Accepted');
  if (!accepted || accepted.status === 'Unknown') return 'pending';
  if (
    generation !== undefined &&
    accepted.observedGeneration !== undefined &&
    accepted.observedGeneration < generation
  ) {
    return 'pending';
  }
  if (accepted.status === 'False') return 'failed';
  const resolved = condition(parent, 'ResolvedRefs');
  if (resolved?.status === 'False') return 'partial';
  const degraded = parent.conditions.some(
    c => c.type === 'PartiallyInvalid' && c.status === 'True',
  );
  return degraded ? 'partial' : 'ok';
}

/**
 * One word for a route's health from its parents' conditions: `ready` when every parent
 * accepted it with resolved references, `failed` when every parent refused it, `pending` while
 * no controller has (re)reconciled it (no status, or observedGeneration behind generation),
 * `degraded` for the mixed cases, `unknown` when it has no parents to ask.
 *
 * @public
 */
export function summarizeParents(
  parents: ParentView[],
  generation?: number,
): RouteSummary {
  if (parents.length === 0) return 'unknown';
  const health = parents.map(parent => parentHealth(parent, generation));
  if (health.every(h => h === 'ok')) return 'ready';
  if (health.every(h => h === 'failed')) return 'failed';
  if (
    health.every(h => h === 'pending' || h === 'ok') &&
    health.includes('pending')
  ) {
    return health.every(h => h === 'pending') ? 'pending' : 'degraded';
  }
  return 'degraded';
}
