import type { KubernetesObject } from '../../kubernetes/objects';
import { routeKindNames } from '../../kubernetes/routeReferences';
import { normalizeOwnerRef } from '../../types/exposurePolicy';
import type { ExposureRequest } from '../../types/exposure';
import type { Finding } from '../../types/findings';
import type { PreflightCluster } from '../types';
import { CheckInput, finding } from './types';

/** Whether a pattern of a namespaces rule (a name, or a prefix ending in `*`) matches a namespace. */
export function namespaceMatches(pattern: string, namespace: string): boolean {
  return pattern.endsWith('*')
    ? namespace.startsWith(pattern.slice(0, -1))
    : pattern === namespace;
}

/** The namespace patterns the policy's namespaces rules give the entity's owners. */
function ownerPatterns(input: NamespacePolicyInput): string[] {
  const owners = input.owners ?? [];
  return (input.policy?.namespaces ?? [])
    .filter(rule => owners.includes(normalizeOwnerRef(rule.owner)))
    .flatMap(rule => rule.namespaces);
}

/** The namespaces of the cluster's Services and routes that belong to the entity, sorted. */
function entityNamespaces(
  cluster: PreflightCluster,
  owns: (object: KubernetesObject) => boolean,
): string[] {
  const namespaces = new Set<string>();
  for (const kind of ['service' as const, ...routeKindNames]) {
    for (const object of cluster.objects.list(kind)) {
      const namespace = object.metadata?.namespace;
      if (namespace && owns(object)) namespaces.add(namespace);
    }
  }
  return [...namespaces].sort();
}

/**
 * What the namespace rule reads: the request's entity and namespace, and its Service when it
 * names one (an exposure does; a migration of Ingresses does not).
 */
export interface NamespacePolicyInput
  extends Pick<CheckInput, 'cluster' | 'ownsService' | 'policy' | 'owners'> {
  request: Pick<ExposureRequest, 'entityRef' | 'namespace'> & {
    service?: { name: string };
  };
}

/** Why a request's namespace is not the entity's: where its objects live, and what its owners may use besides. */
export interface ForeignNamespace {
  entityNamespaces: string[];
  ownerPatterns: string[];
}

/**
 * Whether the request's namespace is foreign to its entity: not one where the entity's objects
 * (a Service or a route it owns) live in the request's cluster, and not allowed to one of its
 * owners by a namespaces rule of the policy. Undefined when the namespace may be used, or when
 * ownership cannot be told (no `ownsService`). The Service checks ask it too, so that a Service
 * in a foreign namespace gets NamespaceNotAllowed instead of ServiceNotOwned.
 */
export function foreignNamespace(
  input: NamespacePolicyInput,
): ForeignNamespace | undefined {
  const { request, cluster, ownsService } = input;
  if (!ownsService) return undefined;
  const patterns = ownerPatterns(input);
  if (patterns.some(pattern => namespaceMatches(pattern, request.namespace))) {
    return undefined;
  }
  const service = requestService(input);
  if (service && ownsService(service)) return undefined;
  const namespaces = entityNamespaces(cluster, ownsService);
  return namespaces.includes(request.namespace)
    ? undefined
    : { entityNamespaces: namespaces, ownerPatterns: patterns };
}

/** The request's Service in the cluster, when it names one and it exists. */
function requestService(
  input: NamespacePolicyInput,
): KubernetesObject | undefined {
  const { request, cluster } = input;
  return request.service
    ? cluster.objects.get('service', request.namespace, request.service.name)
    : undefined;
}

function refusal(
  input: NamespacePolicyInput,
  foreign: ForeignNamespace,
): string {
  const { request, cluster } = input;
  const where =
    foreign.entityNamespaces.length > 0
      ? `they live in ${foreign.entityNamespaces.join(', ')}`
      : 'it has no Service or route there';
  const besides =
    foreign.ownerPatterns.length > 0
      ? `its owners may also use ${foreign.ownerPatterns.join(', ')}`
      : 'no namespaces rule of the exposure policy allows more to its owners';
  return `namespace ${request.namespace} is not one where ${request.entityRef}'s objects live in cluster ${cluster.name} (${where}), and ${besides}: a team exposes its Services from its own namespaces`;
}

/**
 * NamespaceNotAllowed: the request's namespace is foreign to its entity (see
 * {@link foreignNamespace}); the message names the namespaces the entity's objects live in.
 * When ownership cannot be told, the rule is not checked: the Service checks say so
 * (OwnershipNotChecked) when the Service exists, and this check says it when it does not.
 */
export function namespacePolicy(input: NamespacePolicyInput): Finding[] {
  const { request, ownsService } = input;
  if (!ownsService) {
    return requestService(input)
      ? []
      : [
          finding(
            'info',
            'OwnershipNotChecked',
            'namespace',
            `whether namespace ${request.namespace} is one where ${request.entityRef}'s objects live was not checked (no catalog entity at hand)`,
          ),
        ];
  }
  const foreign = foreignNamespace(input);
  return foreign
    ? [
        finding(
          'error',
          'NamespaceNotAllowed',
          'namespace',
          refusal(input, foreign),
        ),
      ]
    : [];
}
