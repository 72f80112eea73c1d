import type { KubernetesObject } from '../kubernetes/objects';
import type { BackendDraft, SourceIngress } from './ir';
import type { MigrationNote } from './types';
import { asArray } from '../kubernetes/objectFields';

/** A converted backend and the note about it, or why there is none. */
export interface ConvertedBackend {
  backend?: BackendDraft;
  note?: Pick<MigrationNote, 'level' | 'message' | 'field'>;
}

/**
 * An Ingress backend (`field` is its path in the source) as a backendRef, as ingress2gateway
 * converts it: a Service port by number is copied, a port by name is resolved against the
 * Service in the input (else an error note, and the backendRef has no port to fill in); a
 * resource backend becomes group/kind/name with a warning (its support is implementation-specific).
 */
export function convertBackend(
  value: any,
  field: string,
  source: SourceIngress,
  services: Map<string, KubernetesObject>,
): ConvertedBackend {
  const service = value?.service;
  const resource = value?.resource;
  if (!service?.name && resource?.name) {
    const ref = {
      ...(resource.apiGroup ? { group: String(resource.apiGroup) } : {}),
      kind: String(resource.kind ?? ''),
      name: String(resource.name),
    };
    return {
      backend: { ref, source, field },
      note: {
        level: 'warning',
        field: `${field}.resource`,
        message: `resource backend ${ref.kind} ${ref.name} carried over as a backendRef of that kind: whether the Gateway supports it is implementation-specific`,
      },
    };
  }
  if (!service?.name)
    return {
      note: {
        level: 'error',
        field,
        message: 'backend without a Service or resource name not carried over',
      },
    };
  const port = service.port ?? {};
  const backend = (portNumber?: number): BackendDraft => ({
    ref: {
      name: service.name,
      ...(portNumber !== undefined ? { port: portNumber } : {}),
    },
    source,
    field,
  });
  if (typeof port.number === 'number') return { backend: backend(port.number) };
  const key = `${source.namespace}/${service.name}`;
  const found = asArray(services.get(key)?.spec?.ports).find(
    p => port.name !== undefined && p?.name === port.name,
  );
  if (found && typeof found.port === 'number')
    return { backend: backend(found.port) };
  return {
    backend: backend(),
    note: {
      level: 'error',
      field: `${field}.service.port`,
      message: `NEEDS FIX: port "${
        port.name ?? ''
      }" of Service ${key} could not be resolved (Service not in the input or has no such port); the backendRef has no port, which a Service backendRef requires`,
    },
  };
}
