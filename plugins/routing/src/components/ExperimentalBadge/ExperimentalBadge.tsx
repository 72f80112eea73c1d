import Chip from '@material-ui/core/Chip';
import { makeStyles } from '@material-ui/core/styles';

const useStyles = makeStyles(
  theme => ({
    badge: {
      color: theme.palette.warning.main,
      borderColor: theme.palette.warning.main,
      fontWeight: theme.typography.fontWeightBold as number,
    },
  }),
  { name: 'PortwayExperimentalBadge' },
);

/**
 * Marks what Portway shows but does not yet vouch for, such as Gateway API mesh routing
 * (GAMMA): the organisation routes internal gRPC through Istio VirtualServices today.
 */
export function ExperimentalBadge() {
  const classes = useStyles();
  return (
    <Chip
      size="small"
      variant="outlined"
      label="Experimental"
      className={classes.badge}
    />
  );
}
