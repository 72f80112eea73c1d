import { asArray, namespaceOf } from '../kubernetes/objectFields';
import type { KubernetesObject } from '../kubernetes/objects';
import type { ListenerSetModel } from './model';

/** Reads a ListenerSet object into the parts the analysis judges. */
export function toListenerSet(object: KubernetesObject): ListenerSetModel {
  const parentRef = object.spec?.parentRef ?? {};
  const created = object.metadata?.creationTimestamp;
  return {
    kind: 'ListenerSet',
    namespace: namespaceOf(object),
    name: object.metadata?.name ?? '',
    ...(created
      ? {
          creationTimestamp:
            typeof created === 'string' ? created : created.toISOString(),
        }
      : {}),
    parentRef: { ...parentRef, name: parentRef.name ?? '' },
    listeners: asArray(object.spec?.listeners),
  };
}
