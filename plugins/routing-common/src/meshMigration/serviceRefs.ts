import { resolveIstioHost } from '../istio/hosts';
import { asArray } from '../kubernetes/objectFields';
import type { RuleContext } from './types';

/** A Gateway API reference to a core Service port (a backendRef or a mirror's backendRef). */
export interface ServiceRef {
  name: string;
  namespace?: string;
  port: number;
}

/** An Istio `destination`: a host, optional subset and port. */
export interface IstioDestination {
  host?: string;
  subset?: string;
  port?: { number?: number };
}

/** The port of a destination: its own, else the Service's only port. */
function portOf(
  destination: IstioDestination,
  service: { spec?: any } | undefined,
): number | undefined {
  if (destination.port?.number !== undefined)
    return Number(destination.port.number);
  const ports = asArray<{ port?: number }>(service?.spec?.ports);
  return ports.length === 1 && ports[0].port !== undefined
    ? Number(ports[0].port)
    : undefined;
}

/**
 * The Service port an Istio destination names, as a Gateway API reference (namespace only when
 * it is not the VirtualService's), or undefined with an error note: a host that is not a
 * Service of the cluster (a ServiceEntry, an external name) has no Gateway API backend, and a
 * Service reference needs a port (the CRDs' "Must have port for Service reference"). A Service
 * of another namespace needs a ReferenceGrant. A subset cannot be carried over: the reference is to every endpoint of the Service.
 */
export function serviceRefOf(
  destination: IstioDestination,
  field: string,
  context: RuleContext,
): ServiceRef | undefined {
  const { notes, namespace, services } = context;
  const host = destination.host ?? '';
  const resolved = resolveIstioHost(host, namespace).service;
  if (!resolved) {
    notes.add(
      'error',
      `${field}.host`,
      `not converted: ${
        host || 'an empty host'
      } is not a Service of the cluster (Istio takes it as written), and a Gateway API backendRef names a Service; point it at the Service (name, or name.namespace.svc.cluster.local)`,
    );
    return undefined;
  }
  const service = services.get(`${resolved.namespace}/${resolved.name}`);
  const port = portOf(destination, service);
  if (port === undefined) {
    notes.add(
      'error',
      `${field}.port.number`,
      `not converted: no port for Service ${resolved.namespace}/${
        resolved.name
      } (${
        service ? 'it has several ports' : 'it is not in the input'
      }), and a Gateway API Service reference needs one; set destination.port.number`,
    );
    return undefined;
  }
  if (destination.subset !== undefined)
    notes.add(
      'warning',
      `${field}.subset`,
      `not carried over: subset ${destination.subset} (a DestinationRule subset) has no Gateway API equivalent, so this backend is every endpoint of Service ${resolved.namespace}/${resolved.name}; make a Service per subset (a selector on the subset's labels) and point the backendRef at it`,
    );
  if (resolved.namespace !== namespace)
    notes.add(
      'warning',
      `${field}.host`,
      `Service ${resolved.namespace}/${resolved.name} is in another namespace: the route may only reference it with a ReferenceGrant in ${resolved.namespace} that allows ${context.kind}s from ${namespace} (Istio needs none)`,
    );
  return {
    name: resolved.name,
    ...(resolved.namespace !== namespace
      ? { namespace: resolved.namespace }
      : {}),
    port,
  };
}
