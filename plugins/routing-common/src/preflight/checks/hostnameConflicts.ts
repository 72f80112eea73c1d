import type { KubernetesObject } from '../../kubernetes/objects';
import {
  isRouteKind,
  parentGatewayKeys,
} from '../../kubernetes/routeReferences';
import type { Finding } from '../../types/findings';
import { clusterKindOf } from '../clusterKinds';
import { belongsToRequester, describeOwner } from './owners';
import { CheckInput, describeObject, finding } from './types';

function sameObject(a: KubernetesObject, b: KubernetesObject): boolean {
  return (
    a.kind === b.kind &&
    a.metadata?.namespace === b.metadata?.namespace &&
    a.metadata?.name === b.metadata?.name
  );
}

function gatewaysOf(object: KubernetesObject): string[] {
  const kind = clusterKindOf(object);
  return kind && isRouteKind(kind) ? parentGatewayKeys(kind, object) : [];
}

/**
 * HostnameConflict: a hostname of the request that a live route of another entity already
 * serves (any route kind; exact hostnames, so a more specific name under someone's wildcard is
 * not a conflict). Serving a name twice splits its traffic between two teams, so it is an
 * error. A route of the same entity serving the name is a warning (HostnameInUse) pointing at
 * it, since extending that route is usually what was meant.
 */
export function hostnameConflicts(input: CheckInput): Finding[] {
  const { request, proposed, cluster } = input;
  const proposedGateways = new Set(gatewaysOf(proposed));
  const findings: Finding[] = [];
  request.hostnames.forEach((hostname, index) => {
    const field = `hostnames[${index}]`;
    for (const route of cluster.objects.routesForHostname(hostname)) {
      if (sameObject(route, proposed)) continue;
      const sharedGateway = gatewaysOf(route).some(key =>
        proposedGateways.has(key),
      );
      const where = sharedGateway ? ' on the same Gateway' : '';
      if (belongsToRequester(route, input)) {
        findings.push(
          finding(
            'warning',
            'HostnameInUse',
            field,
            `${hostname} is already served by ${describeObject(
              route,
            )}${where}, which belongs to ${
              request.entityRef
            } too: consider extending it instead of adding a second route`,
          ),
        );
      } else {
        findings.push(
          finding(
            'error',
            'HostnameConflict',
            field,
            `${hostname} is already served by ${describeObject(
              route,
            )}${where} in cluster ${cluster.name}, ${describeOwner(
              route,
            )}: pick another hostname, or ask that team`,
          ),
        );
      }
    }
  });
  return findings;
}
