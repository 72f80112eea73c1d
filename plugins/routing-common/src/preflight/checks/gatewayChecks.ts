import { analyzeGatewayApi } from '../../semantics/analyzeGatewayApi';
import type { Finding } from '../../types/findings';
import { routeNeighbourhood } from '../routeNeighbourhood';
import { CheckInput, describeObject, finding } from './types';

/** The request field a Gateway API reason is about. */
const fieldOfReason: Record<string, string> = {
  NoMatchingParent: 'gateway.sectionName',
  NotAllowedByListeners: 'gateway.sectionName',
  NoMatchingListenerHostname: 'hostnames',
  HostnameConflict: 'hostnames',
  BackendNotFound: 'service.name',
  RefNotPermitted: 'service.name',
  InvalidKind: 'service.name',
  PortNotOnService: 'service.port',
  CertificateWillNotBeIssued: 'gateway.sectionName',
  CertificateNotReady: 'gateway.sectionName',
  CertificateNotFound: 'gateway.sectionName',
};

/** Codes the Service and hostname checks report already, in the request's words. */
const reportedElsewhere = new Set([
  'BackendNotFound',
  'PortNotOnService',
  'HostnameConflict',
]);

/**
 * Checks a route for a Gateway listener the way the Gateway would judge it: the Gateway
 * exists (NoMatchingParent), and the Gateway API analysis of the route together with its
 * neighbourhood in the cluster (its Gateway and class, competing routes, Namespaces,
 * ReferenceGrants, Certificates) accepts it: NoMatchingParent for an unknown listener,
 * NotAllowedByListeners, NoMatchingListenerHostname, conflicts with routes that exist, and
 * cert-manager's verdict on the listener's certificate (CertificateWillNotBeIssued).
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
  const subject = describeObject(proposed);
  const mentions = new RegExp(
    `${subject.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\b`,
  );
  const findings = analysis.findings
    .filter(f => mentions.test(f.message))
    .filter(f => !reportedElsewhere.has(f.code))
    .map(f => finding(f.severity, f.code, fieldOfReason[f.code], f.message));
  const listenerWhere = `Gateway ${gateway.namespace}/${gateway.name} listener `;
  const certificates = analysis.findings.filter(
    f =>
      f.code.startsWith('Certificate') &&
      (gateway.sectionName
        ? f.message.startsWith(`${listenerWhere}${gateway.sectionName}:`)
        : f.message.startsWith(listenerWhere)),
  );
  return [
    ...findings,
    ...certificates.map(f =>
      finding(f.severity, f.code, fieldOfReason[f.code], f.message),
    ),
  ];
}
