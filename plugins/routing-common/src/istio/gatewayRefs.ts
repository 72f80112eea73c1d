import type { Finding } from '../types/findings';
import type { KubernetesObject } from '../kubernetes/objects';
import { IstioFindingCodes } from './codes';
import { IstioInventory } from './model';
import {
  asArray,
  describeObject,
  namespaceOf,
} from '../kubernetes/objectFields';

/**
 * The reserved gateway name that means "the sidecars of the mesh".
 *
 * @public
 */
export const MESH_GATEWAY = 'mesh';

/**
 * The `namespace/name` of the Istio Gateway that a VirtualService `gateways` entry names:
 * `ns/name`, the legacy `name.ns.svc.cluster.local`, or a short name in the VirtualService
 * namespace. Undefined for `mesh`.
 *
 * @public
 */
export function resolveGatewayRef(
  ref: string,
  namespace: string,
): string | undefined {
  if (ref === MESH_GATEWAY) return undefined;
  if (ref.includes('/')) return ref;
  const labels = ref.split('.');
  if (labels.length > 1) return `${labels[1]}/${labels[0]}`;
  return `${namespace}/${ref}`;
}

/** Every `gateways` entry of a VirtualService: `spec.gateways` and the route match ones. */
function gatewayEntries(
  vs: KubernetesObject,
): Array<{ ref: string; field: string }> {
  const entries = asArray<string>(vs.spec?.gateways).map((ref, i) => ({
    ref,
    field: `spec.gateways[${i}]`,
  }));
  for (const protocol of ['http', 'tcp', 'tls']) {
    asArray(vs.spec?.[protocol]).forEach((rule, i) => {
      asArray(rule?.match).forEach((match, j) => {
        asArray<string>(match?.gateways).forEach((ref, k) => {
          entries.push({
            ref,
            field: `spec.${protocol}[${i}].match[${j}].gateways[${k}]`,
          });
        });
      });
    });
  }
  return entries;
}

/** IST0101 for each `gateways` entry that names an Istio Gateway missing from the input. */
export function checkGatewayRefs(
  vs: KubernetesObject,
  inventory: IstioInventory,
): Finding[] {
  const findings: Finding[] = [];
  for (const { ref, field } of gatewayEntries(vs)) {
    if (typeof ref !== 'string') continue;
    const key = resolveGatewayRef(ref, namespaceOf(vs));
    if (key === undefined || inventory.gateways.has(key)) continue;
    findings.push({
      severity: 'error',
      code: IstioFindingCodes.ReferencedResourceNotFound,
      message: `${describeObject(
        vs,
      )}: Referenced gateway not found: "${ref}" (no Gateway ${key})`,
      field,
    });
  }
  return findings;
}
