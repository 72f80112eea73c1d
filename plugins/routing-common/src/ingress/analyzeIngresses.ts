import type { Finding } from '../types/findings';
import type { KubernetesObject } from '../kubernetes/objects';
import { checkBackends } from './backends';
import { checkIngressClass } from './classes';
import { buildIngressInventory } from './model';
import { checkRuleHosts, checkRulePaths, checkTlsHosts } from './rules';

/**
 * Checks `networking.k8s.io/v1` Ingresses against the other objects given: invalid rule hosts
 * and paths,
 * missing or ambiguous IngressClasses, backend Services and ports that do not exist in the
 * Ingress namespace, and TLS hosts that no rule serves. Services and IngressClasses are used as
 * lookup data; other kinds are ignored. Pure: no I/O; findings come Ingress by Ingress.
 *
 * @public
 */
export function analyzeIngresses(objects: KubernetesObject[]): Finding[] {
  const inventory = buildIngressInventory(objects);
  return inventory.ingresses.flatMap(ingress => [
    ...checkRuleHosts(ingress),
    ...checkRulePaths(ingress),
    ...checkIngressClass(ingress, inventory),
    ...checkBackends(ingress, inventory),
    ...checkTlsHosts(ingress),
  ]);
}
