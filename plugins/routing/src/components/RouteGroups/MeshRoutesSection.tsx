import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type { RouteView } from '@portway/plugin-routing-common';
import { ExperimentalBadge } from '../ExperimentalBadge';
import { RouteList } from './RouteList';

/** The heading of the mesh routes, as the Routing tab labels them. */
export const MESH_ROUTES_HEADING = 'Gateway API mesh routing (experimental)';

/** Props of {@link MeshRoutesSection}. */
export interface MeshRoutesSectionProps {
  /** HTTPRoutes and GRPCRoutes bound to a Service. */
  routes: RouteView[];
  /** The id its heading gets, which names its list. */
  headingId: string;
}

/**
 * The mesh family's Gateway API mesh routes (GAMMA), next to its VirtualServices, marked
 * experimental: what they do depends on the mesh's support, and Portway's conditions for them
 * are predictions no conformance test checks.
 */
export function MeshRoutesSection({
  routes,
  headingId,
}: MeshRoutesSectionProps) {
  return (
    <Box component="section" mt={2} aria-labelledby={headingId}>
      <Box display="flex" alignItems="center" gridGap={8}>
        <Typography variant="subtitle1" component="h5" id={headingId}>
          {`${MESH_ROUTES_HEADING} (${routes.length})`}
        </Typography>
        <ExperimentalBadge />
      </Box>
      <Typography variant="body2" color="textSecondary">
        HTTPRoutes and GRPCRoutes bound to a Service (GAMMA). Istio
        VirtualServices remain the way to route internal gRPC; these show what
        the mesh would do once it takes over.
      </Typography>
      <RouteList routes={routes} labelledBy={headingId} />
    </Box>
  );
}
