import type { KubernetesObject } from '../../kubernetes/objects';
import { conformanceBaseData } from './conformanceBase';

/** `tls.crt` and `tls.key` (base64) of the conformance base fixture's tls-checks-client-certificate. */
export const TLS_SECRET_DATA = conformanceBaseData(
  'Secret',
  'tls-checks-client-certificate',
);

/** A kubernetes.io/tls Secret `namespace/name` with the given data (a valid certificate and key by default). */
export function tlsSecret(
  key: string,
  data: Record<string, string> = TLS_SECRET_DATA,
): KubernetesObject & { type: string; data: Record<string, string> } {
  const [namespace, name] = key.split('/');
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { namespace, name },
    type: 'kubernetes.io/tls',
    data,
  };
}
