import { exposureKind } from '../exposure/exposureKinds';
import { renderExposure } from '../manifests/renderExposure';
import type { ExposureRequest, ExposureType } from '../types/exposure';
import type { RenderResult } from '../types/findings';
import { clusterStateFindings } from './checks/clusterState';
import { gatewayChecks } from './checks/gatewayChecks';
import { hostnameConflicts } from './checks/hostnameConflicts';
import { hostnamePolicy } from './checks/hostnamePolicy';
import { ingressChecks } from './checks/ingressChecks';
import { meshChecks } from './checks/meshChecks';
import { meshRouteChecks } from './checks/meshRouteChecks';
import { meshRoutesEnabled } from './checks/meshRoutesEnabled';
import { namespacePolicy } from './checks/namespacePolicy';
import { serviceChecks } from './checks/serviceChecks';
import type { ClusterCheck } from './checks/types';
import type { PreflightContext } from './types';

/** The checks against the cluster that each type of exposure gets, in the order they report. */
const clusterChecks: Record<ExposureType, ClusterCheck[]> = {
  http: [serviceChecks, namespacePolicy, gatewayChecks, hostnameConflicts],
  'grpc-gateway': [
    serviceChecks,
    namespacePolicy,
    gatewayChecks,
    hostnameConflicts,
  ],
  'grpc-mesh': [serviceChecks, namespacePolicy, meshChecks],
  'grpc-mesh-route': [serviceChecks, namespacePolicy, meshRouteChecks],
  ingress: [serviceChecks, namespacePolicy, ingressChecks, hostnameConflicts],
};

/**
 * The one preflight of an exposure request, run by the endpoint, the scaffolder action, the
 * form and `portway render`: the request's own rules and its files (renderExposure) and the
 * hostname policy (which needs no cluster), then, when clusters are given, the object it would
 * add analysed together with the named cluster's objects: the cluster's state, the Service and
 * its ownership, the namespace policy, the Gateway listener, hostname conflicts with live
 * routes, the mesh or the IngressClass. `files` is empty when any finding is an error.
 *
 * @public
 */
export function preflightExposure(
  request: ExposureRequest,
  context: PreflightContext = {},
): RenderResult {
  const rendered = renderExposure(request, context.existingFolder);
  if (!rendered.ok) return rendered;
  const { policy, owners } = context;
  const findings = [
    ...rendered.findings,
    ...hostnamePolicy({ request, policy, owners }),
    ...meshRoutesEnabled({ request, policy }),
  ];
  if (context.clusters) {
    const kind = exposureKind(request.type);
    const { cluster, findings: stateFindings } = clusterStateFindings(
      request,
      kind,
      context.clusters,
      context.now ?? Date.now(),
      'type',
    );
    findings.push(...stateFindings);
    if (cluster && cluster.status.state !== 'error') {
      const input = {
        request,
        proposed: kind.build(request),
        cluster,
        ownsService: context.ownsService,
        policy,
        owners,
      };
      for (const check of clusterChecks[request.type]) {
        findings.push(...check(input));
      }
    }
  }
  const ok = !findings.some(finding => finding.severity === 'error');
  return { ok, findings, files: ok ? rendered.files : [] };
}
