import { parseEntityRef } from '@backstage/catalog-model';
import { ExposureRequest } from '../types/exposure';

/**
 * The folder of the GitOps repository that holds an entity's manifests for one cluster and
 * namespace: `clusters/{cluster}/{namespace}/{entity name}`.
 *
 * @public
 */
export function gitopsFolder(
  request: Pick<ExposureRequest, 'entityRef' | 'cluster' | 'namespace'>,
): string {
  const entity = parseEntityRef(request.entityRef);
  return `clusters/${request.cluster}/${request.namespace}/${entity.name}`;
}
