import {
  formatLabelSelector,
  matchesRequirements,
  selectorRequirements,
} from '../kubernetes/labelSelector';
import { namespaceLabels } from './allowedRoutes';
import type { GatewayModel, ListenerSetModel } from './model';

/**
 * Why a Gateway's `spec.allowedListeners.namespaces` refuses a ListenerSet, or undefined when
 * it takes it. `None` (the default, also when allowedListeners is absent) takes none, `Same`
 * those of the Gateway's namespace, `All` every namespace, `Selector` the namespaces whose
 * labels match the selector.
 */
export function listenerSetRefusal(
  gateway: GatewayModel,
  listenerSet: ListenerSetModel,
  labelsByNamespace: Map<string, Record<string, string>>,
): string | undefined {
  const where = `Gateway ${gateway.namespace}/${gateway.name}`;
  const namespaces = gateway.allowedListeners?.namespaces;
  const from = namespaces?.from ?? 'None';
  const namespace = listenerSet.namespace;
  if (from === 'All') return undefined;
  if (from === 'None') {
    return `${where} takes no ListenerSets (spec.allowedListeners.namespaces.from is None${
      gateway.allowedListeners ? '' : ' by default'
    })`;
  }
  if (from === 'Same') {
    if (namespace === gateway.namespace) return undefined;
    return `${where} only takes ListenerSets from its own namespace ${gateway.namespace}; this one is in ${namespace}`;
  }
  if (from === 'Selector') {
    if (!namespaces?.selector) {
      return `${where} takes ListenerSets from namespaces chosen by a selector but gives none`;
    }
    const requirements = selectorRequirements(namespaces.selector);
    if (
      matchesRequirements(
        namespaceLabels(labelsByNamespace, namespace),
        requirements,
      )
    )
      return undefined;
    return `${where} only takes ListenerSets from namespaces matching ${formatLabelSelector(
      requirements,
    )}; namespace ${namespace} does not match`;
  }
  return `${where} has allowedListeners.namespaces.from ${from}, which is not All, Same, Selector or None`;
}

/**
 * The ListenerSet spec's precedence among the ListenerSets of one Gateway: oldest
 * creationTimestamp first (one without a readable timestamp, as in a manifest not yet
 * applied, counts as newer than any that has one), then `namespace/name` in alphabetical order.
 */
export function byListenerSetPrecedence(
  a: ListenerSetModel,
  b: ListenerSetModel,
): number {
  const created = (l: ListenerSetModel) => {
    const time = l.creationTimestamp ? Date.parse(l.creationTimestamp) : NaN;
    return Number.isNaN(time) ? Infinity : time;
  };
  const [ta, tb] = [created(a), created(b)];
  if (ta !== tb) return ta < tb ? -1 : 1;
  const [ka, kb] = [`${a.namespace}/${a.name}`, `${b.namespace}/${b.name}`];
  if (ka === kb) return 0;
  return ka < kb ? -1 : 1;
}
