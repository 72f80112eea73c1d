import { useMemo, useState } from 'react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type { ClusterStatus, RouteView } from '@portway/plugin-routing-common';
import { ClusterStatusBanner } from '../ClusterStatusBanner';
import {
  filterRoutes,
  RouteGroups,
  routeSearchText,
  summaryCounts,
} from '../RouteGroups';
import { RoutingTopology } from '../RoutingTopology';
import { RouteFilter } from './RouteFilter';
import { ViewToggle, type RoutesView } from './ViewToggle';

/** From how many routes on the tab offers its filter box. */
export const FILTER_FROM = 8;

/** Props of {@link RoutesOverview}. */
export interface RoutesOverviewProps {
  routes: RouteView[];
  clusters: ClusterStatus[];
}

/**
 * `Routes (12)` with how many are failed or ready, a filter box when there are many, a
 * "List / Topology" switch, and the routes by cluster and family (or as a graph, under each
 * troubled cluster's warning).
 */
export function RoutesOverview({ routes, clusters }: RoutesOverviewProps) {
  const [query, setQuery] = useState('');
  const [view, setView] = useState<RoutesView>('list');
  const searchTexts = useMemo(
    () => new Map(routes.map(route => [route, routeSearchText(route)])),
    [routes],
  );
  const shown = useMemo(
    () => filterRoutes(routes, searchTexts, query),
    [routes, searchTexts, query],
  );
  return (
    <>
      <Box
        display="flex"
        alignItems="center"
        flexWrap="wrap"
        mb={2}
        gridGap={16}
      >
        <Box flexGrow={1}>
          <Typography variant="h6" component="h3">
            {`Routes (${routes.length})`}
          </Typography>
          <Typography variant="body2" color="textSecondary">
            {summaryCounts(routes)}
            {shown.length !== routes.length &&
              ` · showing ${shown.length} that match the filter`}
          </Typography>
        </Box>
        {routes.length >= FILTER_FROM && (
          <RouteFilter value={query} onChange={setQuery} />
        )}
        <ViewToggle value={view} onChange={setView} />
      </Box>
      {view === 'list' ? (
        <RouteGroups routes={shown} clusters={clusters} />
      ) : (
        <>
          <ClusterStatusBanner clusters={clusters} detailed />
          <RoutingTopology routes={shown} />
        </>
      )}
    </>
  );
}
