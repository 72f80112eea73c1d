import {
  ISTIO_NETWORKING_GROUP,
  MESH_GATEWAY,
  type ParentView,
  type RouteView,
} from '@portway/plugin-routing-common';

/** What kind of parent a route has, and its name as users write it. */
export interface ParentIdentity {
  /** `Gateway`, `Istio Gateway`, `mesh`, `IngressClass`, or the ref's own kind. */
  kind: string;
  /** `namespace/name`; the bare name for cluster-scoped IngressClasses and the mesh. */
  name: string;
}

/**
 * A parent as the tab and the topology name it: a Gateway API Gateway `infra/public`, an Istio
 * Gateway `istio-system/ingress`, the mesh (a VirtualService bound to the sidecars), an
 * IngressClass `nginx` (cluster-scoped, so without a namespace).
 */
export function parentIdentity(
  parent: ParentView,
  route: RouteView,
): ParentIdentity {
  const {
    group,
    kind = 'Gateway',
    namespace = route.namespace,
    name,
  } = parent.ref;
  if (kind === 'IngressClass') return { kind, name };
  if (group === ISTIO_NETWORKING_GROUP) {
    return name === MESH_GATEWAY
      ? { kind: 'mesh', name }
      : { kind: 'Istio Gateway', name: `${namespace}/${name}` };
  }
  return { kind, name: `${namespace}/${name}` };
}
