import type { KubernetesObject } from '../kubernetes/objects';
import { gatewayCertificates } from '../semantics/certificates';
import type { ObjectReference } from '../semantics/model';
import type { ListenerCertificate } from '../semantics/types';
import type { CertificateView } from '../types/routes';

/**
 * Whether a listener of this protocol has certificates (HTTPS and TLS do).
 *
 * @public
 */
export function carriesCertificates(protocol: string): boolean {
  return protocol === 'HTTPS' || protocol === 'TLS';
}

function secretOf(ref: ObjectReference, namespace: string): string {
  return `${ref.namespace ?? namespace}/${ref.name}`;
}

/** What cert-manager's answer for one certificateRef means for the listener. */
function certificateView(
  entry: ListenerCertificate,
  ref: ObjectReference | undefined,
  namespace: string,
): CertificateView {
  const base = {
    ...(ref ? { secret: secretOf(ref, namespace) } : {}),
    issuer: entry.issuer,
  };
  if (!entry.willIssue) {
    return {
      state: 'will-not-issue',
      ...base,
      message: `cert-manager does not issue a certificate for this listener: ${entry.reason}`,
    };
  }
  const found = entry.certificate;
  if (!found) {
    return {
      state: 'issuing',
      ...base,
      message: `no Certificate writes Secret ${base.secret} yet; cert-manager creates one once it sees the Gateway (its Gateway API support must be on)`,
    };
  }
  const withCertificate = {
    ...base,
    certificate: `${namespace}/${found.name}`,
  };
  if (found.ready === 'True') {
    return {
      state: 'ready',
      ...withCertificate,
      ...(found.notAfter ? { notAfter: found.notAfter } : {}),
      ...(found.renewalTime ? { renewalTime: found.renewalTime } : {}),
    };
  }
  const why = found.message ?? found.reason;
  if (found.ready === 'False') {
    return {
      state: 'not-ready',
      ...withCertificate,
      message: `Certificate ${withCertificate.certificate} is not Ready${
        why ? `: ${why}` : ''
      }`,
    };
  }
  return {
    state: 'issuing',
    ...withCertificate,
    ...(why ? { message: why } : {}),
  };
}

/**
 * The certificate behind each certificateRef of a Gateway's HTTPS or TLS listener, from what
 * cert-manager does for it (see gatewayCertificates) and the cluster's cert-manager
 * Certificates: `ready` with its expiry and renewal time, `issuing`, `not-ready` with the
 * Certificate's message, `will-not-issue` with cert-manager's reason, or `unmanaged` when the
 * Gateway does not ask cert-manager. Empty for other listeners and unknown names.
 *
 * @public
 */
export function listenerCertificates(
  gateway: KubernetesObject,
  listenerName: string,
  certificates: KubernetesObject[],
): CertificateView[] {
  const listener = (gateway.spec?.listeners ?? []).find(
    (candidate: { name?: string }) => candidate?.name === listenerName,
  );
  if (!listener || !carriesCertificates(listener.protocol)) return [];
  const namespace = gateway.metadata?.namespace ?? 'default';
  const refs: ObjectReference[] = listener.tls?.certificateRefs ?? [];
  const entries = gatewayCertificates([gateway, ...certificates]).filter(
    entry => entry.listener === listenerName,
  );
  if (entries.length === 0) {
    return refs.map(ref => ({
      state: 'unmanaged',
      secret: secretOf(ref, namespace),
    }));
  }
  // One entry per certificateRef, in their order (one without a Secret when there are none).
  return entries.map((entry, i) => certificateView(entry, refs[i], namespace));
}
