import type { Finding } from '../types/findings';
import type { KubernetesObject } from '../kubernetes/objects';
import { IngressFindingCodes } from './codes';
import { IngressInventory } from './model';
import {
  asArray,
  describeObject,
  namespaceOf,
} from '../kubernetes/objectFields';

/**
 * One Service backend of an Ingress, with the field path of its `service`.
 *
 * @public
 */
export interface IngressBackendUse {
  /** Where in the Ingress the backend sits, e.g. `spec.rules[0].http.paths[1].backend.service`. */
  field: string;
  /** The backend's `service`, as written. */
  service: { name?: string; port?: { number?: number; name?: string } };
}

/**
 * Every Service backend of an Ingress: `spec.defaultBackend` and each rule path.
 *
 * @public
 */
export function ingressServiceBackends(
  ingress: KubernetesObject,
): IngressBackendUse[] {
  const uses: IngressBackendUse[] = [];
  const fallback = ingress.spec?.defaultBackend?.service;
  if (fallback)
    uses.push({ field: 'spec.defaultBackend.service', service: fallback });
  asArray(ingress.spec?.rules).forEach((rule, i) => {
    asArray(rule?.http?.paths).forEach((path, j) => {
      const service = path?.backend?.service;
      if (service)
        uses.push({
          field: `spec.rules[${i}].http.paths[${j}].backend.service`,
          service,
        });
    });
  });
  return uses;
}

/**
 * BackendNotFound when a backend Service is not in the Ingress namespace, PortNotOnService when
 * its `port.number` (matched against Service `port`) or `port.name` is not a Service port.
 */
export function checkBackends(
  ingress: KubernetesObject,
  inventory: IngressInventory,
): Finding[] {
  const findings: Finding[] = [];
  const who = describeObject(ingress);
  const namespace = namespaceOf(ingress);
  for (const { field, service: ref } of ingressServiceBackends(ingress)) {
    if (typeof ref.name !== 'string' || !ref.name) continue;
    const service = inventory.services.get(`${namespace}/${ref.name}`);
    if (!service) {
      findings.push({
        severity: 'error',
        code: IngressFindingCodes.BackendNotFound,
        message: `${who}: backend Service ${namespace}/${ref.name} not found`,
        field: `${field}.name`,
      });
      continue;
    }
    const ports = asArray(service.spec?.ports);
    const { number, name } = ref.port ?? {};
    const found =
      number !== undefined && number !== null
        ? ports.some(p => Number(p?.port) === Number(number))
        : name === undefined || ports.some(p => p?.name === name);
    if (found) continue;
    const listed = ports
      .map(p => (p?.name ? `${p.name}:${p.port}` : String(p?.port)))
      .join(', ');
    const wanted =
      number !== undefined && number !== null
        ? `port ${number}`
        : `port "${name}"`;
    findings.push({
      severity: 'error',
      code: IngressFindingCodes.PortNotOnService,
      message: `${who}: ${wanted} is not a port of Service ${namespace}/${
        ref.name
      } (ports: ${listed || 'none'})`,
      field: `${field}.port.${
        number !== undefined && number !== null ? 'number' : 'name'
      }`,
    });
  }
  return findings;
}
