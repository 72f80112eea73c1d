import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { BackendTlsView } from '@portway/plugin-routing-common';
import { ConditionChip } from '../ConditionChip';
import { backendTlsLabel } from './backendTlsLabel';

const useStyles = makeStyles(
  theme => ({
    line: {
      display: 'flex',
      flexWrap: 'wrap',
      alignItems: 'center',
      gap: theme.spacing(0.5),
      marginLeft: theme.spacing(2),
    },
  }),
  { name: 'PortwayBackendTls' },
);

/** Where the conditions come from, when there are any. */
function source(tls: BackendTlsView): string | undefined {
  if (tls.conditions.length === 0) return undefined;
  const under = tls.gateway ? ` under Gateway ${tls.gateway}` : '';
  return tls.conditionsFrom === 'analysis'
    ? `predicted by Portway${under}`
    : `from the policy's status${under}`;
}

/**
 * The BackendTLSPolicy of a backend, on the line under it: the policy, hostname and CA
 * source, then its conditions under the route's Gateway as chips and where they come from.
 */
export function BackendTls({ tls }: { tls: BackendTlsView }) {
  const classes = useStyles();
  const from = source(tls);
  return (
    <div className={classes.line}>
      <Typography variant="body2" color="textSecondary" component="span">
        {backendTlsLabel(tls)}
      </Typography>
      {tls.conditions.map(condition => (
        <ConditionChip key={condition.type} condition={condition} />
      ))}
      {from && (
        <Typography variant="caption" color="textSecondary">
          {from}
        </Typography>
      )}
    </div>
  );
}
