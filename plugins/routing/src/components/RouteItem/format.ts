import type {
  ParentListener,
  ParentView,
  RouteCondition,
  RouteView,
} from '@portway/plugin-routing-common';
import { parentIdentity } from '../../format/parentIdentity';

/**
 * A parent as the tab names it: `infra/public` for a Gateway, `Istio Gateway
 * istio-system/ingress`, `IngressClass nginx`, `mesh (the sidecars)`, `Service shop/cart`.
 */
export function parentLabel(parent: ParentView, route: RouteView): string {
  const { kind, name } = parentIdentity(parent, route);
  if (kind === 'Gateway') return name;
  return kind === 'mesh' ? 'mesh (the sidecars)' : `${kind} ${name}`;
}

/** `https (HTTPS:443, *.shop.example.com)`. */
export function listenerLabel(listener: ParentListener): string {
  const hostname = listener.hostname ? `, ${listener.hostname}` : '';
  return `${listener.name} (${listener.protocol}:${listener.port}${hostname})`;
}

/**
 * The listeners a route attaches to, each labelled as {@link listenerLabel}; else the
 * `sectionName` and `port` the route asked for; empty when it attaches to the whole Gateway
 * and the Gateway is not known.
 */
export function listenerLabels(parent: ParentView): string[] {
  if (parent.listeners && parent.listeners.length > 0) {
    return parent.listeners.map(listenerLabel);
  }
  const { sectionName, port } = parent.ref;
  const labels: string[] = [];
  if (sectionName) {
    labels.push(sectionName);
  }
  if (port !== undefined) {
    labels.push(`port ${port}`);
  }
  return labels.length > 0 ? [labels.join(', ')] : [];
}

/**
 * What of the parent the route attaches to, after the parent's name: ` · listener https
 * (HTTPS:443, *.shop.example.com)` for a Gateway or ListenerSet, ` · port 9090` for the
 * Service of a mesh route; empty when it attaches to the whole parent.
 */
export function attachmentText(parent: ParentView, route: RouteView): string {
  if (parentIdentity(parent, route).kind === 'Service') {
    return parent.ref.port !== undefined ? ` · port ${parent.ref.port}` : '';
  }
  const listeners = listenerLabels(parent);
  return listeners.length > 0 ? ` · listener ${listeners.join(', ')}` : '';
}

/** Why the entity sees the route, in words. */
export function matchedByLabel(route: RouteView): string {
  switch (route.matchedBy) {
    case 'label':
      return 'labelled for this entity';
    case 'backend':
      return "points at this entity's Service";
    default:
      return 'requested for this entity';
  }
}

/**
 * Where a parent's conditions come from: the cluster's status (and which controller wrote
 * it), or Portway's analysis and why.
 */
export function conditionSource(parent: ParentView): string {
  if (parent.conditionsFrom === 'analysis') {
    return parent.predictedBecause === 'stale-status'
      ? "Conditions from Portway's analysis: status is for an older generation"
      : "Conditions from Portway's analysis: no status yet";
  }
  if (parent.conditions.length === 0) {
    return 'No conditions: no controller has written status for this parent';
  }
  return parent.controllerName
    ? `Conditions from the cluster's status, written by ${parent.controllerName}`
    : "Conditions from the cluster's status";
}

const firstTypes = ['Accepted', 'ResolvedRefs'];

/** Accepted first, then ResolvedRefs, then the rest as the controller wrote them. */
export function orderedConditions(
  conditions: RouteCondition[],
): RouteCondition[] {
  const rank = (condition: RouteCondition) => {
    const index = firstTypes.indexOf(condition.type);
    return index === -1 ? firstTypes.length : index;
  };
  return [...conditions].sort((a, b) => rank(a) - rank(b));
}

/** The sentence shown under a False condition: Portway's explanation, else the message. */
export function conditionSentence(condition: RouteCondition): string {
  return condition.explanation || condition.message || condition.reason;
}
