import { analyzeVirtualServices } from '../../istio/analyzeVirtualServices';
import { IstioFindingCodes } from '../../istio/codes';
import { resolveIstioHost } from '../../istio/hosts';
import type { KubernetesObject } from '../../kubernetes/objects';
import { serviceFqdn } from '../../exposure/exposureNames';
import type { Finding } from '../../types/findings';
import { CheckInput, finding } from './types';
import { describeObject, namespaceOf } from '../../kubernetes/objectFields';

/**
 * The mesh VirtualServices of the cluster for the Service's host: written as its FQDN, or as
 * its short name by a VirtualService of its namespace (see {@link resolveIstioHost}).
 */
export function sameHostVirtualServices(
  input: Pick<CheckInput, 'request' | 'cluster'>,
  fqdn: string,
): Map<string, KubernetesObject> {
  const { request, cluster } = input;
  const sameHost = new Map<string, KubernetesObject>();
  for (const written of [fqdn, request.service.name]) {
    for (const route of cluster.objects.routesForHostname(written)) {
      if (route.kind !== 'VirtualService') continue;
      if (resolveIstioHost(written, namespaceOf(route)).fqdn !== fqdn) continue;
      sameHost.set(describeObject(route), route);
    }
  }
  return sameHost;
}

/** Codes other checks report already, in the request's words. */
const reportedElsewhere = new Set<string>([
  IstioFindingCodes.ReferencedResourceNotFound,
  IstioFindingCodes.PortNotOnService,
  IstioFindingCodes.ConflictingMeshGatewayVirtualServiceHosts,
]);

const fieldOfCode: Record<string, string> = {
  [IstioFindingCodes.VirtualServiceDestinationPortSelectorRequired]:
    'service.port',
};

/**
 * Checks a mesh VirtualService with Istio's own analysis (as `istioctl analyze` would, on the
 * request together with the cluster's VirtualServices for the same host and the Service):
 * IST0109 when a mesh VirtualService for the Service's host exists already (named, with how to
 * extend it instead), and IST0112 and the other destination checks on the new one.
 */
export function meshChecks(input: CheckInput): Finding[] {
  const { request, proposed, cluster } = input;
  const { namespace } = request;
  const fqdn = serviceFqdn(request.service.name, namespace);
  const sameHost = sameHostVirtualServices(input, fqdn);
  const service = cluster.objects.get(
    'service',
    namespace,
    request.service.name,
  );
  const analysis = analyzeVirtualServices([
    ...cluster.objects.list('namespace'),
    ...(service ? [service] : []),
    ...sameHost.values(),
    proposed,
  ]);
  const subject = describeObject(proposed);
  const about = analysis.filter(f => f.message.startsWith(`${subject}:`));
  const conflicts = about
    .filter(
      f =>
        f.code === IstioFindingCodes.ConflictingMeshGatewayVirtualServiceHosts,
    )
    .flatMap(f =>
      [...sameHost.values()].filter(vs =>
        f.message.includes(`${vs.metadata?.namespace}/${vs.metadata?.name}`),
      ),
    );
  return [
    ...[...new Set(conflicts)].map(vs =>
      finding(
        'error',
        IstioFindingCodes.ConflictingMeshGatewayVirtualServiceHosts,
        'service.name',
        `${describeObject(
          vs,
        )} already routes host ${fqdn} in the mesh, and two mesh VirtualServices for one host give undefined behaviour (IST0109): add these gRPC routes to the spec.http of ${
          vs.metadata?.namespace
        }/${vs.metadata?.name} instead of creating a second VirtualService`,
      ),
    ),
    ...about
      .filter(f => !reportedElsewhere.has(f.code))
      .map(f => finding(f.severity, f.code, fieldOfCode[f.code], f.message)),
  ];
}
