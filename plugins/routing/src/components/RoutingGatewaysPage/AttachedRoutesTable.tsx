import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { StatusError, StatusOK } from '@backstage/core-components';
import { EntityRefLinks } from '@backstage/plugin-catalog-react';
import type { AttachedRouteView } from '@portway/plugin-routing-common';
import { RouteSummaryStatus } from '../RouteSummaryStatus';
import { routeLabel } from './listenerText';

const useStyles = makeStyles(
  {
    // Short words that must not break, next to a column of sentences that may.
    nowrap: { whiteSpace: 'nowrap' },
  },
  { name: 'PortwayAttachedRoutesTable' },
);

/** Props of {@link AttachedRoutesTable}. */
export interface AttachedRoutesTableProps {
  routes: AttachedRouteView[];
}

function Attachment({ route }: { route: AttachedRouteView }) {
  if (route.accepted) return <StatusOK>accepted</StatusOK>;
  return (
    <>
      <StatusError>
        {route.reason ? `refused: ${route.reason}` : 'refused'}
      </StatusError>
      {route.message && (
        <Typography variant="body2" color="textSecondary">
          {route.message}
        </Typography>
      )}
    </>
  );
}

/**
 * The routes that name a listener: each with its hostnames, its health, whether this listener
 * accepted it (or why it refused it, in plain words when the answer has them) and the catalog
 * entities it belongs to.
 */
export function AttachedRoutesTable({ routes }: AttachedRoutesTableProps) {
  const classes = useStyles();
  return (
    <Table size="small" aria-label="Routes">
      <TableHead>
        <TableRow>
          <TableCell>Route</TableCell>
          <TableCell>Hostnames</TableCell>
          <TableCell>Status</TableCell>
          <TableCell>On this listener</TableCell>
          <TableCell>Entities</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {routes.map(route => (
          <TableRow key={routeLabel(route)}>
            <TableCell>{routeLabel(route)}</TableCell>
            <TableCell>
              {route.hostnames.length > 0
                ? route.hostnames.join(', ')
                : "the listener's"}
            </TableCell>
            <TableCell className={classes.nowrap}>
              <RouteSummaryStatus summary={route.summary} />
            </TableCell>
            <TableCell>
              <Attachment route={route} />
            </TableCell>
            <TableCell className={classes.nowrap}>
              {route.entityRefs.length > 0 ? (
                <EntityRefLinks
                  entityRefs={route.entityRefs}
                  defaultKind="component"
                />
              ) : (
                <Typography variant="body2" color="textSecondary">
                  none in the catalog
                </Typography>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
