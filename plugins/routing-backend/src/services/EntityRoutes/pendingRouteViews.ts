import { parseAllDocuments } from 'yaml';
import {
  BackendView,
  ENTITY_REF_ANNOTATION,
  KubernetesObject,
  RouteView,
} from '@portway/plugin-routing-common';
import type { PendingChange } from '@portway/plugin-routing-node';
import { createClusterCache } from '../../clusters/cache/createClusterCache';
import type { ClusterCacheReader } from '../../clusters/cache/types';
import { clusterLookups, ClusterLookups } from './clusterLookups';
import { routeKindOf, routeView } from './routeViews';

/** `clusters/{cluster}/...` -> the cluster; undefined for files outside that layout. */
function clusterOf(filePath: string): string | undefined {
  const [top, cluster] = filePath.split('/');
  return top === 'clusters' && cluster ? cluster : undefined;
}

/** The route objects of every kind Portway shows (HTTPRoute, GRPCRoute, TLSRoute, VirtualService, Ingress) in a file. */
function routesIn(content: string): KubernetesObject[] {
  return parseAllDocuments(content)
    .filter(document => document.errors.length === 0)
    .map(document => document.toJS() as KubernetesObject)
    .filter(object => object && routeKindOf(object) !== undefined);
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
  const kind = routeKindOf(route);
  const { namespace = 'default', name = '' } = route.metadata ?? {};
  return Boolean(kind && cache?.get(kind, namespace, name));
}

/**
 * The routes of every kind in the GitOps changes not merged yet for `cluster`, whichever
 * entity they are for, except those already in the cluster (`cache`): what an Ingress's
 * migration state counts as requested (see `clusterLookups`).
 */
export function pendingRoutesOf(
  changes: PendingChange[],
  cluster: string,
  cache: ClusterCacheReader | undefined,
): KubernetesObject[] {
  return changes.flatMap(change =>
    change.files
      .filter(file => clusterOf(file.path) === cluster)
      .flatMap(file => routesIn(file.content))
      .filter(route => !isLive(cache, route)),
  );
}

function withoutState({
  state,
  message,
  ...backend
}: BackendView): BackendView {
  return backend;
}

/**
 * A view built without its cluster (none by that name answers): nothing can be told of its
 * parents and backends, so their predicted conditions and states are left out.
 */
function unjudged(view: RouteView): RouteView {
  return {
    ...view,
    parents: view.parents.map(({ ref, listeners }) => ({
      ref,
      conditions: [],
      ...(listeners ? { listeners } : {}),
    })),
    backends: view.backends.map(withoutState),
  };
}

/**
 * Routes, VirtualServices and Ingresses requested for the entity that wait for review in the
 * GitOps repository, shown as `pending` and built by the same views as live ones, against
 * the cluster they are requested for. An object that is already in its cluster is left out:
 * the live one tells more.
 */
export function pendingRouteViews(
  changes: PendingChange[],
  context: PendingRouteContext,
): RouteView[] {
  const wanted = context.entityRef.toLocaleLowerCase('en-US');
  const lookups = new Map<string, ClusterLookups>();
  const lookupsOf = (cluster: string, cache: ClusterCacheReader) => {
    if (!lookups.has(cluster)) {
      lookups.set(
        cluster,
        clusterLookups(cache, pendingRoutesOf(changes, cluster, cache)),
      );
    }
    return lookups.get(cluster)!;
  };
  return changes.flatMap(change =>
    change.files.flatMap(file => {
      const cluster = clusterOf(file.path);
      if (!cluster) return [];
      const cache = context.clusterCache(cluster);
      return routesIn(file.content)
        .filter(
          route =>
            route.metadata?.annotations?.[ENTITY_REF_ANNOTATION] === wanted,
        )
        .filter(route => !isLive(cache, route))
        .flatMap(route => {
          const view = routeView(route, {
            cluster,
            matchedBy: 'request',
            lookups: lookupsOf(cluster, cache ?? createClusterCache(cluster)),
          });
          if (!view) return [];
          return [
            {
              ...(cache ? view : unjudged(view)),
              summary: 'pending' as const,
              pendingChange: {
                branchName: change.branchName,
                commitSha: change.commitSha,
                createdAt: change.createdAt,
              },
            },
          ];
        });
    }),
  );
}
