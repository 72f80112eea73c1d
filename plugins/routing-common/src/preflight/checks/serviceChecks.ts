import { parseEntityRef } from '@backstage/catalog-model';
import { KUBERNETES_ANNOTATION } from '@backstage/plugin-kubernetes-common';
import type { KubernetesObject } from '../../kubernetes/objects';
import type { Finding } from '../../types/findings';
import { foreignNamespace } from './namespacePolicy';
import { CheckInput, existingObject, finding } from './types';
import { asArray, describeObject } from '../../kubernetes/objectFields';

function describePorts(service: KubernetesObject): string {
  const ports = asArray(service.spec?.ports);
  if (ports.length === 0) return 'it has no ports';
  return `its ports are ${ports
    .map(port => (port.name ? `${port.port} (${port.name})` : `${port.port}`))
    .join(', ')}`;
}

function portOf(service: KubernetesObject, number: number): any | undefined {
  const ports = asArray(service.spec?.ports);
  return ports.find(port => port.port === number);
}

/**
 * Checks the Service a request sends traffic to: it exists (BackendNotFound), it is not an
 * ExternalName Service (ExternalNameBackend), it has the port
 * (PortNotOnService), and it belongs to the request's entity (ServiceNotOwned: a team cannot
 * expose another team's Service; in a namespace foreign to the entity the namespace policy's
 * NamespaceNotAllowed says it instead). Also refuses a request whose object name is already
 * taken in the cluster (AlreadyExists).
 */
export function serviceChecks(input: CheckInput): Finding[] {
  const { request, proposed, cluster, ownsService } = input;
  const findings: Finding[] = [];
  const existing = existingObject(cluster, proposed);
  if (existing) {
    findings.push(
      finding(
        'error',
        'AlreadyExists',
        'name',
        `${describeObject(existing)} already exists in cluster ${
          cluster.name
        }: choose another name, or change that object instead`,
      ),
    );
  }
  const service = cluster.objects.get(
    'service',
    request.namespace,
    request.service.name,
  );
  if (!service) {
    findings.push(
      finding(
        'error',
        'BackendNotFound',
        'service.name',
        `Service ${request.namespace}/${request.service.name} does not exist in cluster ${cluster.name}`,
      ),
    );
    return findings;
  }
  if (service.spec?.type === 'ExternalName') {
    findings.push(
      finding(
        'error',
        'ExternalNameBackend',
        'service.name',
        `Service ${request.namespace}/${
          request.service.name
        } is of type ExternalName (${
          service.spec.externalName ?? 'no name'
        }): Portway never routes to one, as it would send traffic wherever that DNS name points; expose the Service that runs the workload`,
      ),
    );
    return findings;
  }
  if (!portOf(service, request.service.port)) {
    findings.push(
      finding(
        'error',
        'PortNotOnService',
        'service.port',
        `Service ${request.namespace}/${request.service.name} has no port ${
          request.service.port
        }: ${describePorts(service)}`,
      ),
    );
  }
  if (!ownsService) {
    findings.push(
      finding(
        'info',
        'OwnershipNotChecked',
        'service.name',
        `whether Service ${request.namespace}/${request.service.name} belongs to ${request.entityRef}, and namespace ${request.namespace} is one of its namespaces, was not checked (no catalog entity at hand)`,
      ),
    );
  } else if (!ownsService(service) && !foreignNamespace(input)) {
    const labelled = service.metadata?.labels?.[KUBERNETES_ANNOTATION];
    findings.push(
      finding(
        'error',
        'ServiceNotOwned',
        'service.name',
        `Service ${request.namespace}/${
          request.service.name
        } does not belong to ${
          request.entityRef
        }: it is not selected by the entity's ${KUBERNETES_ANNOTATION} or label-selector annotation${
          labelled && labelled !== parseEntityRef(request.entityRef).name
            ? ` (it is labelled ${KUBERNETES_ANNOTATION}=${labelled})`
            : ''
        }. Only a Service's own team can expose it`,
      ),
    );
  }
  return findings;
}

/** The port of the request's Service, when the Service and the port exist. */
export function requestedServicePort(input: CheckInput): any | undefined {
  const service = input.cluster.objects.get(
    'service',
    input.request.namespace,
    input.request.service.name,
  );
  return service ? portOf(service, input.request.service.port) : undefined;
}
