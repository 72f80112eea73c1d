import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { StatusAborted, StatusOK } from '@backstage/core-components';
import type {
  IngressHostMigration,
  MigrationRouteRef,
} from '@portway/plugin-routing-common';
import { RouteSummaryStatus } from '../RouteSummaryStatus';

const useStyles = makeStyles(
  theme => ({
    host: { marginTop: theme.spacing(1) },
    list: { margin: 0, paddingLeft: theme.spacing(2) },
    route: {
      display: 'flex',
      flexWrap: 'wrap',
      alignItems: 'center',
      gap: theme.spacing(1),
    },
  }),
  { name: 'PortwayHostMigration' },
);

function ServingRoute({ route }: { route: MigrationRouteRef }) {
  const classes = useStyles();
  return (
    <li>
      <div className={classes.route}>
        <Typography variant="body2" component="span">
          {route.kind} {route.namespace}/{route.name}
        </Typography>
        {route.pending ? (
          <Chip size="small" variant="outlined" label="pending" />
        ) : (
          <RouteSummaryStatus summary={route.summary} />
        )}
      </div>
      {route.refusedBecause && (
        <Typography variant="caption" color="error" display="block">
          Refused by {route.refusedBecause}
        </Typography>
      )}
    </li>
  );
}

/**
 * One host of an Ingress on its way to the Gateway API: the routes that serve it (pending ones
 * marked, live ones with their health and, when refused, why), then each of its paths and the
 * accepted live route that covers it, if one does.
 */
export function HostMigration({ host }: { host: IngressHostMigration }) {
  const classes = useStyles();
  return (
    <section className={classes.host} aria-label={`Host ${host.hostname}`}>
      <Typography variant="subtitle2">{host.hostname}</Typography>
      {host.servedBy.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          No Gateway API route serves this host yet
        </Typography>
      ) : (
        <ul className={classes.list} aria-label="Routes">
          {host.servedBy.map(route => (
            <ServingRoute
              key={`${route.kind}/${route.namespace}/${route.name}`}
              route={route}
            />
          ))}
        </ul>
      )}
      <ul className={classes.list} aria-label="Paths">
        {host.paths.map(path => (
          <li key={`${path.pathType} ${path.path}`}>
            <Typography variant="body2" component="span">
              {path.coveredBy ? (
                <StatusOK>
                  {path.pathType} {path.path}: covered by {path.coveredBy}
                </StatusOK>
              ) : (
                <StatusAborted>
                  {path.pathType} {path.path}: not covered yet
                </StatusAborted>
              )}
            </Typography>
          </li>
        ))}
      </ul>
    </section>
  );
}
