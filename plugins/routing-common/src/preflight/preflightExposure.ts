import { exposureKind } from '../exposure/exposureKinds';
import { renderExposure } from '../manifests/renderExposure';
import type { ExposureRequest, ExposureType } from '../types/exposure';
import type { RenderResult } from '../types/findings';
import { clusterStateFindings } from './checks/clusterState';
import { gatewayChecks } from './checks/gatewayChecks';
import { hostnameConflicts } from './checks/hostnameConflicts';
import { ingressChecks } from './checks/ingressChecks';
import { meshChecks } from './checks/meshChecks';
import { serviceChecks } from './checks/serviceChecks';
import type { ClusterCheck } from './checks/types';
import type { PreflightContext } from './types';

/** The checks against the cluster that each type of exposure gets, in the order they report. */
const clusterChecks: Record<ExposureType, ClusterCheck[]> = {
  http: [serviceChecks, gatewayChecks, hostnameConflicts],
  'grpc-gateway': [serviceChecks, gatewayChecks, hostnameConflicts],
  'grpc-mesh': [serviceChecks, meshChecks],
  ingress: [serviceChecks, ingressChecks, hostnameConflicts],
};

/**
 * The one preflight of an exposure request, run by the endpoint, the scaffolder action, the
 * form and `portway render`: the request's own rules and its files (renderExposure), then, when
 * clusters are given, the object it would add analysed together with the named cluster's
 * objects: the cluster's state, the Service and its ownership, the Gateway listener, hostname
 * conflicts with live routes, the mesh or the IngressClass. `files` is empty when any finding
 * is an error.
 */
export function preflightExposure(
  request: ExposureRequest,
  context: PreflightContext = {},
): RenderResult {
  const rendered = renderExposure(request, context.existingFolder);
  if (!rendered.ok || !context.clusters) return rendered;
  const kind = exposureKind(request.type);
  const { cluster, findings: stateFindings } = clusterStateFindings(
    request,
    kind,
    context.clusters,
    context.now ?? Date.now(),
  );
  const findings = [...rendered.findings, ...stateFindings];
  if (cluster && cluster.status.state !== 'error') {
    const input = {
      request,
      proposed: kind.build(request),
      cluster,
      ownsService: context.ownsService,
    };
    for (const check of clusterChecks[request.type]) {
      findings.push(...check(input));
    }
  }
  const ok = !findings.some(finding => finding.severity === 'error');
  return { ok, findings, files: ok ? rendered.files : [] };
}
