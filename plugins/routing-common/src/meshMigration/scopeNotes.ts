import { exportVisibility } from '../istio/meshConflicts';
import type { KubernetesObject } from '../kubernetes/objects';
import { namespaceOf } from '../kubernetes/objectFields';
import type { NoteSink, ServiceParent } from './types';

/** Namespaces of a visibility, in words. */
function callers(vs: KubernetesObject): string {
  const visibility = exportVisibility(vs);
  if (visibility === 'all') return 'every namespace';
  if (visibility.size === 0) return 'no namespace';
  return `namespaces ${[...visibility].join(', ')}`;
}

/**
 * Who the route applies to, against who the VirtualService applied to (its `exportTo`). A route
 * in the Service's namespace is a producer route: every caller. A route in the VirtualService's
 * other namespace is a consumer route: callers of that namespace only.
 */
export function noteScope(
  vs: KubernetesObject,
  parent: ServiceParent,
  notes: NoteSink,
): void {
  const namespace = namespaceOf(vs);
  const visibility = exportVisibility(vs);
  const service = `${parent.namespace}/${parent.name}`;
  if (parent.namespace !== namespace) {
    notes.add(
      'warning',
      parent.field,
      `a consumer route: Service ${service} is in another namespace, so the route in ${namespace} applies to calls from ${namespace} only, where the VirtualService applied to callers in ${callers(
        vs,
      )}; for every caller, put the route in ${
        parent.namespace
      } (a producer route)`,
    );
    return;
  }
  if (visibility !== 'all')
    notes.add(
      'warning',
      'spec.exportTo',
      `not carried over: a producer route applies to callers in every namespace, where the VirtualService applied to callers in ${callers(
        vs,
      )}; for fewer callers, write consumer routes in their namespaces instead`,
    );
}
