import { backendProblem } from './backendRefs';
import type { Inventory, RouteModel } from './model';

/** A Gateway sending traffic to a port of a Service through a route attached to it. */
export interface GatewayBackendUse {
  /** `namespace/name` of the Gateway. */
  gatewayKey: string;
  /** `namespace/name` of the Service. */
  service: string;
  /** The backendRef's port. */
  port?: number;
}

/** Route kinds whose backend connections BackendTLSPolicy governs (its Extended support). */
const TLS_ORIGINATING_KINDS = ['HTTPRoute', 'GRPCRoute', 'TLSRoute'];

/**
 * The Gateway an attachment key (see listenerSetParents' attachmentKey) belongs to, and the
 * listener: a ListenerSet's listeners belong to the Gateway its parentRef names.
 */
function gatewayOfAttachment(
  key: string,
  inventory: Pick<Inventory, 'gateways' | 'listenerSets'>,
) {
  const parts = key.split('/');
  if (parts[0] !== 'ListenerSet') {
    const gatewayKey = `${parts[0]}/${parts[1]}`;
    const listener = inventory.gateways
      .get(gatewayKey)
      ?.listeners.find(l => l.name === parts.slice(2).join('/'));
    return { gatewayKey, listener };
  }
  const [, namespace, name, ...rest] = parts;
  const listenerSet = inventory.listenerSets.find(
    s => s.namespace === namespace && s.name === name,
  );
  if (!listenerSet) return undefined;
  return {
    gatewayKey: `${listenerSet.parentRef.namespace ?? namespace}/${
      listenerSet.parentRef.name
    }`,
    listener: listenerSet.listeners.find(l => l.name === rest.join('/')),
  };
}

/**
 * Every Gateway and Service port pair joined by an attached route: the Gateways a
 * BackendTLSPolicy on that Service reports as its ancestors. HTTPRoutes and GRPCRoutes always
 * originate TLS to their backends under a policy; a TLSRoute only where its listener terminates
 * TLS (a Passthrough listener forwards the client's own TLS). A backendRef counts when it names
 * a core Service the route may refer to, whether or not the Service exists.
 */
export function gatewayBackendUses(
  inventory: Pick<
    Inventory,
    'gateways' | 'listenerSets' | 'routes' | 'services' | 'referenceGrants'
  >,
  attached: ReadonlyMap<string, ReadonlySet<string>>,
): GatewayBackendUse[] {
  const routes = new Map<string, RouteModel>(
    inventory.routes.map(r => [`${r.kind}/${r.namespace}/${r.name}`, r]),
  );
  const uses = new Map<string, GatewayBackendUse>();
  for (const [key, routeKeys] of attached) {
    const owner = gatewayOfAttachment(key, inventory);
    if (!owner || owner.listener?.tls?.mode === 'Passthrough') continue;
    for (const routeKey of routeKeys) {
      const route = routes.get(routeKey);
      if (!route || !TLS_ORIGINATING_KINDS.includes(route.kind)) continue;
      for (const use of route.backendRefs) {
        const problem = backendProblem(route, use, inventory);
        if (problem && problem.reason !== 'BackendNotFound') continue;
        const service = `${use.ref.namespace ?? route.namespace}/${
          use.ref.name
        }`;
        const found = {
          gatewayKey: owner.gatewayKey,
          service,
          ...(use.ref.port !== undefined ? { port: use.ref.port } : {}),
        };
        uses.set(`${found.gatewayKey}|${service}|${found.port}`, found);
      }
    }
  }
  return [...uses.values()];
}
