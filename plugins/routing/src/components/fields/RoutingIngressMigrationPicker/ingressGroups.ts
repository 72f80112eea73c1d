import type { LiveIngress } from '../../../hooks/useEntityIngresses';
import { namespaceGroups } from '../namespaceGroups';
import type { IngressSelection } from '../types';

/** The Ingresses of one namespace of one cluster: what one change can move or remove. */
export interface IngressGroup {
  cluster: string;
  namespace: string;
  /** Sorted by name. */
  ingresses: LiveIngress[];
}

/** The Ingresses grouped by cluster and namespace, both sorted. */
export function ingressGroups(ingresses: LiveIngress[]): IngressGroup[] {
  return namespaceGroups(ingresses).map(({ items, ...group }) => ({
    ...group,
    ingresses: items,
  }));
}

/** Whether the selection ticks Ingresses of this group. */
export function selectsGroup(
  selection: IngressSelection | undefined,
  group: Pick<IngressGroup, 'cluster' | 'namespace'>,
): boolean {
  return (
    selection !== undefined &&
    selection.names.length > 0 &&
    selection.cluster === group.cluster &&
    selection.namespace === group.namespace
  );
}

/** The selection with the Ingress ticked or unticked; ticking one of another group starts anew. */
export function toggleIngress(
  selection: IngressSelection | undefined,
  ingress: Pick<LiveIngress, 'cluster' | 'namespace' | 'name'>,
): IngressSelection {
  const names = selectsGroup(selection, ingress) ? selection!.names : [];
  return {
    cluster: ingress.cluster,
    namespace: ingress.namespace,
    names: names.includes(ingress.name)
      ? names.filter(name => name !== ingress.name)
      : [...names, ingress.name],
  };
}

/** The ticked names that are not Ingresses of the entity there (a link made before a change). */
export function missingIngresses(
  selection: IngressSelection | undefined,
  groups: IngressGroup[],
): string[] {
  if (!selection) return [];
  const group = groups.find(candidate => selectsGroup(selection, candidate));
  const known = new Set(group?.ingresses.map(ingress => ingress.name));
  return selection.names.filter(name => !known.has(name));
}

/** The hosts of the ticked Ingresses, in the order they were ticked, each once. */
export function selectedHosts(
  selection: IngressSelection | undefined,
  ingresses: LiveIngress[],
): string[] {
  if (!selection) return [];
  const ticked = ingresses.filter(ingress => selectsGroup(selection, ingress));
  const hosts = selection.names.flatMap(
    name => ticked.find(ingress => ingress.name === name)?.hostnames ?? [],
  );
  return [...new Set(hosts)];
}
