import type { KubernetesObject } from '../../kubernetes/objects';
import type { ExposureRequest } from '../../types/exposure';
import type { ExposurePolicy } from '../../types/exposurePolicy';
import type { Finding, FindingSeverity } from '../../types/findings';
import { clusterKindOf } from '../clusterKinds';
import type { PreflightCluster } from '../types';

/** What every check of a request against a cluster reads. */
export interface CheckInput {
  request: ExposureRequest;
  /** The object the request would add, as its kind builds it. */
  proposed: KubernetesObject;
  cluster: PreflightCluster;
  /** Whether an object belongs to the request's entity; undefined when that cannot be told. */
  ownsService?: (object: KubernetesObject) => boolean;
  /** The exposure policy; undefined: none. */
  policy?: ExposurePolicy;
  /** The entity's owners as full references; undefined when not known. */
  owners?: string[];
}

/** One family of checks against the cluster (the Service, the Gateway, the mesh, ...). */
export type ClusterCheck = (input: CheckInput) => Finding[];

/** A finding about one field of the request. */
export function finding(
  severity: FindingSeverity,
  code: string,
  field: string | undefined,
  message: string,
): Finding {
  return field === undefined
    ? { severity, code, message }
    : { severity, code, field, message };
}

/** The object of the same kind, namespace and name as `object` in the cluster, if there is one. */
export function existingObject(
  cluster: PreflightCluster,
  object: KubernetesObject,
): KubernetesObject | undefined {
  const kind = clusterKindOf(object);
  const { namespace = '', name } = object.metadata ?? {};
  return kind && name ? cluster.objects.get(kind, namespace, name) : undefined;
}
