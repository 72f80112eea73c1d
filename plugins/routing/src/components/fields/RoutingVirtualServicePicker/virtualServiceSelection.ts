import type { LiveVirtualService } from '../../../hooks/useEntityVirtualServices';
import type { NamespaceGroup } from '../namespaceGroups';
import type { VirtualServiceSelection } from '../types';
import { selectsGroup } from '../RoutingIngressMigrationPicker/ingressGroups';

/**
 * Why a VirtualService cannot be converted to a mesh route: it is bound to Istio ingress
 * Gateways, not (only) to the mesh. Undefined for a mesh VirtualService.
 */
export function meshRefusal(vs: LiveVirtualService): string | undefined {
  const { gateways } = vs.virtualService;
  return gateways.includes('mesh')
    ? undefined
    : `Bound to Istio Gateways (${gateways.join(
        ', ',
      )}), not to the mesh: it is not converted.`;
}

/** The ticked names that are not VirtualServices of the entity there (a link made before a change). */
export function missingVirtualServices(
  selection: VirtualServiceSelection | undefined,
  groups: NamespaceGroup<LiveVirtualService>[],
): string[] {
  if (!selection) return [];
  const group = groups.find(candidate => selectsGroup(selection, candidate));
  const known = new Set(group?.items.map(vs => vs.name));
  return selection.names.filter(name => !known.has(name));
}
