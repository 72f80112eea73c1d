import type { KubernetesObject } from '../kubernetes/objects';
import { hostnameHolders } from '../preflight/checks/hostnameConflicts';
import { hostnamePolicy } from '../preflight/checks/hostnamePolicy';
import { describeOwner } from '../preflight/checks/owners';
import { finding } from '../preflight/checks/types';
import type { PreflightCluster, PreflightContext } from '../preflight/types';
import type { Finding } from '../types/findings';
import type { IngressMigrationRequest } from '../types/ingressMigration';
import { distinct, generatedHostnames } from './routeChecks';
import { fieldForHostnames, SourceIngressRef } from './sourceIngresses';
import { describeObject } from '../kubernetes/objectFields';

function sameKey(a: KubernetesObject, b: KubernetesObject): boolean {
  return (
    a.kind === b.kind &&
    a.apiVersion?.split('/')[0] === b.apiVersion?.split('/')[0] &&
    a.metadata?.namespace === b.metadata?.namespace &&
    a.metadata?.name === b.metadata?.name
  );
}

/**
 * Hostnames of the generated routes that live routes already serve, other than the source
 * Ingresses themselves (which are expected to) and the generated routes: HostnameConflict
 * (error) for a route of another entity, since both would take the hostname's traffic;
 * HostnameInUse (warning) for another route of the same entity, such as an Ingress left out of
 * the migration.
 */
export function hostnameConflictFindings(
  request: IngressMigrationRequest,
  routes: KubernetesObject[],
  sources: SourceIngressRef[],
  cluster: PreflightCluster,
  ownsService: PreflightContext['ownsService'],
): Finding[] {
  const expected = [
    ...routes,
    ...sources.flatMap(source => source.object ?? []),
  ];
  const ignore = (route: KubernetesObject) =>
    expected.some(object => sameKey(object, route));
  const requester = { request, ownsService };
  const findings = routes.flatMap(route =>
    generatedHostnames(route).flatMap(hostname => {
      const field = fieldForHostnames(sources, [hostname]);
      return hostnameHolders(
        cluster.objects,
        hostname,
        route,
        requester,
        ignore,
      ).map(({ route: holder, sameEntity, sharedGateway }) => {
        const where = sharedGateway ? ' on the same Gateway' : '';
        return sameEntity
          ? finding(
              'warning',
              'HostnameInUse',
              field,
              `${hostname} is also served by ${describeObject(
                holder,
              )}${where}, which belongs to ${
                request.entityRef
              } too: migrate it in the same change, or check that it and the new routes do not claim the same paths`,
            )
          : finding(
              'error',
              'HostnameConflict',
              field,
              `${hostname} is already served by ${describeObject(
                holder,
              )}${where} in cluster ${cluster.name}, ${describeOwner(
                holder,
              )}: the new routes would split its traffic with that team; agree with them first, or leave this Ingress out`,
            );
      });
    }),
  );
  return distinct(findings);
}

/**
 * The exposure policy's hostname rules for the generated routes' hostnames on the request's
 * listener (HostnameNotAllowed, about the Ingress with that host), as an exposure of them
 * would get.
 */
export function hostnamePolicyFindings(
  request: IngressMigrationRequest,
  routes: KubernetesObject[],
  sources: SourceIngressRef[],
  context: Pick<PreflightContext, 'policy' | 'owners'>,
): Finding[] {
  const hostnames = [...new Set(routes.flatMap(generatedHostnames))];
  return hostnamePolicy({
    request: { hostnames, gateway: request.gateway },
    policy: context.policy,
    owners: context.owners,
  }).map(f => {
    const index = /^hostnames\[(\d+)\]$/.exec(f.field ?? '')?.[1];
    const field =
      index === undefined
        ? undefined
        : fieldForHostnames(sources, [hostnames[Number(index)]]);
    return finding(f.severity, f.code, field, f.message);
  });
}
