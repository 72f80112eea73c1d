import type { KubernetesObject } from '../../kubernetes/objects';
import { conformanceBaseData } from './conformanceBase';

/** A PEM CA certificate: the `ca.crt` of the conformance base fixture's tls-checks-ca-certificate. */
export const CA_CERTIFICATE = conformanceBaseData(
  'ConfigMap',
  'tls-checks-ca-certificate',
)['ca.crt'];

/** A ConfigMap `namespace/name` with the given data (a valid `ca.crt` by default). */
export function caConfigMap(
  key: string,
  data: Record<string, string> = { 'ca.crt': CA_CERTIFICATE },
): KubernetesObject & { data: Record<string, string> } {
  const [namespace, name] = key.split('/');
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { namespace, name },
    data,
  };
}

/**
 * A BackendTLSPolicy `namespace/name` targeting Service `web` (or the targetRefs given), with
 * hostname web.shop.internal and ConfigMap `ca` unless `validation` says otherwise.
 */
export function backendTlsPolicy(
  key: string,
  options: {
    targetRefs?: Array<Record<string, string>>;
    validation?: Record<string, unknown>;
    creationTimestamp?: string;
  } = {},
): KubernetesObject {
  const [namespace, name] = key.split('/');
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'BackendTLSPolicy',
    metadata: {
      namespace,
      name,
      ...(options.creationTimestamp
        ? { creationTimestamp: options.creationTimestamp }
        : {}),
    },
    spec: {
      targetRefs: options.targetRefs ?? [
        { group: '', kind: 'Service', name: 'web' },
      ],
      validation: options.validation ?? {
        caCertificateRefs: [{ group: '', kind: 'ConfigMap', name: 'ca' }],
        hostname: 'web.shop.internal',
      },
    },
  };
}
