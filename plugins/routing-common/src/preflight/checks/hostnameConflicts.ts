import type { KubernetesObject } from '../../kubernetes/objects';
import {
  isRouteKind,
  parentGatewayKeys,
} from '../../kubernetes/routeReferences';
import type { Finding } from '../../types/findings';
import { clusterKindOf } from '../clusterKinds';
import type { ClusterObjects } from '../types';
import { belongsToRequester, describeOwner, RequesterInput } from './owners';
import { CheckInput, finding } from './types';
import { describeObject } from '../../kubernetes/objectFields';

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

/** A live route that serves a hostname a proposed route wants, and whose it is. */
export interface HostnameHolder {
  route: KubernetesObject;
  /** It belongs to the requesting entity (see belongsToRequester). */
  sameEntity: boolean;
  /** It attaches to one of the proposed route's Gateways. */
  sharedGateway: boolean;
}

/**
 * The routes of every kind in a cluster that list `hostname` exactly as written, except the
 * proposed route itself and those `ignore` leaves out, each with whether it is the requester's
 * and shares a Gateway with the proposed route.
 */
export function hostnameHolders(
  objects: ClusterObjects,
  hostname: string,
  proposed: KubernetesObject,
  requester: RequesterInput,
  ignore: (route: KubernetesObject) => boolean = () => false,
): HostnameHolder[] {
  const proposedGateways = new Set(gatewaysOf(proposed));
  return objects
    .routesForHostname(hostname)
    .filter(route => !sameObject(route, proposed) && !ignore(route))
    .map(route => ({
      route,
      sameEntity: belongsToRequester(route, requester),
      sharedGateway: gatewaysOf(route).some(key => proposedGateways.has(key)),
    }));
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
  const findings: Finding[] = [];
  request.hostnames.forEach((hostname, index) => {
    const field = `hostnames[${index}]`;
    const holders = hostnameHolders(cluster.objects, hostname, proposed, input);
    for (const { route, sameEntity, sharedGateway } of holders) {
      const where = sharedGateway ? ' on the same Gateway' : '';
      if (sameEntity) {
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
