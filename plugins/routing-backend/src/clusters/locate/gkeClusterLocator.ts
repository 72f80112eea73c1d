import type { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { protos, v1 } from '@google-cloud/container';
import { ANNOTATION_KUBERNETES_AUTH_PROVIDER } from '@backstage/plugin-kubernetes-common';
import { lastGoodAnswer } from './lastGoodAnswer';
import type { ClusterLocator, LocatedCluster } from './types';

type GkeCluster = protos.google.container.v1.ICluster;

/** The one call of GKE's ClusterManagerClient the locator makes. */
export interface GkeClusterLister {
  listClusters(request: {
    parent: string;
  }): Promise<[protos.google.container.v1.IListClustersResponse, ...unknown[]]>;
}

const endpointTypes = ['public', 'dns'];

function readOptions(locator: Config) {
  const endpointType = locator.getOptionalString('endpointType') ?? 'public';
  if (!endpointTypes.includes(endpointType)) {
    throw new InputError(
      `endpointType "${endpointType}" is not one of ${endpointTypes.join(
        ', ',
      )}; set one of them, or leave it out for public`,
    );
  }
  return {
    projectId: locator.getString('projectId'),
    region: locator.getOptionalString('region') ?? '-',
    // As in Backstage: anything but googleServiceAccount means the user's Google token.
    authProvider:
      locator.getOptionalString('authProvider') === 'googleServiceAccount'
        ? 'googleServiceAccount'
        : 'google',
    skipTLSVerify: locator.getOptionalBoolean('skipTLSVerify') ?? false,
    skipMetricsLookup: locator.getOptionalBoolean('skipMetricsLookup') ?? false,
    matchingResourceLabels: (
      locator.getOptionalConfigArray('matchingResourceLabels') ?? []
    ).map(label => ({
      key: label.getString('key'),
      value: label.getString('value'),
    })),
    endpointType,
  };
}

/**
 * The clusters of a `gke` locator: GKE's clusters of one project and region (`-`: all), those
 * with every label of `matchingResourceLabels`, as Backstage's GkeClusterLocator lists them. The
 * cluster's CA certificate is passed on too (Backstage leaves it out), so TLS is verified.
 */
export function createGkeClusterLocator(options: {
  locator: Config;
  source: string;
  /** Lists GKE clusters; a ClusterManagerClient with Application Default Credentials unless a test gives another. */
  client?: GkeClusterLister;
}): ClusterLocator {
  const { source } = options;
  const settings = readOptions(options.locator);
  const { projectId, region } = settings;
  let client = options.client;

  function urlOf(cluster: GkeCluster): string | undefined {
    const dns =
      cluster.controlPlaneEndpointsConfig?.dnsEndpointConfig?.endpoint;
    const host =
      settings.endpointType === 'dns' && dns ? dns : cluster.endpoint;
    return host ? `https://${host}` : undefined;
  }

  function located(cluster: GkeCluster, index: number): LocatedCluster {
    const url = urlOf(cluster);
    if (!cluster.name || !url) {
      const name = cluster.name ?? `${source} cluster #${index + 1}`;
      return {
        name,
        problem: `${source}: GKE gives cluster ${name} no ${
          cluster.name ? 'endpoint' : 'name'
        }`,
      };
    }
    return {
      name: cluster.name,
      details: {
        name: cluster.name,
        url,
        authMetadata: {
          [ANNOTATION_KUBERNETES_AUTH_PROVIDER]: settings.authProvider,
        },
        skipTLSVerify: settings.skipTLSVerify,
        skipMetricsLookup: settings.skipMetricsLookup,
        caData: cluster.masterAuth?.clusterCaCertificate ?? undefined,
      },
    };
  }

  const hasLabels = (cluster: GkeCluster) =>
    settings.matchingResourceLabels.every(
      ({ key, value }) => cluster.resourceLabels?.[key] === value,
    );

  return lastGoodAnswer({
    source,
    async locate() {
      client ??= new v1.ClusterManagerClient({
        libName: 'portway/routing-backend.gke',
      });
      const [response] = await client.listClusters({
        parent: `projects/${projectId}/locations/${region}`,
      });
      return (response.clusters ?? []).filter(hasLabels).map(located);
    },
    describeFailure: error =>
      `listing GKE clusters of projectId ${projectId}, region ${region} failed: ${error.message}; check that the backend has Google credentials (Application Default Credentials, GOOGLE_APPLICATION_CREDENTIALS) allowed to list clusters of the project (roles/container.clusterViewer), and that the Kubernetes Engine API is enabled for it`,
  });
}
