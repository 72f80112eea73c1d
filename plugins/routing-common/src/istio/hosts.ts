import { CLUSTER_DOMAIN, serviceFqdn } from '../exposure/exposureNames';

/**
 * What host resolution needs to know about the cluster.
 *
 * @public
 */
export interface IstioHostContext {
  /** The cluster DNS domain, usually `cluster.local`. */
  clusterDomain: string;
}

/**
 * A VirtualService host or destination host after short-name resolution.
 *
 * @public
 */
export interface ResolvedIstioHost {
  /** The host as Istio compares it: lower case, `name.namespace.svc.<clusterDomain>` for a short name. */
  fqdn: string;
  /** The Kubernetes Service of this cluster the host names (so it must exist); none for other hosts. */
  service?: { namespace: string; name: string };
}

const defaultContext: IstioHostContext = { clusterDomain: CLUSTER_DOMAIN };

function normalizeHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '');
}

/**
 * Resolves a host written in a VirtualService or DestinationRule of `namespace` as Istio does
 * (its `ResolveShortnameToFQDN`): a short name, one without a dot, is a Service of the object's
 * own namespace, whatever namespace the Service is in: `payments` is
 * `payments.<namespace>.svc.<clusterDomain>`. Every other host is taken as written: a cluster
 * FQDN (`ledger.bank.svc.cluster.local`) names that Service, while `ledger.bank`,
 * `ledger.bank.svc`, `*`, wildcards and IP addresses are not expanded and name no Service.
 *
 * @public
 */
export function resolveIstioHost(
  host: string,
  namespace: string,
  context: IstioHostContext = defaultContext,
): ResolvedIstioHost {
  const fqdn = normalizeHost(host);
  if (fqdn.startsWith('*') || fqdn.includes(':')) return { fqdn };
  if (!fqdn.includes('.')) {
    return {
      fqdn: serviceFqdn(fqdn, namespace, context.clusterDomain),
      service: { namespace, name: fqdn },
    };
  }
  const suffix = `.svc.${context.clusterDomain}`;
  const labels = fqdn.slice(0, -suffix.length).split('.');
  if (fqdn.endsWith(suffix) && labels.length === 2 && !labels.includes('')) {
    return { fqdn, service: { namespace: labels[1], name: labels[0] } };
  }
  return { fqdn };
}

/**
 * The cluster FQDN a host was probably meant to be when Istio takes it as written but it reads
 * as a Service of a namespace of the cluster: `ledger.bank` or `ledger.bank.svc` with a
 * namespace `bank` is meant as `ledger.bank.svc.<clusterDomain>`. Undefined for other hosts
 * (`example.com` is not Service `example` of namespace `com` unless that namespace exists).
 */
export function intendedServiceHost(
  host: string,
  namespaces: ReadonlySet<string>,
  context: IstioHostContext = defaultContext,
): string | undefined {
  const labels = normalizeHost(host).split('.');
  const partial =
    labels.length === 2 || (labels.length === 3 && labels[2] === 'svc');
  if (!partial || labels[0] === '' || !namespaces.has(labels[1])) {
    return undefined;
  }
  return serviceFqdn(labels[0], labels[1], context.clusterDomain);
}

/**
 * True when a ServiceEntry host covers `host`. ServiceEntry wildcards follow Istio: `*.foo.com`
 * matches any number of labels in front of `foo.com`, and `*` matches everything.
 *
 * @public
 */
export function serviceEntryCovers(entryHost: string, host: string): boolean {
  if (entryHost === '*' || entryHost === host) return true;
  return entryHost.startsWith('*.') && host.endsWith(entryHost.slice(1));
}
