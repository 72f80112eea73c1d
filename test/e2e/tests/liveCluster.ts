import fs from 'fs';
import path from 'path';
import {
  CustomObjectsApi,
  KubeConfig,
  KubernetesObject,
  KubernetesObjectApi,
  NetworkingV1Api,
  PatchStrategy,
  setHeaderOptions,
} from '@kubernetes/client-node';
import { parseAllDocuments, stringify } from 'yaml';

/** The cluster names the portal sees in the browser tier. */
export const LIVE_CLUSTER = 'live';
export const UNREACHABLE_CLUSTER = 'unreachable';

const FIELD_MANAGER = 'portway-e2e';

/** The real API server the browser tier runs against: the one named by KUBECONFIG. */
export function liveKubeConfig(): KubeConfig {
  if (!process.env.KUBECONFIG) {
    throw new Error(
      'The browser tier needs a real API server: KUBECONFIG is not set. Start one first, e.g. eval "$(../shared/tools/kube-apiserver/start.sh /tmp/kc)"',
    );
  }
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromFile(process.env.KUBECONFIG);
  return kubeConfig;
}

/**
 * Writes the portal's cluster configuration as a user writes it for Backstage's Kubernetes
 * plugin: the live API server, and a cluster nobody answers for (its warning must show while the
 * others render).
 */
export function writeClustersConfig(file: string, kubeConfig: KubeConfig) {
  const cluster = kubeConfig.getCurrentCluster()!;
  const user = kubeConfig.getCurrentUser()!;
  const config = {
    kubernetes: {
      clusterLocatorMethods: [
        {
          type: 'config',
          clusters: [
            {
              name: LIVE_CLUSTER,
              url: cluster.server,
              authProvider: 'serviceAccount',
              serviceAccountToken: user.token,
              caData: cluster.caData,
            },
            {
              name: UNREACHABLE_CLUSTER,
              url: 'https://127.0.0.1:1',
              authProvider: 'serviceAccount',
              serviceAccountToken: 'unused',
              skipTLSVerify: true,
            },
          ],
        },
      ],
    },
  };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, stringify(config));
}

/** The objects of a multi-document YAML file. */
export function readObjects(file: string): KubernetesObject[] {
  return parseAllDocuments(fs.readFileSync(file, 'utf8')).map(
    document => document.toJS() as KubernetesObject,
  );
}

function groupVersion(apiVersion: string) {
  const [group, version] = apiVersion.includes('/')
    ? apiVersion.split('/')
    : ['', apiVersion];
  return { group, version };
}

/** The resource name of the kinds the browser tier writes status for. */
function pluralOf(kind: string): string {
  const lower = kind.toLowerCase();
  return lower.endsWith('s') ? `${lower}es` : `${lower}s`;
}

const mergePatch = setHeaderOptions('Content-Type', PatchStrategy.MergePatch);

/** Writes an object's status through its status subresource, as a controller would. */
async function writeStatus(kubeConfig: KubeConfig, object: any) {
  const { name, namespace } = object.metadata;
  const body = { status: object.status };
  if (object.kind === 'Ingress') {
    await kubeConfig
      .makeApiClient(NetworkingV1Api)
      .patchNamespacedIngressStatus({ name, namespace, body }, mergePatch);
    return;
  }
  const custom = kubeConfig.makeApiClient(CustomObjectsApi);
  const { group, version } = groupVersion(object.apiVersion);
  const plural = pluralOf(object.kind);
  if (namespace) {
    await custom.patchNamespacedCustomObjectStatus(
      { group, version, namespace, plural, name, body },
      mergePatch,
    );
  } else {
    await custom.patchClusterCustomObjectStatus(
      { group, version, plural, name, body },
      mergePatch,
    );
  }
}

/** Creates or updates each object (server-side apply), then writes its status if it has one. */
export async function applyWithStatus(
  kubeConfig: KubeConfig,
  objects: KubernetesObject[],
) {
  const client = KubernetesObjectApi.makeApiClient(kubeConfig);
  for (const object of objects) {
    const { status, ...spec } = object as KubernetesObject & { status?: any };
    await client.patch(
      spec,
      undefined,
      undefined,
      FIELD_MANAGER,
      true,
      PatchStrategy.ServerSideApply,
    );
    if (status) await writeStatus(kubeConfig, object);
  }
}

/** Deletes an object if it is there. */
export async function deleteIfPresent(
  kubeConfig: KubeConfig,
  object: KubernetesObject,
) {
  const client = KubernetesObjectApi.makeApiClient(kubeConfig);
  await client.delete(object).catch(error => {
    if (error?.code !== 404) throw error;
  });
}
