import { useMemo } from 'react';
import {
  DependencyGraph,
  DependencyGraphTypes,
} from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import type { RouteView } from '@portway/plugin-routing-common';
import { routingTopology } from './topologyGraph';
import { TopologyArrowDefs, TopologyEdge } from './TopologyEdge';
import { TopologyNode } from './TopologyNode';
import type { TopologyEdgeData, TopologyNodeData } from './types';

/** Props of {@link RoutingTopology}. */
export interface RoutingTopologyProps {
  /** The entity's routes, as `GET /entities/.../routes` answers them. */
  routes: RouteView[];
}

const renderNode = (
  props: DependencyGraphTypes.RenderNodeProps<TopologyNodeData>,
) => <TopologyNode {...props} />;

const renderEdge = (
  props: DependencyGraphTypes.RenderEdgeProps<TopologyEdgeData>,
) => <TopologyEdge key={`${props.id.v}-${props.id.w}`} {...props} />;

/**
 * An entity's routing drawn left to right: Gateway (or Istio Gateway, `mesh`, IngressClass)
 * -> listener -> route -> Service, each node in its health's colour, broken edges dashed in
 * the error colour with the reason. A short sentence when there is nothing to draw.
 */
export function RoutingTopology({ routes }: RoutingTopologyProps) {
  const { nodes, edges } = useMemo(
    () => routingTopology(routes, new Date()),
    [routes],
  );

  if (nodes.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No routes to draw: nothing routes traffic to this entity yet.
      </Typography>
    );
  }

  return (
    <>
      <DependencyGraph<TopologyNodeData, TopologyEdgeData>
        aria-label="Routing topology"
        nodes={nodes}
        edges={edges}
        direction={DependencyGraphTypes.Direction.LEFT_RIGHT}
        rankMargin={160}
        nodeMargin={16}
        renderNode={renderNode}
        renderEdge={renderEdge}
        defs={<TopologyArrowDefs />}
        zoom="enable-on-click"
      />
      <Typography variant="caption" color="textSecondary">
        Broken links are dashed and red, labelled with the reason; hover one for
        the details. Click the graph, then scroll to zoom.
      </Typography>
    </>
  );
}
