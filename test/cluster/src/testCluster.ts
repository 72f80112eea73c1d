import {
  CoreV1Api,
  CustomObjectsApi,
  KubeConfig,
} from '@kubernetes/client-node';

/** The API server the cluster tier runs against: the one named by KUBECONFIG. */
export function testKubeConfig(): KubeConfig {
  if (!process.env.KUBECONFIG) {
    throw new Error(
      'KUBECONFIG is not set: start an API server first, e.g. eval "$(../shared/tools/kube-apiserver/start.sh /tmp/kc)"',
    );
  }
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromFile(process.env.KUBECONFIG);
  return kubeConfig;
}

/** One entry of `kubernetes.clusterLocatorMethods[].clusters`, as a user would write it. */
export type ClusterEntry = {
  name: string;
  url: string;
  authProvider: 'serviceAccount';
  serviceAccountToken?: string;
  caData?: string;
  skipTLSVerify?: boolean;
};

/** The API server of `kubeConfig` as a cluster entry named `name`. */
export function clusterEntryFor(
  kubeConfig: KubeConfig,
  name: string,
): ClusterEntry {
  const cluster = kubeConfig.getCurrentCluster()!;
  const user = kubeConfig.getCurrentUser()!;
  return {
    name,
    url: cluster.server,
    authProvider: 'serviceAccount',
    serviceAccountToken: user.token,
    caData: cluster.caData,
  };
}

/** Backstage's Kubernetes plugin configuration (`kubernetes.clusterLocatorMethods`) for clusters. */
export function kubernetesConfigForClusters(clusters: ClusterEntry[]) {
  return {
    kubernetes: {
      clusterLocatorMethods: [{ type: 'config', clusters }],
    },
  };
}

/**
 * The same API server as Backstage's Kubernetes plugin configuration
 * (`kubernetes.clusterLocatorMethods`), the way a user would write it.
 */
export function kubernetesConfigFor(kubeConfig: KubeConfig, name: string) {
  return kubernetesConfigForClusters([clusterEntryFor(kubeConfig, name)]);
}

/** Typed clients for the objects the tests write. */
export function clients(kubeConfig: KubeConfig) {
  return {
    core: kubeConfig.makeApiClient(CoreV1Api),
    custom: kubeConfig.makeApiClient(CustomObjectsApi),
  };
}

/** A namespace name no other test run uses. */
export function uniqueNamespace(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.floor(
    Math.random() * 1e4,
  )}`;
}
