/** What host resolution needs to know about the input. */
export interface IstioHostContext {
  /** Namespaces seen in the input; `name.ns` is a cluster host only for these. */
  namespaces: ReadonlySet<string>;
  /** The cluster DNS domain, usually `cluster.local`. */
  clusterDomain: string;
}

/** A VirtualService host or destination host after short-name resolution. */
export interface ResolvedIstioHost {
  /** The host as Istio compares it: `name.namespace.svc.<clusterDomain>` for cluster hosts. */
  fqdn: string;
  /** True when the host names a Kubernetes Service of this cluster (so it must exist). */
  clusterLocal: boolean;
}

/**
 * Resolves a host written in a VirtualService of `namespace` the way Istio does for short
 * names: `payments` is `payments.<namespace>.svc.cluster.local`. `payments.shop` and
 * `payments.shop.svc` are also taken as cluster hosts, the former only when `shop` is a
 * namespace seen in the input (otherwise `example.com` would read as Service `example` in
 * namespace `com`). Everything else is an external host and is returned as written.
 */
export function resolveIstioHost(
  host: string,
  namespace: string,
  inventory: IstioHostContext,
): ResolvedIstioHost {
  const lower = host.trim().toLowerCase().replace(/\.$/, '');
  const domain = inventory.clusterDomain;
  if (lower.startsWith('*')) return { fqdn: lower, clusterLocal: false };
  const labels = lower.split('.');
  if (
    lower.endsWith(`.svc.${domain}`) &&
    labels.length === 3 + domain.split('.').length
  ) {
    return { fqdn: lower, clusterLocal: true };
  }
  if (labels.length === 1) {
    return { fqdn: `${lower}.${namespace}.svc.${domain}`, clusterLocal: true };
  }
  if (labels.length === 3 && labels[2] === 'svc') {
    return { fqdn: `${lower}.${domain}`, clusterLocal: true };
  }
  if (labels.length === 2 && inventory.namespaces.has(labels[1])) {
    return { fqdn: `${lower}.svc.${domain}`, clusterLocal: true };
  }
  return { fqdn: lower, clusterLocal: false };
}

/**
 * True when a ServiceEntry host covers `host`. ServiceEntry wildcards follow Istio: `*.foo.com`
 * matches any number of labels in front of `foo.com`, and `*` matches everything.
 */
export function serviceEntryCovers(entryHost: string, host: string): boolean {
  if (entryHost === '*' || entryHost === host) return true;
  return entryHost.startsWith('*.') && host.endsWith(entryHost.slice(1));
}
