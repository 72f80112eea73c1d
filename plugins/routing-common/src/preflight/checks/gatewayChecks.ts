import type { PreflightCluster } from '../types';
import { certificateFindings } from '../../semantics/certificates';
import type { Analysis } from '../../semantics/types';
import type { Finding } from '../../types/findings';
import { analyzeProposedRoutes, refusedConditions } from './routeAcceptance';
import { CheckInput, finding } from './types';
import { describeObject } from '../../kubernetes/objectFields';

/** NoMatchingParent when the Gateway a request attaches to is not in the cluster; else none. */
export function missingGateway(
  gateway: { namespace: string; name: string },
  cluster: PreflightCluster,
): Finding[] {
  return cluster.objects.get('gateway', gateway.namespace, gateway.name)
    ? []
    : [
        finding(
          'error',
          'NoMatchingParent',
          'gateway.name',
          `Gateway ${gateway.namespace}/${gateway.name} does not exist in cluster ${cluster.name}`,
        ),
      ];
}

/** The request field a Gateway API reason is about. */
const fieldOfReason: Record<string, string> = {
  NoMatchingParent: 'gateway.sectionName',
  NotAllowedByListeners: 'gateway.sectionName',
  NoMatchingListenerHostname: 'hostnames',
  RefNotPermitted: 'service.name',
  InvalidKind: 'service.name',
};

/** Reasons the Service and hostname checks report already, in the request's words. */
const reportedElsewhere = new Set([
  'BackendNotFound',
  'PortNotOnService',
  'HostnameConflict',
]);

/**
 * Checks a route for a Gateway listener the way the Gateway would judge it: the Gateway
 * exists (NoMatchingParent), and the Gateway API analysis of the route together with its
 * neighbourhood in the cluster (its Gateway and class, competing routes, Namespaces,
 * ReferenceGrants, Certificates) accepts it and resolves its references: each False
 * condition of the route is a finding with its reason (NoMatchingParent for an unknown
 * listener, NotAllowedByListeners, NoMatchingListenerHostname, ...). cert-manager's verdict
 * on the chosen listener's certificate is a warning (CertificateWillNotBeIssued,
 * CertificateNotReady).
 */
export function gatewayChecks(input: CheckInput): Finding[] {
  const { request, proposed, cluster } = input;
  const gateway = request.gateway!;
  const missing = missingGateway(gateway, cluster);
  if (missing.length > 0) return missing;
  const analysis = analyzeProposedRoutes(cluster.objects, [proposed]);
  const subject = describeObject(proposed);
  const refusals = refusedConditions(analysis, proposed)
    .filter(condition => !reportedElsewhere.has(condition.reason))
    .map(condition =>
      finding(
        'error',
        condition.reason,
        fieldOfReason[condition.reason],
        `${subject}: ${condition.message}`,
      ),
    );
  return [...refusals, ...listenerCertificateFindings(analysis, gateway)];
}

/**
 * cert-manager's verdict on the certificates of a request's listener (every listener of the
 * Gateway when it names none), as warnings on `gateway.sectionName`: CertificateWillNotBeIssued,
 * CertificateNotReady.
 */
export function listenerCertificateFindings(
  analysis: Analysis,
  gateway: { namespace: string; name: string; sectionName?: string },
): Finding[] {
  const gatewayKey = `${gateway.namespace}/${gateway.name}`;
  return certificateFindings(
    (analysis.certificates ?? []).filter(
      entry =>
        entry.gateway === gatewayKey &&
        (gateway.sectionName === undefined ||
          entry.listener === gateway.sectionName),
    ),
  ).map(f => finding(f.severity, f.code, 'gateway.sectionName', f.message));
}
