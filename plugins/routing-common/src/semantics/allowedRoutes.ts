import {
  formatLabelSelector,
  matchesRequirements,
  selectorRequirements,
} from '../kubernetes/labelSelector';
import type { GatewayModel, ListenerSpec } from './model';

/**
 * The label every namespace carries with its own name, even when the Namespace is not given.
 *
 * @public
 */
export const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';

/** The labels of a namespace: those of its Namespace object, plus its name label. */
export function namespaceLabels(
  known: Map<string, Record<string, string>>,
  namespace: string,
): Record<string, string> {
  return { ...(known.get(namespace) ?? {}), [NAMESPACE_NAME_LABEL]: namespace };
}

/**
 * Why a listener's `allowedRoutes.namespaces` refuses a route from `routeNamespace`, or
 * undefined when it allows it. `Same` (the default) allows the Gateway's own namespace, `All`
 * every namespace, `Selector` the namespaces whose labels match the selector.
 */
export function namespaceRefusal(
  gateway: GatewayModel,
  listener: ListenerSpec,
  routeNamespace: string,
  labelsByNamespace: Map<string, Record<string, string>>,
): string | undefined {
  const where = `listener ${listener.name} of ${gateway.namespace}/${gateway.name}`;
  const from = listener.allowedRoutes?.namespaces?.from ?? 'Same';
  if (from === 'All') return undefined;
  if (from === 'Selector') {
    const selector = listener.allowedRoutes?.namespaces?.selector;
    if (!selector) {
      return `${where} allows routes from namespaces chosen by a selector but gives none`;
    }
    const requirements = selectorRequirements(selector);
    const labels = namespaceLabels(labelsByNamespace, routeNamespace);
    if (matchesRequirements(labels, requirements)) return undefined;
    return `${where} only allows routes from namespaces matching ${formatLabelSelector(
      requirements,
    )}; namespace ${routeNamespace} does not match`;
  }
  if (from === 'Same') {
    if (routeNamespace === gateway.namespace) return undefined;
    return `${where} only allows routes from its own namespace ${gateway.namespace}; this route is in ${routeNamespace}`;
  }
  return `${where} has allowedRoutes.namespaces.from ${from}, which is not All, Same or Selector`;
}

/** Why a listener refuses a route of `kind`, or undefined when the kind is allowed. */
export function kindRefusal(
  gateway: GatewayModel,
  listener: ListenerSpec,
  supportedKinds: string[],
  kind: string,
): string | undefined {
  if (supportedKinds.includes(kind)) return undefined;
  const where = `listener ${listener.name} of ${gateway.namespace}/${gateway.name}`;
  return supportedKinds.length === 0
    ? `${where} accepts no route kinds; this route is a ${kind}`
    : `${where} only accepts ${supportedKinds.join(
        ', ',
      )}; this route is a ${kind}`;
}
