import { analyzeVirtualServices } from '../../istio/analyzeVirtualServices';
import { IstioFindingCodes } from '../../istio/codes';
import type { KubernetesObject } from '../../kubernetes/objects';
import { serviceFqdn } from '../../exposure/exposureNames';
import type { Finding } from '../../types/findings';
import { CheckInput, describeObject, finding } from './types';

/** The ways a VirtualService in the Service's namespace may write the Service's host. */
function hostForms(service: string, namespace: string): string[] {
  return [
    serviceFqdn(service, namespace),
    `${service}.${namespace}.svc`,
    `${service}.${namespace}`,
    service,
  ];
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
  const forms = hostForms(request.service.name, namespace);
  const sameHost = new Map<string, KubernetesObject>();
  for (const host of forms) {
    for (const route of cluster.objects.routesForHostname(host)) {
      const local = host !== forms[0] && host !== forms[1];
      if (route.kind !== 'VirtualService') continue;
      if (local && route.metadata?.namespace !== namespace) continue;
      sameHost.set(describeObject(route), route);
    }
  }
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
        `${describeObject(vs)} already routes host ${
          forms[0]
        } in the mesh, and two mesh VirtualServices for one host give undefined behaviour (IST0109): add these gRPC routes to the spec.http of ${
          vs.metadata?.namespace
        }/${vs.metadata?.name} instead of creating a second VirtualService`,
      ),
    ),
    ...about
      .filter(f => !reportedElsewhere.has(f.code))
      .map(f => finding(f.severity, f.code, fieldOfCode[f.code], f.message)),
  ];
}
