import {
  asArray,
  creationTimestampField,
  namespaceOf,
} from '../kubernetes/objectFields';
import type { KubernetesObject } from '../kubernetes/objects';
import type { ListenerSetModel } from './model';

/** Reads a ListenerSet object into the parts the analysis judges. */
export function toListenerSet(object: KubernetesObject): ListenerSetModel {
  const parentRef = object.spec?.parentRef ?? {};
  return {
    kind: 'ListenerSet',
    namespace: namespaceOf(object),
    name: object.metadata?.name ?? '',
    ...creationTimestampField(object),
    parentRef: { ...parentRef, name: parentRef.name ?? '' },
    listeners: asArray(object.spec?.listeners),
  };
}
