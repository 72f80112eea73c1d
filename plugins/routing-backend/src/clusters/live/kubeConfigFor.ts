import { KubeConfig } from '@kubernetes/client-node';
import type { ClusterDetails } from '@backstage/plugin-kubernetes-node';

/** A client certificate in PEM, as an `x509 client certificate` credential carries it. */
export interface ClientCertificate {
  cert: string;
  key: string;
}

const base64 = (pem: string) => Buffer.from(pem).toString('base64');

/**
 * A KubeConfig with one context: the cluster's URL and TLS settings, and the client
 * certificate if the cluster's credential is one (a bearer token is sent per request).
 */
export function kubeConfigFor(
  cluster: ClusterDetails,
  clientCertificate?: ClientCertificate,
): KubeConfig {
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromOptions({
    clusters: [
      {
        name: cluster.name,
        server: cluster.url,
        // Without TLS there is nothing to verify; client-node refuses plain HTTP unless told so,
        // while the Kubernetes plugin allows it (kubectl proxy).
        skipTLSVerify:
          (cluster.skipTLSVerify ?? false) ||
          new URL(cluster.url).protocol === 'http:',
        ...(cluster.caData ? { caData: cluster.caData } : {}),
        ...(cluster.caFile ? { caFile: cluster.caFile } : {}),
      },
    ],
    users: [
      {
        name: 'portway',
        ...(clientCertificate && {
          certData: base64(clientCertificate.cert),
          keyData: base64(clientCertificate.key),
        }),
      },
    ],
    contexts: [{ name: cluster.name, cluster: cluster.name, user: 'portway' }],
    currentContext: cluster.name,
  });
  return kubeConfig;
}
