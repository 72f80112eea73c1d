import type { KubernetesObject } from '../kubernetes/objects';
import { namespaceOf } from '../kubernetes/objectFields';
import { GATEWAY_API_VERSION } from '../migrate/types';
import {
  CONVERTED_FROM_ANNOTATION,
  MESH_ROUTE_EXPERIMENTAL_ANNOTATION,
  MeshRouteKind,
  ServiceParent,
} from './types';

/** The value of {@link MESH_ROUTE_EXPERIMENTAL_ANNOTATION}. */
export const EXPERIMENTAL_MESSAGE =
  'Gateway API mesh routing (GAMMA) is experimental in Portway';

/**
 * The mesh route for one parent Service: in the VirtualService's namespace, with its labels,
 * its parentRef the Service (`group: ""`, `kind: Service`; no port, so every port, as the
 * VirtualService host), annotated as experimental and with where it came from.
 */
export function meshRouteObject(
  vs: KubernetesObject,
  kind: MeshRouteKind,
  name: string,
  parent: ServiceParent,
  rules: Array<Record<string, any>>,
): KubernetesObject {
  const namespace = namespaceOf(vs);
  const labels = vs.metadata?.labels;
  return {
    apiVersion: GATEWAY_API_VERSION,
    kind,
    metadata: {
      name,
      namespace,
      ...(labels ? { labels: { ...labels } } : {}),
      annotations: {
        [MESH_ROUTE_EXPERIMENTAL_ANNOTATION]: EXPERIMENTAL_MESSAGE,
        [CONVERTED_FROM_ANNOTATION]: `VirtualService ${namespace}/${vs.metadata?.name}`,
      },
    },
    spec: {
      parentRefs: [
        {
          group: '',
          kind: 'Service',
          name: parent.name,
          ...(parent.namespace !== namespace
            ? { namespace: parent.namespace }
            : {}),
        },
      ],
      rules,
    },
  };
}
