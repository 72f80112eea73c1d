import type { Finding } from '../types/findings';
import type { KubernetesObject } from '../kubernetes/objects';
import { IstioFindingCodes } from './codes';
import { virtualServiceDestinations } from './destinations';
import { resolveIstioHost } from './hosts';
import { IstioInventory } from './model';
import {
  asArray,
  describeObject,
  namespaceOf,
} from '../kubernetes/objectFields';

/** The subset names DestinationRules define for a host FQDN (DR hosts resolve in their namespace). */
function subsetsFor(fqdn: string, inventory: IstioInventory): Set<string> {
  const names = new Set<string>();
  for (const rule of inventory.destinationRules) {
    const host = rule.spec?.host;
    if (typeof host !== 'string') continue;
    if (resolveIstioHost(host, namespaceOf(rule), inventory).fqdn !== fqdn)
      continue;
    asArray(rule.spec?.subsets).forEach(subset => {
      if (typeof subset?.name === 'string') names.add(subset.name);
    });
  }
  return names;
}

/**
 * IST0101 (as istioctl's destination-rule analyzer reports it) for a destination `subset` that
 * no DestinationRule for that host defines: Envoy would have no cluster for it (HTTP 503).
 */
export function checkSubsets(
  vs: KubernetesObject,
  inventory: IstioInventory,
): Finding[] {
  const findings: Finding[] = [];
  for (const { field, destination } of virtualServiceDestinations(vs)) {
    const { host, subset } = destination as { host?: string; subset?: string };
    if (typeof host !== 'string' || typeof subset !== 'string' || !subset)
      continue;
    const { fqdn } = resolveIstioHost(host, namespaceOf(vs), inventory);
    if (subsetsFor(fqdn, inventory).has(subset)) continue;
    findings.push({
      severity: 'error',
      code: IstioFindingCodes.ReferencedResourceNotFound,
      message: `${describeObject(
        vs,
      )}: Referenced host+subset in destinationrule not found: "${host}+${subset}"`,
      field: `${field}.subset`,
    });
  }
  return findings;
}
