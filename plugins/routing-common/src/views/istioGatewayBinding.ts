import { serviceEntryCovers } from '../istio/hosts';
import type { KubernetesObject } from '../kubernetes/objects';
import { listWords } from '../semantics/conditions';
import type { ParentListener, RouteCondition } from '../types/routes';
import { asArray } from '../kubernetes/objectFields';

/** One host of one server of an Istio Gateway that a VirtualService binds to. */
export interface IstioServerBinding {
  listener: ParentListener;
  /** The hostnames the VirtualService serves there (its host, or the server's when narrower). */
  hostnames: string[];
}

/** What binding a VirtualService to one Istio Gateway gives: Accepted, and where it is bound. */
export interface IstioGatewayBinding {
  accepted: RouteCondition;
  bindings: IstioServerBinding[];
}

/** `namespace/dnsName` of a server host; a host without `/` takes VirtualServices from anywhere. */
function splitServerHost(host: string): { from: string; dns: string } {
  const slash = host.indexOf('/');
  if (slash < 0) return { from: '*', dns: host.toLowerCase() };
  return {
    from: host.slice(0, slash),
    dns: host.slice(slash + 1).toLowerCase(),
  };
}

/** The host both sides accept, with Istio's suffix wildcards; undefined when they share none. */
function sharedHost(serverDns: string, vsHost: string): string | undefined {
  if (serviceEntryCovers(serverDns, vsHost)) return vsHost;
  if (serviceEntryCovers(vsHost, serverDns)) return serverDns;
  return undefined;
}

function listenerOf(server: any, dns: string): ParentListener {
  const protocol = String(server?.port?.protocol ?? 'HTTP').toUpperCase();
  const port = Number(server?.port?.number);
  return {
    name:
      server?.name ?? server?.port?.name ?? `${protocol.toLowerCase()}-${port}`,
    ...(dns !== '*' ? { hostname: dns } : {}),
    port,
    protocol,
  };
}

function condition(
  status: 'True' | 'False',
  reason: string,
  message: string,
  explanation?: string,
): RouteCondition {
  return {
    type: 'Accepted',
    status,
    reason,
    message,
    ...(explanation ? { explanation } : {}),
  };
}

/**
 * Binds a VirtualService of `namespace` with (resolved, lower-case) `hosts` to the Istio
 * Gateway `key` as Istio does: a server host `ns/dnsName` takes the VirtualService when its
 * dnsName and a VirtualService host overlap (suffix wildcards, `*` for any) and `ns` is `*`,
 * the VirtualService's namespace, or `.` for the Gateway's own. Accepted False
 * `NoMatchingParent` when the Gateway does not exist, `NoMatchingListenerHostname` when no
 * server serves a host, `NotAllowedByListeners` when the servers that do refuse the namespace.
 */
export function bindToIstioGateway(
  key: string,
  gateway: KubernetesObject | undefined,
  namespace: string,
  hosts: string[],
): IstioGatewayBinding {
  if (!gateway) {
    return {
      accepted: condition(
        'False',
        'NoMatchingParent',
        `Istio Gateway ${key} does not exist`,
        `spec.gateways names ${key}, but this cluster has no Istio Gateway ${key}, so no gateway serves this VirtualService: create the Gateway, or correct the entry (namespace/name, or a name in the VirtualService's own namespace ${namespace}).`,
      ),
      bindings: [],
    };
  }
  const gatewayNamespace = gateway.metadata?.namespace ?? 'default';
  const servers = asArray(gateway.spec?.servers);
  const bindings: IstioServerBinding[] = [];
  const refusedBy = new Set<string>();
  for (const server of servers) {
    for (const serverHost of asArray(server?.hosts)) {
      const { from, dns } = splitServerHost(String(serverHost));
      const hostnames = [
        ...new Set(hosts.flatMap(host => sharedHost(dns, host) ?? [])),
      ];
      if (hostnames.length === 0) continue;
      const fromNamespace = from === '.' ? gatewayNamespace : from;
      if (fromNamespace !== '*' && fromNamespace !== namespace) {
        refusedBy.add(fromNamespace);
        continue;
      }
      bindings.push({ listener: listenerOf(server, dns), hostnames });
    }
  }
  if (bindings.length > 0) {
    return {
      accepted: condition(
        'True',
        'Accepted',
        `bound to Istio Gateway ${key} for ${listWords([
          ...new Set(bindings.flatMap(b => b.hostnames)),
        ])}`,
      ),
      bindings,
    };
  }
  if (refusedBy.size > 0) {
    const allowed = listWords([...refusedBy].sort());
    return {
      accepted: condition(
        'False',
        'NotAllowedByListeners',
        `the servers of Istio Gateway ${key} for these hosts take VirtualServices only from namespace ${allowed}`,
        `The servers of Istio Gateway ${key} that serve ${listWords(
          hosts,
        )} take VirtualServices only from namespace ${allowed}; this VirtualService is in ${namespace}: move it there, or add "${namespace}/<host>" to the Gateway's server hosts.`,
      ),
      bindings: [],
    };
  }
  const served = servers.flatMap((s: any) => asArray(s?.hosts));
  return {
    accepted: condition(
      'False',
      'NoMatchingListenerHostname',
      `no server of Istio Gateway ${key} serves ${listWords(hosts)}`,
      `Istio Gateway ${key} serves ${
        served.length > 0 ? listWords(served) : 'no hosts at all'
      }, none of which is a host of this VirtualService (${listWords(
        hosts,
      )}), so the Gateway ignores it: use a host the Gateway serves in spec.hosts, or add the host to a server of the Gateway.`,
    ),
    bindings: [],
  };
}
