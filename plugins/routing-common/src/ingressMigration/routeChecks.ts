import type { KubernetesObject } from '../kubernetes/objects';
import { isRouteKind, routeHostnames } from '../kubernetes/routeReferences';
import { clusterKindOf } from '../preflight/clusterKinds';
import {
  listenerCertificateFindings,
  missingGateway,
} from '../preflight/checks/gatewayChecks';
import {
  analyzeProposedRoutes,
  refusedConditions,
} from '../preflight/checks/routeAcceptance';
import { existingObject, finding } from '../preflight/checks/types';
import type { PreflightCluster } from '../preflight/types';
import type { Finding } from '../types/findings';
import type { IngressMigrationRequest } from '../types/ingressMigration';
import { fieldForHostnames, SourceIngressRef } from './sourceIngresses';
import { describeObject } from '../kubernetes/objectFields';

/** The Gateway API routes among the converter's objects (HTTPRoute, GRPCRoute, TLSRoute). */
export function generatedRoutes(
  objects: KubernetesObject[],
): KubernetesObject[] {
  return objects.filter(object => {
    const kind = clusterKindOf(object);
    return kind !== undefined && isRouteKind(kind) && kind !== 'ingress';
  });
}

/** The hostnames a generated route lists. */
export function generatedHostnames(route: KubernetesObject): string[] {
  const kind = clusterKindOf(route);
  return kind && isRouteKind(kind) ? routeHostnames(kind, route) : [];
}

/** Reasons about the request's listener; the others are about the Ingress the route came from. */
const listenerReasons = new Set(['NoMatchingParent', 'NotAllowedByListeners']);

/** Keeps the first of findings with the same code, field and message. */
export function distinct(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter(f => {
    const key = `${f.code}|${f.field}|${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The generated routes judged as their Gateway would judge them: the request's Gateway exists
 * (NoMatchingParent), and the Gateway API analysis of the routes together with their
 * neighbourhood in the cluster accepts them and resolves their references, each False
 * condition an error with its Gateway API reason as code (NotAllowedByListeners,
 * NoMatchingListenerHostname, BackendNotFound, ...) naming the route; cert-manager's verdict
 * on the listener's certificate as a warning. A route of the same kind and name already in the
 * cluster is AlreadyExists.
 */
export function routeAcceptanceFindings(
  request: IngressMigrationRequest,
  routes: KubernetesObject[],
  sources: SourceIngressRef[],
  cluster: PreflightCluster,
): Finding[] {
  const { gateway } = request;
  const missing = missingGateway(gateway, cluster);
  if (missing.length > 0) return missing;
  const analysis = analyzeProposedRoutes(cluster.objects, routes);
  const findings = routes.flatMap(route => {
    const field = fieldForHostnames(sources, generatedHostnames(route));
    const existing = existingObject(cluster, route);
    return [
      ...(existing
        ? [
            finding(
              'error',
              'AlreadyExists',
              field,
              `${describeObject(existing)} already exists in cluster ${
                cluster.name
              }: the Ingress was migrated before, or another route has the name the migration gives; rename or remove that route first`,
            ),
          ]
        : []),
      ...refusedConditions(analysis, route).map(condition =>
        finding(
          'error',
          condition.reason,
          listenerReasons.has(condition.reason) ? 'gateway.sectionName' : field,
          `${describeObject(route)}: ${condition.message}`,
        ),
      ),
    ];
  });
  return distinct([
    ...findings,
    ...listenerCertificateFindings(analysis, gateway),
  ]);
}
