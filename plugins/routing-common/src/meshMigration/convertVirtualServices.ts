import { isIstioKind } from '../istio/model';
import {
  describeObject,
  isCoreService,
  namespaceOf,
} from '../kubernetes/objectFields';
import type { KubernetesObject } from '../kubernetes/objects';
import type { Migration } from '../migrate/types';
import { convertVirtualService, MeshLookup } from './convertVirtualService';
import { noteSink } from './noteSink';

function lookupOf(objects: KubernetesObject[]): MeshLookup {
  const services = new Map<string, KubernetesObject>();
  const namespaces = new Set<string>();
  for (const object of objects) {
    if (object.metadata?.namespace) namespaces.add(object.metadata.namespace);
    if (object.kind === 'Namespace' && object.metadata?.name)
      namespaces.add(object.metadata.name);
    if (isCoreService(object) && object.metadata?.name)
      services.set(`${namespaceOf(object)}/${object.metadata.name}`, object);
  }
  return { services, namespaces };
}

/**
 * Converts Istio VirtualServices bound to the mesh (`gateways` absent or with `mesh`) to the
 * equivalent Gateway API mesh routes (GAMMA, GEP-1294): an HTTPRoute, or a GRPCRoute when the
 * VirtualService speaks gRPC (a gRPC Service port, or only gRPC method matches), whose parentRef
 * is the Service its host names. Experimental in Portway: every route is annotated
 * `portway.dev/experimental` and has a note saying so.
 *
 * Pure: no I/O; Services in `objects` are lookup data (ports, protocols), other kinds are
 * ignored. The route lives in the VirtualService's namespace: a producer route when that is
 * the Service's, a consumer route (with a note) otherwise. Every field that does not map
 * (subsets, fault injection, retries, regex dialects, ...) is a note naming the
 * VirtualService and the field; an `error` note means something was not converted.
 *
 * @public
 */
export function convertVirtualServices(objects: KubernetesObject[]): Migration {
  const lookup = lookupOf(objects);
  const notes: Migration['notes'] = [];
  const routes = objects
    .filter(object => isIstioKind(object, 'VirtualService'))
    .flatMap(vs =>
      convertVirtualService(vs, lookup, noteSink(describeObject(vs), notes)),
    );
  return { objects: routes, notes };
}
