import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { RouteView } from '@portway/plugin-routing-common';
import { BackendList } from '../BackendState';
import { ExperimentalBadge } from '../ExperimentalBadge';
import { IngressDetails } from './IngressDetails';
import { RouteSummaryStatus } from '../RouteSummaryStatus';
import { matchedByLabel } from './format';
import { DetailRow } from './DetailRow';
import { MeshRouteDetails } from './MeshRouteDetails';
import { ParentDetails } from './ParentDetails';
import { PendingReview } from './PendingReview';
import { UrlLinks } from './UrlLinks';
import { VirtualServiceDetails } from './VirtualServiceDetails';

const useStyles = makeStyles(
  theme => ({
    item: {
      listStyle: 'none',
      padding: theme.spacing(1.5, 0),
      '& + &': { borderTop: `1px solid ${theme.palette.divider}` },
    },
    header: {
      display: 'flex',
      flexWrap: 'wrap',
      alignItems: 'center',
      gap: theme.spacing(1),
    },
    pending: { marginTop: theme.spacing(1) },
  }),
  { name: 'PortwayRouteItem' },
);

/** Props of {@link RouteItem}. */
export interface RouteItemProps {
  route: RouteView;
}

/**
 * One route as the Routing tab shows it: its health, kind and name, why the entity sees it,
 * whether it waits for review, its URLs, what its kind adds (a VirtualService's hosts and
 * matches, a mesh route's Services, marked experimental, an Ingress's class, TLS and migration), each parent with its conditions and
 * certificates, and its backends.
 */
export function RouteItem({ route }: RouteItemProps) {
  const classes = useStyles();
  const reference = `${route.namespace}/${route.name}`;
  return (
    <li className={classes.item} aria-label={`${route.kind} ${reference}`}>
      <div className={classes.header}>
        <RouteSummaryStatus summary={route.summary} />
        <Chip size="small" variant="outlined" label={route.kind} />
        <Typography variant="subtitle2" component="span">
          {reference}
        </Typography>
        <Typography variant="caption" color="textSecondary">
          {matchedByLabel(route)}
        </Typography>
        {route.meshRoute && <ExperimentalBadge />}
      </div>
      {route.matchedBy === 'request' && (
        <div className={classes.pending}>
          <PendingReview change={route.pendingChange} />
        </div>
      )}
      <DetailRow label="URLs">
        <UrlLinks route={route} />
      </DetailRow>
      {route.virtualService && (
        <VirtualServiceDetails details={route.virtualService} />
      )}
      {route.meshRoute && (
        <MeshRouteDetails
          details={route.meshRoute}
          routeNamespace={route.namespace}
        />
      )}
      {route.ingress && (
        <IngressDetails details={route.ingress} route={route} />
      )}
      {route.parents.length > 0 && (
        <DetailRow label={route.parents.length > 1 ? 'Parents' : 'Parent'}>
          {route.parents.map((parent, index) => (
            <ParentDetails key={index} parent={parent} route={route} />
          ))}
        </DetailRow>
      )}
      <DetailRow label="Backends">
        <BackendList backends={route.backends} />
      </DetailRow>
    </li>
  );
}
