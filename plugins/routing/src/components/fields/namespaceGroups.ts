/** An object a picker ticks: it is named within one namespace of one cluster. */
export interface NamespacedItem {
  cluster: string;
  namespace: string;
  name: string;
}

/** The items of one namespace of one cluster: what one change takes. */
export interface NamespaceGroup<T extends NamespacedItem> {
  cluster: string;
  namespace: string;
  /** Sorted by name. */
  items: T[];
}

/** The items grouped by cluster and namespace, both sorted, each group by name. */
export function namespaceGroups<T extends NamespacedItem>(
  items: T[],
): NamespaceGroup<T>[] {
  const groups = new Map<string, NamespaceGroup<T>>();
  for (const item of items) {
    const key = JSON.stringify([item.cluster, item.namespace]);
    const group = groups.get(key) ?? {
      cluster: item.cluster,
      namespace: item.namespace,
      items: [],
    };
    group.items.push(item);
    groups.set(key, group);
  }
  const byName = (a: { name: string }, b: { name: string }) =>
    a.name.localeCompare(b.name);
  return [...groups.values()]
    .map(group => ({ ...group, items: [...group.items].sort(byName) }))
    .sort(
      (a, b) =>
        a.cluster.localeCompare(b.cluster) ||
        a.namespace.localeCompare(b.namespace),
    );
}
