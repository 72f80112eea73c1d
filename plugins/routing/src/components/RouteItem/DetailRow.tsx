import type { ReactNode } from 'react';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';

const useStyles = makeStyles(
  theme => ({
    row: {
      display: 'flex',
      alignItems: 'baseline',
      marginTop: theme.spacing(0.75),
    },
    label: {
      flex: `0 0 ${theme.spacing(12)}px`,
      color: theme.palette.text.secondary,
    },
    value: { flex: 1, minWidth: 0, overflowWrap: 'anywhere' },
  }),
  { name: 'PortwayDetailRow' },
);

/** One labelled line of a route's details: `Backends  shop/storefront:8080 found`. */
export function DetailRow(props: { label: string; children: ReactNode }) {
  const classes = useStyles();
  return (
    <div className={classes.row}>
      <Typography variant="caption" className={classes.label}>
        {props.label}
      </Typography>
      <div className={classes.value}>{props.children}</div>
    </div>
  );
}
