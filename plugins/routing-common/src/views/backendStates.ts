import type { KubernetesObject } from '../kubernetes/objects';
import { listWords } from '../semantics/conditions';
import type { BackendView, RouteCondition } from '../types/routes';
import { asArray } from '../kubernetes/objectFields';

/**
 * A cluster's objects of one kind by `namespace/name` (a Map, or a cache's lookup).
 *
 * @public
 */
export type ObjectLookup = Pick<ReadonlyMap<string, KubernetesObject>, 'get'>;

/**
 * A Service a route sends traffic to, as the route names it.
 *
 * @public
 */
export interface ServiceBackendRef {
  /** The Service's namespace (already defaulted to the route's). */
  namespace: string;
  /** The Service's name. */
  name: string;
  /** A port number (`spec.ports[].port`), or a port name (`spec.ports[].name`, Ingress only). */
  port?: number | string;
  /** The share of traffic the backend receives, relative to the rule's other backends. */
  weight?: number;
}

interface ServicePort {
  name?: string;
  port?: number;
}

function portWords(ports: ServicePort[]): string {
  const words = ports.map(p =>
    p.name ? `${p.port} (${p.name})` : `${p.port}`,
  );
  return words.length === 0
    ? 'no ports'
    : `port${ports.length === 1 ? '' : 's'} ${listWords(words)}`;
}

/**
 * The Routing tab's view of a Service backend, with whether it is there: `missing` when the
 * cluster has no such Service, `port-not-on-service` when the Service has no such port (a port
 * number is compared with `spec.ports[].port`, a name with `spec.ports[].name`), `found`
 * otherwise. A port given by name is shown as the Service's number for it. A Service listing
 * no ports (an ExternalName Service) is not judged on its port.
 *
 * @public
 */
export function serviceBackendView(
  services: ObjectLookup,
  ref: ServiceBackendRef,
): BackendView {
  const { namespace, name, port, weight } = ref;
  const base = {
    kind: 'Service',
    namespace,
    name,
    ...(typeof port === 'number' ? { port } : {}),
    ...(weight !== undefined ? { weight } : {}),
  };
  const service = services.get(`${namespace}/${name}`);
  if (!service) {
    return {
      ...base,
      state: 'missing',
      message: `Service ${namespace}/${name} does not exist`,
    };
  }
  const ports = asArray<ServicePort>(service.spec?.ports);
  if (port === undefined || ports.length === 0) {
    return { ...base, state: 'found' };
  }
  const match = ports.find(p =>
    typeof port === 'number' ? Number(p.port) === port : p.name === port,
  );
  if (!match) {
    const wanted =
      typeof port === 'number' ? `port ${port}` : `port named "${port}"`;
    return {
      ...base,
      state: 'port-not-on-service',
      message: `Service ${namespace}/${name} has no ${wanted}; it exposes ${portWords(
        ports,
      )}`,
    };
  }
  return {
    ...base,
    ...(match.port !== undefined ? { port: Number(match.port) } : {}),
    state: 'found',
  };
}

/**
 * Backends with the same kind, Service, port and weight listed once, in first-seen order.
 *
 * @public
 */
export function uniqueBackends(backends: BackendView[]): BackendView[] {
  const seen = new Set<string>();
  return backends.filter(backend => {
    const key = JSON.stringify([
      backend.kind,
      backend.namespace,
      backend.name,
      backend.port,
      backend.weight,
    ]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The ResolvedRefs condition Portway predicts from backend states, for kinds whose controllers
 * write no route status (VirtualService, Ingress): False `BackendNotFound` when a Service is
 * missing, else False `PortNotOnService` when a Service lacks the port, True otherwise.
 * `field` names what the user fixes in the route, e.g. `destination host`.
 *
 * @public
 */
export function resolvedRefsFromBackends(
  backends: BackendView[],
  field: string,
): RouteCondition {
  const missing = backends.filter(b => b.state === 'missing');
  const badPort = backends.filter(b => b.state === 'port-not-on-service');
  const messages = [...missing, ...badPort].map(b => b.message).join('; ');
  const unresolved = (reason: string, fix: string): RouteCondition => ({
    type: 'ResolvedRefs',
    status: 'False',
    reason,
    message: messages,
    explanation: `${messages}, so traffic sent there fails: ${fix}.`,
  });
  if (missing.length > 0) {
    return unresolved(
      'BackendNotFound',
      `create the Service, or change the ${field} to a Service that exists`,
    );
  }
  if (badPort.length > 0) {
    return unresolved(
      'PortNotOnService',
      `use one of the Service's ports in the ${field}, or add the port to the Service`,
    );
  }
  return {
    type: 'ResolvedRefs',
    status: 'True',
    reason: 'ResolvedRefs',
    message: 'every backend Service exists with the port used',
  };
}
