import { useState } from 'react';
import Accordion from '@material-ui/core/Accordion';
import AccordionDetails from '@material-ui/core/AccordionDetails';
import AccordionSummary from '@material-ui/core/AccordionSummary';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import { RouteItem } from '../RouteItem';
import { summaryCounts, type FamilyGroup } from './groupRoutes';

/** Routes a family shows before "Show all": enough for most entities, cheap for 200. */
export const SHOWN_ROUTES = 25;

/** Props of {@link FamilySection}. */
export interface FamilySectionProps {
  group: FamilyGroup;
  /** The cluster, to name the section for assistive technology. */
  cluster: string;
}

/**
 * One family of routes in a cluster (`Gateway API (12): 1 failed, 11 ready`), collapsible;
 * broken routes first, the first {@link SHOWN_ROUTES} shown and the rest behind "Show all".
 */
export function FamilySection({ group, cluster }: FamilySectionProps) {
  const [showAll, setShowAll] = useState(false);
  const { routes, title } = group;
  const shown = showAll ? routes : routes.slice(0, SHOWN_ROUTES);
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
          <Box component="ul" m={0} p={0} aria-labelledby={headingId}>
            {shown.map(route => (
              <RouteItem
                key={`${route.kind}/${route.namespace}/${route.name}`}
                route={route}
              />
            ))}
          </Box>
          {shown.length < routes.length && (
            <Button color="primary" onClick={() => setShowAll(true)}>
              {`Show all ${routes.length} routes`}
            </Button>
          )}
        </Box>
      </AccordionDetails>
    </Accordion>
  );
}
