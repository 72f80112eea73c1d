import { ingressHostMatches } from '../ingress/hostnames';
import type { SourceIngress, TlsDraft } from './ir';
import { asArray } from '../kubernetes/objectFields';

/**
 * The `spec.tls` entries of an Ingress that cover a route host: entries that list the host (or
 * a wildcard covering it with Ingress one-label semantics, as ingress-nginx picks a certificate)
 * and entries without hosts (the Ingress's every host). A route without host takes only entries
 * without hosts.
 *
 * ingress2gateway differs: each host group takes ALL the TLS entries of its Ingress, so every
 * host of an Ingress with any TLS gets an HTTPS listener with all of its Secrets, including
 * hosts ingress-nginx serves over plain HTTP only.
 */
export function tlsEntriesFor(source: SourceIngress, host: string): TlsDraft[] {
  const entries: TlsDraft[] = [];
  asArray(source.object.spec?.tls).forEach((tls, i) => {
    const hosts = asArray<string>(tls?.hosts).filter(
      h => typeof h === 'string' && h !== '',
    );
    const covers =
      hosts.length === 0 ||
      (host !== '' && hosts.some(h => ingressHostMatches(h, host)));
    if (!covers) return;
    entries.push({
      source,
      field: `spec.tls[${i}]`,
      hosts,
      ...(tls?.secretName ? { secretName: String(tls.secretName) } : {}),
    });
  });
  return entries;
}
