import Accordion from '@material-ui/core/Accordion';
import AccordionDetails from '@material-ui/core/AccordionDetails';
import AccordionSummary from '@material-ui/core/AccordionSummary';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import {
  splitMeshRoutes,
  summaryCounts,
  type FamilyGroup,
} from './groupRoutes';
import { MeshClaimWarnings } from './MeshClaimWarnings';
import { MeshRoutesSection } from './MeshRoutesSection';
import { RouteList } from './RouteList';

/** Props of {@link FamilySection}. */
export interface FamilySectionProps {
  group: FamilyGroup;
  /** The cluster, to name the section for assistive technology. */
  cluster: string;
}

/**
 * One family of routes in a cluster (`Gateway API (12): 1 failed, 11 ready`), collapsible;
 * broken routes first, the first ones shown and the rest behind "Show all". In the mesh
 * family, the VirtualServices, then the Gateway API mesh routes in their own experimental
 * section, under a warning for each Service both claim.
 */
export function FamilySection({ group, cluster }: FamilySectionProps) {
  const { routes, title, conflicts } = group;
  const { otherRoutes, meshRoutes } = splitMeshRoutes(routes);
  const headingId = `portway-${cluster}-${group.family}`;
  return (
    <Accordion
      defaultExpanded
      variant="outlined"
      TransitionProps={{ unmountOnExit: true }}
    >
      <AccordionSummary expandIcon={<ExpandMoreIcon />}>
        <Box>
          <Typography variant="h6" component="h4" id={headingId}>
            {`${title} (${routes.length})`}
          </Typography>
          <Typography variant="body2" color="textSecondary">
            {summaryCounts(routes)}
          </Typography>
        </Box>
      </AccordionSummary>
      <AccordionDetails>
        <Box width="100%">
          <MeshClaimWarnings conflicts={conflicts} />
          {otherRoutes.length > 0 && (
            <RouteList routes={otherRoutes} labelledBy={headingId} />
          )}
          {meshRoutes.length > 0 && (
            <MeshRoutesSection
              routes={meshRoutes}
              headingId={`${headingId}-gamma`}
            />
          )}
        </Box>
      </AccordionDetails>
    </Accordion>
  );
}
