import type { Finding } from '../types/findings';
import { listWords } from './conditions';
import { backendProblem } from './backendRefs';
import type { Inventory } from './model';

/**
 * Warnings for backendRefs (rules and RequestMirror filters) of HTTPRoutes, GRPCRoutes and
 * TLSRoutes that name a port the Service does not expose: code `PortNotOnService`.
 *
 * Gateway API has no route reason for this. BackendRef.port is "the destination port number to
 * use for this resource", and the route's ResolvedRefs reasons (RefNotPermitted, InvalidKind,
 * BackendNotFound, UnsupportedProtocol) are about the reference itself, not the port; what an
 * implementation does with a port the Service lacks (drop the traffic with a 500, or refuse the
 * backend) is its own choice. So ResolvedRefs is left as it is and this is a warning.
 *
 * Only backendRefs that otherwise resolve (a core Service, allowed, in the input) and that give
 * a port are checked; a Service listing no ports (or of type ExternalName) is not judged.
 */
export function backendPortFindings(
  inventory: Pick<
    Inventory,
    'routes' | 'services' | 'servicePorts' | 'referenceGrants'
  >,
): Finding[] {
  const findings: Finding[] = [];
  for (const route of inventory.routes) {
    for (const use of route.backendRefs) {
      const port = use.ref.port;
      if (port === undefined || backendProblem(route, use, inventory)) continue;
      const service = `${use.ref.namespace ?? route.namespace}/${use.ref.name}`;
      const ports = inventory.servicePorts.get(service) ?? [];
      if (ports.length === 0 || ports.includes(port)) continue;
      findings.push({
        severity: 'warning',
        code: 'PortNotOnService',
        message: `${route.kind} ${route.namespace}/${route.name}: ${
          use.path
        } sends traffic to port ${port} of Service ${service}, which only exposes port${
          ports.length === 1 ? '' : 's'
        } ${listWords(ports.map(String))}`,
      });
    }
  }
  return findings;
}
