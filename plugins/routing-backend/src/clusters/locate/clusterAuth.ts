import type { LoggerService } from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import {
  ANNOTATION_KUBERNETES_AUTH_PROVIDER,
  ANNOTATION_KUBERNETES_AWS_ASSUME_ROLE,
  ANNOTATION_KUBERNETES_AWS_CLUSTER_ID,
  ANNOTATION_KUBERNETES_AWS_EXTERNAL_ID,
} from '@backstage/plugin-kubernetes-common';
import type { AuthMetadata } from '@backstage/plugin-kubernetes-node';
import { z } from 'zod';
import { describeIssues } from './describeIssues';
import type { ClusterLocator, LocatedCluster } from './types';

const KEY = 'routing.clusterAuth';

const clusterAuthSchema = z.object({
  cluster: z.string().min(1, 'must not be empty'),
  authProvider: z.enum([
    'serviceAccount',
    'aws',
    'azure',
    'googleServiceAccount',
  ]),
  serviceAccountToken: z.string().min(1, 'must not be empty').optional(),
  assumeRole: z.string().min(1, 'must not be empty').optional(),
  externalId: z.string().min(1, 'must not be empty').optional(),
});

/** The authMetadata of each cluster `routing.clusterAuth` names; a bad entry is logged and skipped. */
function readClusterAuth(
  config: Config,
  logger: LoggerService,
): Map<string, AuthMetadata> {
  const entries = config.getOptional(KEY) ?? [];
  const byCluster = new Map<string, AuthMetadata>();
  if (!Array.isArray(entries)) {
    logger.warn(
      `${KEY} is ignored: it must be a list of { cluster, authProvider }`,
    );
    return byCluster;
  }
  entries.forEach((raw, index) => {
    const parsed = clusterAuthSchema.safeParse(raw);
    if (!parsed.success) {
      logger.warn(
        `${KEY}[${index}] is ignored: ${describeIssues(parsed.error)}`,
      );
      return;
    }
    const entry = parsed.data;
    if (byCluster.has(entry.cluster)) {
      logger.warn(
        `${KEY}[${index}] is ignored: an earlier entry already sets the auth of cluster "${entry.cluster}"`,
      );
      return;
    }
    byCluster.set(entry.cluster, {
      [ANNOTATION_KUBERNETES_AUTH_PROVIDER]: entry.authProvider,
      ...(entry.serviceAccountToken && {
        serviceAccountToken: entry.serviceAccountToken,
      }),
      ...(entry.assumeRole && {
        [ANNOTATION_KUBERNETES_AWS_ASSUME_ROLE]: entry.assumeRole,
      }),
      ...(entry.externalId && {
        [ANNOTATION_KUBERNETES_AWS_EXTERNAL_ID]: entry.externalId,
      }),
    });
  });
  return byCluster;
}

/**
 * What of a cluster's own authMetadata names the cluster rather than how to sign for it: the EKS
 * cluster id an `aws` token is signed for, when it is not the cluster's name.
 */
function keptClusterIdentity(authMetadata: AuthMetadata): AuthMetadata {
  const awsClusterId = authMetadata[ANNOTATION_KUBERNETES_AWS_CLUSTER_ID];
  return awsClusterId
    ? { [ANNOTATION_KUBERNETES_AWS_CLUSTER_ID]: awsClusterId }
    : {};
}

/**
 * The locators with `routing.clusterAuth` applied: a located cluster it names is signed, by
 * Portway only, with that entry's auth instead of its own. Once every locator has answered, an
 * entry that names none of their clusters is logged as a warning (a typo would otherwise leave
 * the cluster failing without a word about the entry).
 */
export function withClusterAuth(options: {
  locators: ClusterLocator[];
  config: Config;
  logger: LoggerService;
}): ClusterLocator[] {
  const { locators, config, logger } = options;
  const authByCluster = readClusterAuth(config, logger);
  if (authByCluster.size === 0) return locators;

  const namesByLocator = new Map<ClusterLocator, string[]>();
  let warned = false;
  function noteAnswer(locator: ClusterLocator, located: LocatedCluster[]) {
    namesByLocator.set(
      locator,
      located.map(cluster => cluster.name),
    );
    if (warned || namesByLocator.size < locators.length) return;
    warned = true;
    const found = new Set([...namesByLocator.values()].flat());
    for (const name of authByCluster.keys()) {
      if (!found.has(name)) {
        logger.warn(
          `${KEY} names cluster "${name}", which no cluster locator found; check the name against kubernetes.clusterLocatorMethods`,
        );
      }
    }
  }

  return locators.map(locator => ({
    source: locator.source,
    dynamic: locator.dynamic,
    async locate() {
      const located = await locator.locate();
      noteAnswer(locator, located);
      return located.map(cluster => {
        const entryAuth = authByCluster.get(cluster.name);
        if (!cluster.details || !entryAuth) return cluster;
        return {
          ...cluster,
          details: {
            ...cluster.details,
            authMetadata: {
              ...keptClusterIdentity(cluster.details.authMetadata),
              ...entryAuth,
            },
          },
        };
      });
    },
  }));
}
