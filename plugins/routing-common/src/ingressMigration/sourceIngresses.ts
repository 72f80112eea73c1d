import type { KubernetesObject } from '../kubernetes/objects';
import {
  backendServiceKeys,
  routeHostnames,
} from '../kubernetes/routeReferences';
import { belongsToRequester } from '../preflight/checks/owners';
import { finding } from '../preflight/checks/types';
import type { PreflightCluster, PreflightContext } from '../preflight/types';
import type { Finding } from '../types/findings';
import type { IngressRemovalRequest } from '../types/ingressMigration';
import { IngressMigrationFindingCodes as Codes } from './codes';
import { describeObject } from '../kubernetes/objectFields';

/** A named Ingress of a request, as the cluster has it. */
export interface SourceIngressRef {
  /** Its name, as the request gives it. */
  name: string;
  /** The request field that names it: `ingresses[i]`. */
  field: string;
  /** The Ingress in the cluster; undefined when it is not there. */
  object?: KubernetesObject;
}

/** The Ingresses a request names, each with its field and the object the cluster has of that name. */
export function sourceIngresses(
  request: Pick<IngressRemovalRequest, 'namespace' | 'ingresses'>,
  cluster: PreflightCluster | undefined,
): SourceIngressRef[] {
  return request.ingresses.map((name, index) => ({
    name,
    field: `ingresses[${index}]`,
    object: cluster?.objects.get('ingress', request.namespace, name),
  }));
}

/** IngressNotFound for each named Ingress the cluster does not have in the request's namespace. */
export function missingIngressFindings(
  sources: SourceIngressRef[],
  request: Pick<IngressRemovalRequest, 'namespace'>,
  cluster: PreflightCluster,
): Finding[] {
  return sources
    .filter(source => !source.object)
    .map(source =>
      finding(
        'error',
        Codes.IngressNotFound,
        source.field,
        `Ingress ${request.namespace}/${source.name} does not exist in cluster ${cluster.name}`,
      ),
    );
}

/**
 * IngressNotOwned (a warning) for each found Ingress that neither itself nor through a backend
 * Service shows it belongs to the request's entity: selected by the entity when the caller can
 * tell (`ownsService`), else labelled or annotated for it. Routes made of another team's Ingress
 * would be that team's traffic, so the reviewer should know.
 */
export function ownershipFindings(
  sources: SourceIngressRef[],
  request: Pick<IngressRemovalRequest, 'entityRef'>,
  cluster: PreflightCluster,
  ownsService: PreflightContext['ownsService'],
): Finding[] {
  const requester = { request, ownsService };
  return sources.flatMap(({ object, field }) => {
    if (!object) return [];
    const services = backendServiceKeys('ingress', object).flatMap(key => {
      const [namespace, name] = key.split('/');
      return cluster.objects.get('service', namespace, name) ?? [];
    });
    if ([object, ...services].some(o => belongsToRequester(o, requester))) {
      return [];
    }
    const backends = services.map(describeObject).join(', ');
    return [
      finding(
        'warning',
        Codes.IngressNotOwned,
        field,
        `${describeObject(object)} does not show that it belongs to ${
          request.entityRef
        }: neither it nor its backend Services (${
          backends || 'none found'
        }) are ${
          ownsService
            ? "selected by the entity's annotations"
            : 'labelled for it'
        }; migrate only Ingresses your team runs`,
      ),
    ];
  });
}

/** The request field of the first found Ingress that has a rule for one of `hostnames`. */
export function fieldForHostnames(
  sources: SourceIngressRef[],
  hostnames: string[],
): string | undefined {
  return sources.find(
    ({ object }) =>
      object &&
      routeHostnames('ingress', object).some(host => hostnames.includes(host)),
  )?.field;
}

/** The request field of the Ingress a note or finding names as `Ingress namespace/name`. */
export function fieldForObject(
  sources: SourceIngressRef[],
  described: string,
): string | undefined {
  return sources.find(
    ({ object }) => object && describeObject(object) === described,
  )?.field;
}
