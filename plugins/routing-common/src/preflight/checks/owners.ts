import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { KUBERNETES_ANNOTATION } from '@backstage/plugin-kubernetes-common';
import type { KubernetesObject } from '../../kubernetes/objects';
import { ENTITY_REF_ANNOTATION } from '../../manifests/labels';
import type { ExposureRequest } from '../../types/exposure';
import type { CheckInput } from './types';

/** The entity an object says it belongs to: Portway's entity-ref annotation, else the kubernetes-id label. */
export function ownerOf(object: KubernetesObject): string | undefined {
  const annotated = object.metadata?.annotations?.[ENTITY_REF_ANNOTATION];
  if (annotated) return annotated;
  const id = object.metadata?.labels?.[KUBERNETES_ANNOTATION];
  return id ? `${KUBERNETES_ANNOTATION}=${id}` : undefined;
}

/** Who asks: the request's entity, and how to tell its objects when the caller can. */
export interface RequesterInput {
  request: Pick<ExposureRequest, 'entityRef'>;
  ownsService?: CheckInput['ownsService'];
}

/**
 * Whether an object in the cluster belongs to the request's entity: selected by the entity's
 * annotations when the caller can tell (the backend, with the catalog), else by Portway's
 * entity-ref annotation or the kubernetes-id label naming the entity.
 */
export function belongsToRequester(
  object: KubernetesObject,
  input: RequesterInput,
): boolean {
  if (input.ownsService) return input.ownsService(object);
  const entity = parseEntityRef(input.request.entityRef);
  const annotated = object.metadata?.annotations?.[ENTITY_REF_ANNOTATION];
  if (annotated) {
    return annotated === stringifyEntityRef(entity).toLocaleLowerCase('en-US');
  }
  return object.metadata?.labels?.[KUBERNETES_ANNOTATION] === entity.name;
}

/** How a finding names the owner of an object: `component:default/books`, or that it has none. */
export function describeOwner(object: KubernetesObject): string {
  const owner = ownerOf(object);
  return owner ? `owned by ${owner}` : 'labelled for no catalog entity';
}
