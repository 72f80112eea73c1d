import { Entity, RELATION_OWNED_BY } from '@backstage/catalog-model';
import { normalizeOwnerRef } from '@portway/plugin-routing-common';

/**
 * An entity's owners as the exposure policy compares them (`group:default/shop`): the targets
 * of its `ownedBy` relations and its `spec.owner`, which defaults to kind group and the
 * entity's namespace, as the catalog reads it. A `spec.owner` that is not a reference is left
 * out (the catalog refuses such an entity anyway).
 */
export function entityOwners(entity: Entity): string[] {
  const namespace = entity.metadata.namespace ?? 'default';
  const refs = (entity.relations ?? [])
    .filter(relation => relation.type === RELATION_OWNED_BY)
    .map(relation => relation.targetRef);
  const owner = entity.spec?.owner;
  if (typeof owner === 'string') refs.push(owner);
  const owners = new Set<string>();
  for (const ref of refs) {
    try {
      owners.add(normalizeOwnerRef(ref, namespace));
    } catch {
      // Not a reference: it names no owner.
    }
  }
  return [...owners];
}
