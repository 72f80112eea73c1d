import fs from 'node:fs';
import path from 'node:path';
import type { KubernetesObject } from '../../kubernetes/objects';
import { parseManifests } from '../../kubernetes/parseManifests';

/** A PEM CA certificate: the `ca.crt` of the conformance base fixture's tls-checks-ca-certificate. */
export const CA_CERTIFICATE: string = parseManifests(
  fs.readFileSync(
    path.resolve(__dirname, '../../conformance/__fixtures__/base.yaml'),
    'utf8',
  ),
  'base.yaml',
)
  .map(m => m.object)
  .find(
    (o): o is KubernetesObject & { data: Record<string, string> } =>
      o.kind === 'ConfigMap' &&
      o.metadata?.name === 'tls-checks-ca-certificate',
  )!.data['ca.crt'];

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
