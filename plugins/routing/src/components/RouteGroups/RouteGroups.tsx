import { useMemo } from 'react';
import type { ClusterStatus, RouteView } from '@portway/plugin-routing-common';
import { ClusterSection } from './ClusterSection';
import { groupRoutes } from './groupRoutes';

/** Props of {@link RouteGroups}. */
export interface RouteGroupsProps {
  routes: RouteView[];
  clusters: ClusterStatus[];
}

/**
 * The routes by cluster and family, each cluster with its own warning, so that one broken
 * cluster shows next to the others' routes.
 */
export function RouteGroups({ routes, clusters }: RouteGroupsProps) {
  const groups = useMemo(
    () => groupRoutes(routes, clusters),
    [routes, clusters],
  );
  return (
    <>
      {groups.map(group => (
        <ClusterSection key={group.cluster.name} group={group} />
      ))}
    </>
  );
}
