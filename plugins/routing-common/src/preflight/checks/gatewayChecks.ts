import { analyzeGatewayApi } from '../../semantics/analyzeGatewayApi';
import { certificateFindings } from '../../semantics/certificates';
import type { Finding } from '../../types/findings';
import { routeNeighbourhood } from '../routeNeighbourhood';
import { CheckInput, describeObject, finding } from './types';

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
  if (!cluster.objects.get('gateway', gateway.namespace, gateway.name)) {
    return [
      finding(
        'error',
        'NoMatchingParent',
        'gateway.name',
        `Gateway ${gateway.namespace}/${gateway.name} does not exist in cluster ${cluster.name}`,
      ),
    ];
  }
  const analysis = analyzeGatewayApi(
    routeNeighbourhood(cluster.objects, proposed),
  );
  const route = analysis.routes.find(
    candidate =>
      candidate.kind === proposed.kind &&
      candidate.namespace === proposed.metadata?.namespace &&
      candidate.name === proposed.metadata?.name,
  );
  const subject = describeObject(proposed);
  const refusals = (route?.parents ?? [])
    .flatMap(parent => parent.conditions)
    .filter(condition => condition.status === 'False')
    .filter(condition => !reportedElsewhere.has(condition.reason))
    .map(condition =>
      finding(
        'error',
        condition.reason,
        fieldOfReason[condition.reason],
        `${subject}: ${condition.message}`,
      ),
    );
  const gatewayKey = `${gateway.namespace}/${gateway.name}`;
  const certificates = certificateFindings(
    (analysis.certificates ?? []).filter(
      entry =>
        entry.gateway === gatewayKey &&
        (gateway.sectionName === undefined ||
          entry.listener === gateway.sectionName),
    ),
  ).map(f => finding(f.severity, f.code, 'gateway.sectionName', f.message));
  return [...refusals, ...certificates];
}
