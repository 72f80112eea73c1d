import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type { RouteView } from '@portway/plugin-routing-common';
import { AcceptedCondition } from '../AcceptedCondition';
import { listenerLabels, parentLabel } from './format';

/** Each parent of the route: the Gateway, its listeners, and whether it accepted the route. */
export function ParentList({ route }: { route: RouteView }) {
  if (route.parents.length === 0) {
    return <Typography variant="body2">—</Typography>;
  }
  return (
    <>
      {route.parents.map((parent, index) => (
        <Box key={index} mb={1}>
          <Typography variant="body2">
            <strong>{parentLabel(parent, route)}</strong>
          </Typography>
          {listenerLabels(parent).map(label => (
            <Typography key={label} variant="caption" display="block">
              {label}
            </Typography>
          ))}
          <AcceptedCondition
            conditions={parent.conditions}
            conditionsFrom={parent.conditionsFrom}
          />
        </Box>
      ))}
    </>
  );
}
