import { parseAllDocuments } from 'yaml';
import {
  ENTITY_REF_ANNOTATION,
  gatewayRouteView,
  KubernetesObject,
  RouteView,
} from '@portway/plugin-routing-common';
import type { ClusterCacheReader } from '../../clusters/cache/types';
import { kindNameOf } from '../../clusters/resourceKinds';
import { gatewayLookup } from './entityRouteViews';

function gatewayLookupOf(cache: ClusterCacheReader | undefined) {
  return cache ? gatewayLookup(cache) : new Map<string, KubernetesObject>();
}
import type { PendingChange } from '@portway/plugin-routing-node';

const ROUTE_KINDS = new Set(['HTTPRoute', 'GRPCRoute']);

/** `clusters/{cluster}/...` -> the cluster; undefined for files outside that layout. */
function clusterOf(filePath: string): string | undefined {
  const [top, cluster] = filePath.split('/');
  return top === 'clusters' && cluster ? cluster : undefined;
}

function routesIn(content: string): KubernetesObject[] {
  return parseAllDocuments(content)
    .filter(document => document.errors.length === 0)
    .map(document => document.toJS() as KubernetesObject)
    .filter(object => object && ROUTE_KINDS.has(object.kind ?? ''));
}

/** What a pending route view needs to know about the clusters. */
export interface PendingRouteContext {
  /** The entity, as `kind:namespace/name`. */
  entityRef: string;
  /** The cache of a cluster that can answer, by name. */
  clusterCache(name: string): ClusterCacheReader | undefined;
}

function isLive(
  cache: ClusterCacheReader | undefined,
  route: KubernetesObject,
): boolean {
  const kind = kindNameOf(route);
  const { namespace = 'default', name = '' } = route.metadata ?? {};
  return Boolean(kind && cache?.get(kind, namespace, name));
}

/**
 * Routes requested for the entity that wait for review in the GitOps repository, shown as
 * `pending`. A route that is already in its cluster is left out: the live one tells more.
 */
export function pendingRouteViews(
  changes: PendingChange[],
  context: PendingRouteContext,
): RouteView[] {
  const wanted = context.entityRef.toLocaleLowerCase('en-US');
  return changes.flatMap(change =>
    change.files.flatMap(file => {
      const cluster = clusterOf(file.path);
      if (!cluster) return [];
      return routesIn(file.content)
        .filter(
          route =>
            route.metadata?.annotations?.[ENTITY_REF_ANNOTATION] === wanted,
        )
        .filter(route => !isLive(context.clusterCache(cluster), route))
        .map(route => ({
          ...gatewayRouteView(route, {
            cluster,
            gateways: gatewayLookupOf(context.clusterCache(cluster)),
            matchedBy: 'request',
          }),
          summary: 'pending' as const,
          pendingChange: {
            branchName: change.branchName,
            commitSha: change.commitSha,
            createdAt: change.createdAt,
          },
        }));
    }),
  );
}
