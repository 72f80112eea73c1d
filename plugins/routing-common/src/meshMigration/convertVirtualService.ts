import { boundToMesh } from '../istio/meshConflicts';
import { asArray, namespaceOf } from '../kubernetes/objectFields';
import type { KubernetesObject } from '../kubernetes/objects';
import { validateRouteFields } from '../validation/validateRouteFields';
import { convertRule } from './convertRule';
import { EXPERIMENTAL_MESSAGE, meshRouteObject } from './meshRouteObject';
import { meshRouteKind } from './routeKind';
import { noteRuleOrder } from './ruleOrder';
import { noteScope } from './scopeNotes';
import { serviceParents } from './serviceParents';
import type { NoteSink, ServiceParent } from './types';
import { noteVirtualServiceFields } from './virtualServiceFields';

/** What {@link convertVirtualService} looks up. */
export interface MeshLookup {
  /** Core Services by `namespace/name`. */
  services: Map<string, KubernetesObject>;
  /** Namespaces of the input, to name the Service a host like `name.namespace` was meant as. */
  namespaces: ReadonlySet<string>;
}

/** The route for one parent Service; undefined when none of its rules could be written. */
function routeFor(
  vs: KubernetesObject,
  parent: ServiceParent,
  name: string,
  lookup: MeshLookup,
  notes: NoteSink,
): KubernetesObject | undefined {
  const kind = meshRouteKind(vs, parent, notes);
  const context = {
    kind,
    namespace: namespaceOf(vs),
    services: lookup.services,
    notes,
  };
  const converted = asArray(vs.spec?.http).flatMap((rule, i) => {
    const field = `spec.http[${i}]`;
    const written = convertRule(rule ?? {}, field, context);
    return written ? [{ field, rule: written }] : [];
  });
  if (converted.length === 0) return undefined;
  noteScope(vs, parent, notes);
  noteRuleOrder(kind, converted, notes);
  const route = meshRouteObject(
    vs,
    kind,
    name,
    parent,
    converted.map(c => c.rule),
  );
  notes.add(
    'info',
    parent.field,
    `${kind} ${namespaceOf(vs)}/${name} for Service ${parent.namespace}/${
      parent.name
    }: ${EXPERIMENTAL_MESSAGE}; the mesh must implement GAMMA (GEP-1294) for it to take effect, and the VirtualService must be removed once it does, or both apply`,
  );
  for (const finding of validateRouteFields(route))
    if (finding.severity === 'error')
      notes.add(
        'error',
        parent.field,
        `the API server would refuse ${kind} ${name}: ${
          finding.field ? `${finding.field}: ` : ''
        }${finding.message}`,
      );
  return route;
}

/**
 * One VirtualService as mesh routes: one per Service its hosts name (named after the
 * VirtualService, `<name>-<service>` when there are several). A VirtualService not bound to
 * the mesh, without http routes, or whose hosts name no Service is not converted (an error
 * note).
 */
export function convertVirtualService(
  vs: KubernetesObject,
  lookup: MeshLookup,
  notes: NoteSink,
): KubernetesObject[] {
  if (!boundToMesh(vs)) {
    notes.add(
      'error',
      'spec.gateways',
      'not converted: the VirtualService is bound to Istio Gateways, not to the mesh; a mesh route is for calls between services (use an HTTPRoute on a Gateway for ingress traffic)',
    );
    return [];
  }
  noteVirtualServiceFields(vs, notes);
  if (asArray(vs.spec?.http).length === 0) {
    notes.add(
      'error',
      'spec.http',
      'not converted: the VirtualService has no http routes',
    );
    return [];
  }
  const parents = serviceParents(vs, lookup.services, lookup.namespaces, notes);
  if (parents.length === 0) {
    notes.add(
      'error',
      'spec.hosts',
      'not converted: none of its hosts is a Service of the cluster, and a mesh route’s parent is a Service',
    );
    return [];
  }
  const vsName = vs.metadata?.name ?? '';
  return parents.flatMap(parent => {
    const name = parents.length > 1 ? `${vsName}-${parent.name}` : vsName;
    const route = routeFor(vs, parent, name, lookup, notes);
    return route ? [route] : [];
  });
}
