import {
  meshClaimConflicts,
  routeViewFamily,
  type ClusterStatus,
  type MeshClaimConflict,
  type RouteFamily,
  type RouteSummary,
  type RouteView,
} from '@portway/plugin-routing-common';
import { needsClusterAlert } from '../ClusterStatusBanner';

/** The tab's families, in the order it shows them, with their headings. */
export const FAMILIES: Array<{ family: RouteFamily; title: string }> = [
  { family: 'gateway-api', title: 'Gateway API' },
  { family: 'mesh', title: 'Mesh' },
  { family: 'ingress', title: 'Legacy Ingress' },
];

/** The routes of one family in one cluster. */
export interface FamilyGroup {
  family: RouteFamily;
  title: string;
  routes: RouteView[];
  /** Services a mesh VirtualService and a mesh route both claim; only in the mesh family. */
  conflicts: MeshClaimConflict[];
}

/** One cluster's part of the tab: its state and its routes by family. */
export interface ClusterGroup {
  cluster: ClusterStatus;
  families: FamilyGroup[];
  /** How many routes the cluster has, over all families. */
  routeCount: number;
}

/** What is broken comes first. */
const severity: Record<RouteSummary, number> = {
  failed: 0,
  degraded: 1,
  pending: 2,
  unknown: 3,
  ready: 4,
};

function byTrouble(a: RouteView, b: RouteView): number {
  return (
    severity[a.summary] - severity[b.summary] ||
    a.namespace.localeCompare(b.namespace) ||
    a.name.localeCompare(b.name) ||
    a.kind.localeCompare(b.kind)
  );
}

/**
 * The routes by cluster, in the order of the answer's clusters, then by family (Gateway API,
 * mesh, Ingress), failed routes first in each family; mesh routes (Gateway API routes bound to
 * a Service) go to the mesh family, with the Services they and a VirtualService both claim. A cluster without routes is kept when it
 * has something to warn about (an error, stale data, a kind it cannot read), so its warning
 * shows; a route from a cluster the answer does not list gets a section of its own.
 */
export function groupRoutes(
  routes: RouteView[],
  clusters: ClusterStatus[],
): ClusterGroup[] {
  const byCluster = new Map<string, RouteView[]>();
  for (const route of routes) {
    const list = byCluster.get(route.cluster) ?? [];
    list.push(route);
    byCluster.set(route.cluster, list);
  }
  const known = new Set(clusters.map(cluster => cluster.name));
  const statuses: ClusterStatus[] = [
    ...clusters,
    ...[...byCluster.keys()]
      .filter(name => !known.has(name))
      .map(name => ({ name, state: 'ok' as const })),
  ];
  return statuses
    .filter(
      cluster => byCluster.has(cluster.name) || needsClusterAlert(cluster),
    )
    .map(cluster => {
      const clusterRoutes = byCluster.get(cluster.name) ?? [];
      const families = FAMILIES.map(({ family, title }) => {
        const familyRoutes = clusterRoutes
          .filter(route => routeViewFamily(route) === family)
          .sort(byTrouble);
        return {
          family,
          title,
          routes: familyRoutes,
          conflicts: family === 'mesh' ? meshClaimConflicts(familyRoutes) : [],
        };
      }).filter(group => group.routes.length > 0);
      return { cluster, families, routeCount: clusterRoutes.length };
    });
}

/**
 * A family's routes in two parts, each in the family's order: the Gateway API mesh routes
 * (GAMMA, experimental, only ever in the mesh family) and the others (there, VirtualServices).
 */
export function splitMeshRoutes(routes: RouteView[]): {
  otherRoutes: RouteView[];
  meshRoutes: RouteView[];
} {
  return {
    otherRoutes: routes.filter(route => !route.meshRoute),
    meshRoutes: routes.filter(route => route.meshRoute),
  };
}

/** `3 failed, 1 pending, 196 ready`: how many routes have each summary, worst first. */
export function summaryCounts(routes: RouteView[]): string {
  const counts = new Map<RouteSummary, number>();
  for (const route of routes) {
    counts.set(route.summary, (counts.get(route.summary) ?? 0) + 1);
  }
  return (Object.keys(severity) as RouteSummary[])
    .filter(summary => counts.has(summary))
    .map(summary => `${counts.get(summary)} ${summary}`)
    .join(', ');
}
