import { GATEWAY_API_GROUP } from '../gatewayApi/parentRefs';
import type { KubernetesObject } from '../kubernetes/objects';
import type { Finding } from '../types/findings';
import { buildInventory } from './inventory';
import type { ListenerSpec } from './model';
import type { CertificateStatus, ListenerCertificate } from './types';

/**
 * The Gateway annotations that make cert-manager issue Certificates for its listeners.
 *
 * @public
 */
export const CERT_MANAGER_ANNOTATIONS = {
  issuer: 'cert-manager.io/issuer',
  clusterIssuer: 'cert-manager.io/cluster-issuer',
  issuerKind: 'cert-manager.io/issuer-kind',
  issuerGroup: 'cert-manager.io/issuer-group',
};

const A = CERT_MANAGER_ANNOTATIONS;

/** The issuer the annotations name, as cert-manager reads them, and what is wrong with them. */
function issuerOf(annotations: Record<string, string>) {
  const has = (key: string) => annotations[key] !== undefined;
  const errors: string[] = [];
  let kind = has(A.clusterIssuer) ? 'ClusterIssuer' : 'Issuer';
  const name = annotations[A.clusterIssuer] ?? annotations[A.issuer] ?? '';
  if (has(A.issuerKind)) kind = annotations[A.issuerKind];
  if (!name) errors.push('the issuer annotation is empty');
  if (has(A.issuer) && has(A.clusterIssuer))
    errors.push(`both ${A.issuer} and ${A.clusterIssuer} are set`);
  for (const key of [A.issuerKind, A.issuerGroup]) {
    if (has(A.clusterIssuer) && has(key))
      errors.push(`both ${A.clusterIssuer} and ${key} are set`);
  }
  const group = annotations[A.issuerGroup];
  return { issuer: { kind, name, ...(group ? { group } : {}) }, errors };
}

/**
 * Why cert-manager skips a listener (empty: it issues), following its Gateway shim: it never
 * issues for Passthrough, and needs a hostname and certificateRefs to core Secrets in the
 * Gateway's own namespace. tls.mode defaults to Terminate (the API server sets it).
 */
function skipReasons(listener: ListenerSpec, namespace: string): string[] {
  if (listener.tls?.mode === 'Passthrough')
    return [
      'tls.mode is Passthrough, and cert-manager never issues for Passthrough listeners',
    ];
  const reasons: string[] = [];
  if (!listener.hostname) reasons.push('the listener has no hostname');
  const refs = listener.tls?.certificateRefs ?? [];
  if (refs.length === 0)
    reasons.push('the listener has no tls.certificateRefs');
  refs.forEach((ref, i) => {
    const at = `certificateRefs[${i}]`;
    if (ref.group && ref.group !== 'core')
      reasons.push(`${at} is in group ${ref.group}, not the core group`);
    if (ref.kind && ref.kind !== 'Secret')
      reasons.push(`${at} is a ${ref.kind}, not a Secret`);
    if (ref.namespace && ref.namespace !== namespace)
      reasons.push(
        `${at} is a cross-namespace Secret (${ref.namespace}/${ref.name}); cert-manager only writes Secrets in the Gateway's namespace ${namespace}`,
      );
  });
  return reasons;
}

function certificateStatuses(objects: KubernetesObject[]) {
  const bySecret = new Map<string, CertificateStatus>();
  for (const o of objects) {
    if (
      o?.kind !== 'Certificate' ||
      !o.apiVersion?.startsWith('cert-manager.io/')
    )
      continue;
    const ns = o.metadata?.namespace ?? 'default';
    const ready = (o.status?.conditions ?? []).find(
      (c: any) => c?.type === 'Ready',
    );
    bySecret.set(`${ns}/${o.spec?.secretName}`, {
      name: o.metadata?.name ?? '',
      ready:
        ready?.status === 'True' || ready?.status === 'False'
          ? ready.status
          : 'Unknown',
      ...(ready?.reason ? { reason: ready.reason } : {}),
      ...(ready?.message ? { message: ready.message } : {}),
      ...(o.status?.notAfter ? { notAfter: o.status.notAfter } : {}),
      ...(o.status?.renewalTime ? { renewalTime: o.status.renewalTime } : {}),
    });
  }
  return bySecret;
}

function isGateway(o: KubernetesObject) {
  return (
    o?.kind === 'Gateway' &&
    (!o.apiVersion || o.apiVersion.startsWith(`${GATEWAY_API_GROUP}/`))
  );
}

/**
 * What cert-manager (with its Gateway API support on) does for every HTTPS and TLS listener of
 * each Gateway annotated with `cert-manager.io/issuer` or `cert-manager.io/cluster-issuer`:
 * one entry per listener and certificateRef, saying whether a Certificate will be issued and
 * why not. cert-manager makes one Certificate per Secret, named after it, whose dnsNames are
 * the hostnames of every listener sharing that Secret. When the input holds cert-manager
 * Certificates, each entry carries the one writing its Secret (`null`: none does).
 *
 * @public
 */
export function gatewayCertificates(
  objects: KubernetesObject[],
): ListenerCertificate[] {
  const statuses = certificateStatuses(objects);
  const anyCertificate = objects.some(o => o?.kind === 'Certificate');
  const inventory = buildInventory(objects.filter(isGateway));
  const entries: ListenerCertificate[] = [];
  for (const object of objects.filter(isGateway)) {
    const annotations = object.metadata?.annotations ?? {};
    if (
      annotations[A.issuer] === undefined &&
      annotations[A.clusterIssuer] === undefined
    )
      continue;
    const namespace = object.metadata?.namespace ?? 'default';
    const gatewayKey = `${namespace}/${object.metadata?.name ?? ''}`;
    const { issuer, errors } = issuerOf(annotations);
    const dnsNames = new Map<string, string[]>();
    const mine: ListenerCertificate[] = [];
    for (const listener of inventory.gateways.get(gatewayKey)?.listeners ??
      []) {
      if (listener.protocol !== 'HTTPS' && listener.protocol !== 'TLS')
        continue;
      const reasons = [...errors, ...skipReasons(listener, namespace)];
      const refs = listener.tls?.certificateRefs ?? [];
      for (const ref of refs.length > 0 ? refs : [undefined]) {
        const willIssue = reasons.length === 0;
        if (willIssue && ref && listener.hostname) {
          const names = dnsNames.get(ref.name) ?? [];
          if (!names.includes(listener.hostname)) names.push(listener.hostname);
          dnsNames.set(ref.name, names);
        }
        mine.push({
          gateway: gatewayKey,
          listener: listener.name,
          ...(ref ? { secretName: ref.name } : {}),
          issuer,
          willIssue,
          ...(willIssue ? {} : { reason: reasons.join('; ') }),
          dnsNames: [],
        });
      }
    }
    for (const entry of mine) {
      if (!entry.willIssue || !entry.secretName) continue;
      entry.dnsNames = dnsNames.get(entry.secretName) ?? [];
      if (anyCertificate)
        entry.certificate =
          statuses.get(`${namespace}/${entry.secretName}`) ?? null;
    }
    entries.push(...mine);
  }
  return entries;
}

/**
 * Findings on {@link gatewayCertificates}: CertificateWillNotBeIssued (warning) per skipped
 * listener, CertificateNotReady (warning) per Certificate with Ready=False, and
 * CertificateNotFound (info) when the input holds Certificates but none for a Secret that
 * cert-manager should issue.
 *
 * @public
 */
export function certificateFindings(entries: ListenerCertificate[]): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const e of entries) {
    const where = `Gateway ${e.gateway} listener ${e.listener}`;
    const ns = e.gateway.split('/')[0];
    const once = (key: string) => !seen.has(key) && !!seen.add(key);
    if (!e.willIssue) {
      findings.push({
        severity: 'warning',
        code: 'CertificateWillNotBeIssued',
        message: `${where}: cert-manager will not issue a Certificate from ${
          e.issuer.kind
        } ${e.issuer.name}${
          e.secretName ? ` for Secret ${e.secretName}` : ''
        }: ${e.reason}`,
      });
    } else if (
      e.certificate?.ready === 'False' &&
      once(`${ns}/${e.certificate.name}`)
    ) {
      findings.push({
        severity: 'warning',
        code: 'CertificateNotReady',
        message: `${where}: Certificate ${ns}/${e.certificate.name} (Secret ${
          e.secretName
        }) is not Ready${
          e.certificate.reason ? ` (${e.certificate.reason})` : ''
        }${e.certificate.message ? `: ${e.certificate.message}` : ''}`,
      });
    } else if (e.certificate === null && once(`${ns}/${e.secretName}`)) {
      findings.push({
        severity: 'info',
        code: 'CertificateNotFound',
        message: `${where}: no Certificate writes Secret ${ns}/${e.secretName}; cert-manager creates one named ${e.secretName} once it sees the Gateway (its Gateway API support must be on)`,
      });
    }
  }
  return findings;
}
