import {
  exposureKind,
  type ExposureType,
} from '@portway/plugin-routing-common';
import type { ListenersQuery } from '../../api/types';
import {
  formExposureType,
  formIngresses,
  formTarget,
  type FormValues,
} from './formValues';

/**
 * Which field of the form says where the routes will live: `target`, the Service an exposure
 * sends traffic to, or `ingress`, the Ingresses a migration turns into routes.
 *
 * @public
 */
export type RouteSource = 'target' | 'ingress';

/** The cluster and namespace of the routes, from the form's source field once it is filled in. */
export function routeLocation(
  values: FormValues,
  source: RouteSource = 'target',
): { cluster: string; namespace: string } | undefined {
  return source === 'ingress' ? formIngresses(values) : formTarget(values);
}

/**
 * The listeners to ask for: those of the routes' cluster, for a route from their namespace
 * of the given type (else the form's `type`). Undefined while the source field is empty
 * (no Service picked, no Ingress ticked), or when the type attaches to no Gateway.
 */
export function listenerQuery(
  values: FormValues,
  type: ExposureType | undefined = formExposureType(values),
  source: RouteSource = 'target',
): ListenersQuery | undefined {
  const location = routeLocation(values, source);
  if (!location || !type || !exposureKind(type).usesGateway) {
    return undefined;
  }
  return { cluster: location.cluster, namespace: location.namespace, type };
}
