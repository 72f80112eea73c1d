import type { KubernetesObject } from '../../kubernetes/objects';
import { convertIngresses } from '../convertIngresses';
import type { MigrateOptions } from '../types';

/** The core conversion without annotation features. */
export function convert(
  objects: KubernetesObject[],
  options: MigrateOptions = {},
) {
  return convertIngresses(objects, options, []);
}

/** The output objects of one kind. */
export function ofKind(objects: KubernetesObject[], kind: string) {
  return objects.filter(object => object.kind === kind);
}

/** A path of an Ingress rule to a Service port (number, or name when a string). */
export function path(
  value: string | undefined,
  pathType: string | undefined,
  service = 'web',
  port: number | string = 80,
) {
  return {
    ...(value === undefined ? {} : { path: value }),
    ...(pathType === undefined ? {} : { pathType }),
    backend: {
      service: {
        name: service,
        port: typeof port === 'number' ? { number: port } : { name: port },
      },
    },
  };
}

/** An Ingress rule for `host` (none when undefined) with the given paths. */
export function hostRule(host: string | undefined, ...paths: unknown[]) {
  return { ...(host === undefined ? {} : { host }), http: { paths } };
}

/** Sets the creationTimestamp of an Ingress. */
export function createdAt(
  object: KubernetesObject,
  time: string,
): KubernetesObject {
  return {
    ...object,
    metadata: { ...object.metadata, creationTimestamp: time },
  };
}
