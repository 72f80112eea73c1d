import type { Finding } from '../types/findings';
import type { KubernetesObject } from '../kubernetes/objects';
import { checkDestinations } from './destinations';
import { checkGatewayRefs } from './gatewayRefs';
import { checkMeshHostConflicts } from './meshConflicts';
import { buildIstioInventory } from './model';
import { checkSubsets } from './subsets';

/**
 * Options of {@link analyzeVirtualServices}.
 *
 * @public
 */
export interface AnalyzeVirtualServicesOptions {
  /** The cluster DNS domain used to resolve short hosts; `cluster.local` by default. */
  clusterDomain?: string;
}

/**
 * Checks Istio VirtualServices (networking.istio.io v1, v1beta1, v1alpha3) against the other
 * objects given, in the spirit of `istioctl analyze`: missing destination Services and Istio
 * Gateways and DestinationRule subsets (IST0101), conflicting mesh hosts (IST0109), ambiguous destination ports (IST0112)
 * and destination ports that the Service lacks (PortNotOnService). Objects of other kinds are
 * only used as lookup data (Services, Gateways, ServiceEntries, Namespaces) or ignored.
 * Pure: no I/O; the findings come in input order, then the mesh conflicts.
 *
 * @public
 */
export function analyzeVirtualServices(
  objects: KubernetesObject[],
  options: AnalyzeVirtualServicesOptions = {},
): Finding[] {
  const inventory = buildIstioInventory(objects, options.clusterDomain);
  const findings: Finding[] = [];
  for (const vs of inventory.virtualServices) {
    findings.push(...checkGatewayRefs(vs, inventory));
    findings.push(...checkDestinations(vs, inventory));
    findings.push(...checkSubsets(vs, inventory));
  }
  findings.push(...checkMeshHostConflicts(inventory));
  return findings;
}
