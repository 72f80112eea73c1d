import type { Finding } from '../types/findings';
import type { KubernetesObject } from '../kubernetes/objects';
import { IstioFindingCodes } from './codes';
import {
  intendedServiceHost,
  resolveIstioHost,
  serviceEntryCovers,
} from './hosts';
import { IstioInventory } from './model';
import {
  asArray,
  describeObject,
  namespaceOf,
} from '../kubernetes/objectFields';

/**
 * One `destination` of a VirtualService, with the field path it was read from.
 *
 * @public
 */
export interface IstioDestinationUse {
  /** Where in the VirtualService the destination sits, e.g. `spec.http[0].route[1].destination` or `spec.http[0].mirror`. */
  field: string;
  /** The destination, as written. */
  destination: { host?: string; subset?: string; port?: { number?: number } };
  /** The route entry's `weight`, for route destinations that give one (not mirrors). */
  weight?: number;
}

/**
 * Every route destination and mirror of a VirtualService (http, tcp and tls routes).
 *
 * @public
 */
export function virtualServiceDestinations(
  vs: KubernetesObject,
): IstioDestinationUse[] {
  const uses: IstioDestinationUse[] = [];
  for (const protocol of ['http', 'tcp', 'tls']) {
    asArray(vs.spec?.[protocol]).forEach((rule, i) => {
      const base = `spec.${protocol}[${i}]`;
      asArray(rule?.route).forEach((route, j) => {
        if (route?.destination) {
          uses.push({
            field: `${base}.route[${j}].destination`,
            destination: route.destination,
            ...(typeof route.weight === 'number'
              ? { weight: route.weight }
              : {}),
          });
        }
      });
      if (rule?.mirror)
        uses.push({ field: `${base}.mirror`, destination: rule.mirror });
      asArray(rule?.mirrors).forEach((mirror, j) => {
        if (mirror?.destination) {
          uses.push({
            field: `${base}.mirrors[${j}].destination`,
            destination: mirror.destination,
          });
        }
      });
    });
  }
  return uses;
}

/** IST0101 for a host Istio does not expand that reads as a Service of a namespace of the input. */
function unexpandedHostFinding(
  who: string,
  host: string,
  field: string,
  inventory: IstioInventory,
): Finding[] {
  const intended = intendedServiceHost(host, inventory.namespaces, inventory);
  if (!intended) return [];
  return [
    {
      severity: 'error',
      code: IstioFindingCodes.ReferencedResourceNotFound,
      message: `${who}: Referenced host not found: "${host}" (Istio expands only short names without a dot: write ${intended})`,
      field: `${field}.host`,
    },
  ];
}

/**
 * IST0101 for destination hosts that name a missing cluster Service (or that write a Service
 * as `name.namespace` or `name.namespace.svc`, which Istio does not expand), IST0112 for a
 * multi-port Service without `port.number`, and PortNotOnService for a port the Service does
 * not expose. Other external hosts and hosts that a ServiceEntry covers are not checked.
 */
export function checkDestinations(
  vs: KubernetesObject,
  inventory: IstioInventory,
): Finding[] {
  const findings: Finding[] = [];
  const who = describeObject(vs);
  for (const { field, destination } of virtualServiceDestinations(vs)) {
    if (typeof destination.host !== 'string' || !destination.host) continue;
    const host = destination.host;
    const resolved = resolveIstioHost(host, namespaceOf(vs), inventory);
    const service = inventory.services.get(resolved.fqdn);
    const covered = inventory.serviceEntryHosts.some(
      entry =>
        serviceEntryCovers(entry, resolved.fqdn) ||
        serviceEntryCovers(entry, host.toLowerCase()),
    );
    if (!service) {
      if (covered) continue;
      if (resolved.service) {
        findings.push({
          severity: 'error',
          code: IstioFindingCodes.ReferencedResourceNotFound,
          message: `${who}: Referenced host not found: "${host}" (no Service ${resolved.fqdn})`,
          field: `${field}.host`,
        });
      } else {
        findings.push(...unexpandedHostFinding(who, host, field, inventory));
      }
      continue;
    }
    const ports = asArray(service.spec?.ports).map(p => Number(p?.port));
    const number = destination.port?.number;
    if (number === undefined || number === null) {
      if (ports.length > 1) {
        findings.push({
          severity: 'error',
          code: IstioFindingCodes.VirtualServiceDestinationPortSelectorRequired,
          message: `${who}: This VirtualService routes to a service "${host}" that exposes multiple ports [${ports.join(
            ', ',
          )}]. Specifying a port in the destination is required to disambiguate.`,
          field: `${field}.port.number`,
        });
      }
    } else if (!ports.includes(Number(number))) {
      findings.push({
        severity: 'error',
        code: IstioFindingCodes.PortNotOnService,
        message: `${who}: destination port ${number} is not a port of Service ${namespaceOf(
          service,
        )}/${service.metadata?.name} (ports: ${ports.join(', ') || 'none'})`,
        field: `${field}.port.number`,
      });
    }
  }
  return findings;
}
