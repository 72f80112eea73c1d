import type { Finding } from '../types/findings';
import { CERT_MANAGER_ANNOTATIONS } from './certificates';
import type { KubernetesObject } from '../kubernetes/objects';
import { listWords } from './conditions';
import type { Inventory, ListenerSpec } from './model';
import { parentGatewayKey } from './listenerSetConditions';

const asksCertManager = (annotations: Record<string, string> = {}) =>
  annotations[CERT_MANAGER_ANNOTATIONS.issuer] !== undefined ||
  annotations[CERT_MANAGER_ANNOTATIONS.clusterIssuer] !== undefined;

const terminatesTls = (listener: ListenerSpec) =>
  listener.protocol === 'HTTPS' ||
  (listener.protocol === 'TLS' &&
    (listener.tls?.mode ?? 'Terminate') === 'Terminate');

function annotationsOf(
  objects: KubernetesObject[],
  kind: string,
  key: string,
): Record<string, string> | undefined {
  return objects.find(
    o =>
      o?.kind === kind &&
      `${o.metadata?.namespace ?? 'default'}/${o.metadata?.name ?? ''}` === key,
  )?.metadata?.annotations;
}

/**
 * An info finding (CertManagerListenerSetAlpha) for each ListenerSet with TLS-terminating
 * listeners where cert-manager is asked for certificates (an issuer annotation on the
 * ListenerSet or on its Gateway): cert-manager's certificate-shim reads ListenerSets only
 * from v1.20, and only with its alpha ListenerSet feature gate switched on, so Portway does not
 * predict Certificates for those listeners (gatewayCertificates covers Gateways' own).
 */
export function listenerSetCertificateNotes(
  objects: KubernetesObject[],
  inventory: Pick<Inventory, 'listenerSets'>,
): Finding[] {
  return inventory.listenerSets.flatMap(listenerSet => {
    const key = `${listenerSet.namespace}/${listenerSet.name}`;
    const gatewayKey = parentGatewayKey(listenerSet);
    const annotated =
      asksCertManager(annotationsOf(objects, 'ListenerSet', key)) ||
      asksCertManager(annotationsOf(objects, 'Gateway', gatewayKey));
    const tls = listenerSet.listeners.filter(terminatesTls).map(l => l.name);
    if (!annotated || tls.length === 0) return [];
    return [
      {
        severity: 'info' as const,
        code: 'CertManagerListenerSetAlpha',
        message: `ListenerSet ${key} (Gateway ${gatewayKey}): cert-manager issues certificates for ListenerSet listeners (here ${listWords(
          tls,
        )}) only with its alpha ListenerSet support enabled (cert-manager v1.20 or later, behind a feature gate); Portway does not predict those Certificates`,
      },
    ];
  });
}
