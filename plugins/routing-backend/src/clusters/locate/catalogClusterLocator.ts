import type { AuthService } from '@backstage/backend-plugin-api';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import type { Config } from '@backstage/config';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  ANNOTATION_KUBERNETES_API_SERVER,
  ANNOTATION_KUBERNETES_API_SERVER_CA,
  ANNOTATION_KUBERNETES_AUTH_PROVIDER,
  ANNOTATION_KUBERNETES_SKIP_METRICS_LOOKUP,
  ANNOTATION_KUBERNETES_SKIP_TLS_VERIFY,
} from '@backstage/plugin-kubernetes-common';
import { clusterUrlProblem, LookupAll, systemLookup } from './clusterUrlRules';
import { lastGoodAnswer } from './lastGoodAnswer';
import type { ClusterLocator, LocatedCluster } from './types';

/**
 * The annotations an entity may pass on as authMetadata: only the Kubernetes plugin's own
 * (`kubernetes.io/…`), so never a `serviceAccountToken` (whoever edits an entity must not choose
 * the credential the backend sends).
 */
function authMetadataOf(annotations: Record<string, string>) {
  return Object.fromEntries(
    Object.entries(annotations).filter(([key]) =>
      key.startsWith('kubernetes.io/'),
    ),
  );
}

/**
 * The clusters of a `catalog` locator: Resource entities of type kubernetes-cluster with the
 * api-server, api-server-certificate-authority and auth-provider annotations, read and checked
 * as Backstage's CatalogClusterLocator does. Backstage only logs an entity it refuses; here it is
 * a problem entry, so the refusal shows where the cluster is missing.
 */
export function createCatalogClusterLocator(options: {
  locator: Config;
  source: string;
  catalog: CatalogService;
  auth: AuthService;
  /** Resolves API server host names; the system resolver unless a test gives another. */
  lookup?: LookupAll;
}): ClusterLocator {
  const { locator, source, catalog, auth } = options;
  const rules = {
    dangerouslyAllowClusterUrls: locator.getOptionalStringArray(
      'dangerouslyAllowClusterUrls',
    ),
    lookup: options.lookup ?? systemLookup,
  };
  const allowSkipTLSVerify =
    locator.getOptionalBoolean('dangerouslyAllowSkipTLSVerify') ?? false;

  async function located(entity: Entity): Promise<LocatedCluster> {
    const name = entity.metadata.name;
    const refused = (reason: string): LocatedCluster => ({
      name,
      problem: `${source}: ${stringifyEntityRef(
        entity,
      )} is not used: ${reason}`,
    });
    const annotations = entity.metadata.annotations ?? {};
    const authProvider = annotations[ANNOTATION_KUBERNETES_AUTH_PROVIDER];
    if (authProvider === 'serviceAccount') {
      return refused(
        'the catalog locator does not accept the serviceAccount auth provider (a token must not come from an entity); configure this cluster in a config locator instead',
      );
    }
    const url = annotations[ANNOTATION_KUBERNETES_API_SERVER];
    const urlProblem = await clusterUrlProblem(url, rules);
    if (urlProblem) return refused(urlProblem);
    return {
      name,
      details: {
        name,
        ...(entity.metadata.title && { title: entity.metadata.title }),
        url,
        authMetadata: authMetadataOf(annotations),
        caData: annotations[ANNOTATION_KUBERNETES_API_SERVER_CA],
        skipTLSVerify:
          allowSkipTLSVerify &&
          annotations[ANNOTATION_KUBERNETES_SKIP_TLS_VERIFY] === 'true',
        skipMetricsLookup:
          annotations[ANNOTATION_KUBERNETES_SKIP_METRICS_LOOKUP] === 'true',
      },
    };
  }

  return lastGoodAnswer({
    source,
    async locate() {
      const { items } = await catalog.getEntities(
        {
          filter: {
            kind: 'Resource',
            'spec.type': 'kubernetes-cluster',
            [`metadata.annotations.${ANNOTATION_KUBERNETES_API_SERVER}`]:
              CATALOG_FILTER_EXISTS,
            [`metadata.annotations.${ANNOTATION_KUBERNETES_API_SERVER_CA}`]:
              CATALOG_FILTER_EXISTS,
            [`metadata.annotations.${ANNOTATION_KUBERNETES_AUTH_PROVIDER}`]:
              CATALOG_FILTER_EXISTS,
          },
        },
        { credentials: await auth.getOwnServiceCredentials() },
      );
      return Promise.all(items.map(located));
    },
    describeFailure: error =>
      `the catalog cannot be read (${error.message}), so its clusters are the ones found last; it is asked again at the next refresh`,
  });
}
