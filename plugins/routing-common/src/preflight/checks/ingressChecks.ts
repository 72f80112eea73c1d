import { analyzeIngresses } from '../../ingress/analyzeIngresses';
import { IngressFindingCodes } from '../../ingress/codes';
import type { Finding } from '../../types/findings';
import { CheckInput, finding } from './types';
import { describeObject } from '../../kubernetes/objectFields';

/** Codes other checks report already, in the request's words. */
const reportedElsewhere = new Set<string>([
  IngressFindingCodes.IngressClassNotFound,
  IngressFindingCodes.BackendNotFound,
  IngressFindingCodes.PortNotOnService,
]);

/**
 * Checks a legacy Ingress: its IngressClass exists in the cluster (IngressClassNotFound, an
 * error here since the request names the class), the Ingress analysis of the new object with
 * the cluster's classes and the Service, and a note that the TLS Secret is not checked
 * (Portway never reads Secrets).
 */
export function ingressChecks(input: CheckInput): Finding[] {
  const { request, proposed, cluster } = input;
  const findings: Finding[] = [];
  const className = request.ingressClassName!;
  const classes = cluster.objects.list('ingressClass');
  if (
    !classes.some(ingressClass => ingressClass.metadata?.name === className)
  ) {
    const known = classes.map(c => c.metadata?.name).sort();
    findings.push(
      finding(
        'error',
        'IngressClassNotFound',
        'ingressClassName',
        `IngressClass "${className}" does not exist in cluster ${
          cluster.name
        }; its IngressClasses: ${known.length > 0 ? known.join(', ') : 'none'}`,
      ),
    );
  }
  const service = cluster.objects.get(
    'service',
    request.namespace,
    request.service.name,
  );
  const subject = describeObject(proposed);
  findings.push(
    ...analyzeIngresses([...classes, ...(service ? [service] : []), proposed])
      .filter(f => f.message.startsWith(`${subject}:`))
      .filter(f => !reportedElsewhere.has(f.code))
      .map(f => finding(f.severity, f.code, undefined, f.message)),
  );
  if (request.tls) {
    findings.push(
      finding(
        'info',
        'SecretNotChecked',
        'tls.secretName',
        `Secret ${request.namespace}/${request.tls.secretName} is not checked (Portway never reads Secrets): it must exist before the Ingress serves HTTPS`,
      ),
    );
  }
  return findings;
}
