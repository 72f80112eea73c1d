import type { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import {
  ANNOTATION_KUBERNETES_AUTH_PROVIDER,
  ANNOTATION_KUBERNETES_AWS_ASSUME_ROLE,
  ANNOTATION_KUBERNETES_AWS_EXTERNAL_ID,
  ANNOTATION_KUBERNETES_OIDC_TOKEN_PROVIDER,
} from '@backstage/plugin-kubernetes-common';
import type { ClusterDetails } from '@backstage/plugin-kubernetes-node';
import { z } from 'zod';
import { describeIssues } from './describeIssues';
import type { ClusterLocator, LocatedCluster } from './types';

const text = z.string().min(1, 'must not be empty');

/** One entry of a `config` locator's `clusters`, with the keys Backstage's ConfigClusterLocator reads. */
const clusterEntrySchema = z.object({
  name: text,
  title: text.optional(),
  url: z.url({ protocol: /^https?$/, error: 'must be an http or https URL' }),
  authProvider: text.optional(),
  authMetadata: z.record(z.string(), z.string()).optional(),
  serviceAccountToken: text.optional(),
  assumeRole: text.optional(),
  externalId: text.optional(),
  oidcTokenProvider: text.optional(),
  skipTLSVerify: z.boolean().optional(),
  skipMetricsLookup: z.boolean().optional(),
  caData: text.optional(),
  caFile: text.optional(),
});

type ClusterEntry = z.infer<typeof clusterEntrySchema>;

/** authMetadata as Backstage builds it: the auth provider, the top-level auth keys, then the `authMetadata` block. */
function authMetadataOf(entry: ClusterEntry, authProvider: string) {
  return {
    [ANNOTATION_KUBERNETES_AUTH_PROVIDER]: authProvider,
    ...(entry.serviceAccountToken && {
      serviceAccountToken: entry.serviceAccountToken,
    }),
    ...(entry.assumeRole && {
      [ANNOTATION_KUBERNETES_AWS_ASSUME_ROLE]: entry.assumeRole,
    }),
    ...(entry.externalId && {
      [ANNOTATION_KUBERNETES_AWS_EXTERNAL_ID]: entry.externalId,
    }),
    ...(entry.oidcTokenProvider && {
      [ANNOTATION_KUBERNETES_OIDC_TOKEN_PROVIDER]: entry.oidcTokenProvider,
    }),
    ...entry.authMetadata,
  };
}

function detailsOf(entry: ClusterEntry): ClusterDetails | string {
  const authProvider =
    entry.authMetadata?.[ANNOTATION_KUBERNETES_AUTH_PROVIDER] ??
    entry.authProvider;
  if (!authProvider) {
    return `no auth provider is configured: set authProvider (or authMetadata.${ANNOTATION_KUBERNETES_AUTH_PROVIDER}), as Backstage's Kubernetes plugin requires`;
  }
  return {
    name: entry.name,
    ...(entry.title && { title: entry.title }),
    url: entry.url,
    authMetadata: authMetadataOf(entry, authProvider),
    skipTLSVerify: entry.skipTLSVerify ?? false,
    skipMetricsLookup: entry.skipMetricsLookup ?? false,
    caData: entry.caData,
    caFile: entry.caFile,
  };
}

function nameOf(raw: unknown): string | undefined {
  const name = (raw as { name?: unknown } | undefined)?.name;
  return typeof name === 'string' && name ? name : undefined;
}

/**
 * The clusters of a `config` locator, read as Backstage's ConfigClusterLocator reads them. A
 * cluster it would reject (no name, url or auth provider; a name used twice) is a problem entry
 * here, and the others still work.
 */
export function createConfigClusterLocator(options: {
  locator: Config;
  /** Where the locator is configured: `kubernetes.clusterLocatorMethods[0]`. */
  path: string;
  source: string;
}): ClusterLocator {
  const { locator, path, source } = options;
  const entries = locator.getOptional('clusters') ?? [];
  if (!Array.isArray(entries)) {
    throw new InputError(
      'clusters must be a list of clusters, each with its name, url and authProvider',
    );
  }
  const seen = new Set<string>();
  const located = entries.map((raw, index): LocatedCluster => {
    const where = `${path}.clusters[${index}]`;
    const name = nameOf(raw);
    if (name && seen.has(name)) {
      return {
        name: where,
        problem: `${where}: the cluster name "${name}" is used twice; cluster names must be unique`,
      };
    }
    if (name) seen.add(name);
    const parsed = clusterEntrySchema.safeParse(raw);
    const details = parsed.success
      ? detailsOf(parsed.data)
      : describeIssues(parsed.error);
    return typeof details === 'string'
      ? {
          name: name ?? where,
          problem: `${where}${name ? ` (${name})` : ''}: ${details}`,
        }
      : { name: details.name, details };
  });
  return {
    source,
    dynamic: false,
    async locate() {
      return located;
    },
  };
}
