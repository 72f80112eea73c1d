import type { Finding } from '../types/findings';
import type { KubernetesObject } from '../kubernetes/objects';
import { IstioFindingCodes } from './codes';
import { MESH_GATEWAY } from './gatewayRefs';
import { resolveIstioHost } from './hosts';
import { IstioInventory } from './model';
import {
  asArray,
  describeObject,
  namespaceOf,
} from '../kubernetes/objectFields';

/**
 * The namespaces a VirtualService is visible in: `all`, or a (possibly empty) set.
 *
 * @public
 */
export type IstioVisibility = 'all' | Set<string>;

/**
 * True when a VirtualService applies to the sidecars (no `gateways`, or `mesh` among them).
 *
 * @public
 */
export function boundToMesh(vs: KubernetesObject): boolean {
  const gateways = asArray<string>(vs.spec?.gateways);
  return gateways.length === 0 || gateways.includes(MESH_GATEWAY);
}

/**
 * Where `exportTo` makes a VirtualService visible: everywhere when it is unset or has `*`,
 * `.` is its own namespace, `~` is nowhere, any other entry is that namespace.
 *
 * @public
 */
export function exportVisibility(vs: KubernetesObject): IstioVisibility {
  const exportTo = asArray<string>(vs.spec?.exportTo);
  if (exportTo.length === 0 || exportTo.includes('*')) return 'all';
  const namespaces = new Set<string>();
  for (const entry of exportTo) {
    if (entry === '.') namespaces.add(namespaceOf(vs));
    else if (entry !== '~') namespaces.add(entry);
  }
  return namespaces;
}

function overlaps(a: IstioVisibility, b: IstioVisibility): boolean {
  if (a === 'all') return b === 'all' || b.size > 0;
  if (b === 'all') return a.size > 0;
  return [...a].some(ns => b.has(ns));
}

interface HostUse {
  vs: KubernetesObject;
  field: string;
  visibility: IstioVisibility;
}

/**
 * IST0109: VirtualServices bound to the mesh that define the same host (after short-name
 * resolution) and are visible in a common namespace. Each VirtualService involved gets one
 * finding per conflicting host. (Istio merges VirtualServices on ingress gateways, not here.)
 */
export function checkMeshHostConflicts(inventory: IstioInventory): Finding[] {
  const byHost = new Map<string, HostUse[]>();
  for (const vs of inventory.virtualServices.filter(boundToMesh)) {
    const visibility = exportVisibility(vs);
    const seen = new Set<string>();
    asArray<string>(vs.spec?.hosts).forEach((host, i) => {
      if (typeof host !== 'string') return;
      const { fqdn } = resolveIstioHost(host, namespaceOf(vs), inventory);
      if (seen.has(fqdn)) return;
      seen.add(fqdn);
      const uses = byHost.get(fqdn) ?? [];
      uses.push({ vs, field: `spec.hosts[${i}]`, visibility });
      byHost.set(fqdn, uses);
    });
  }
  const findings: Finding[] = [];
  for (const [host, uses] of byHost) {
    for (const use of uses) {
      const others = uses.filter(
        o => o !== use && overlaps(o.visibility, use.visibility),
      );
      if (others.length === 0) continue;
      const names = [use, ...others]
        .map(u => `${namespaceOf(u.vs)}/${u.vs.metadata?.name}`)
        .sort();
      findings.push({
        severity: 'error',
        code: IstioFindingCodes.ConflictingMeshGatewayVirtualServiceHosts,
        message: `${describeObject(use.vs)}: The VirtualServices ${names.join(
          ', ',
        )} associated with mesh gateway define the same host ${host} which can lead to undefined behavior. Merge them into one resource, or scope them with exportTo.`,
        field: use.field,
      });
    }
  }
  return findings;
}
