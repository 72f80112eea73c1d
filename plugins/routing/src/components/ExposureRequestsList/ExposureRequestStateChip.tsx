import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { ExposureRequestState } from '@portway/plugin-routing-common';
import { stateTone } from './format';

const useStyles = makeStyles(
  theme => ({
    progress: {
      backgroundColor: theme.palette.info.main,
      color: theme.palette.info.contrastText,
    },
    success: {
      backgroundColor: theme.palette.success.main,
      color: theme.palette.success.contrastText,
    },
    error: {
      backgroundColor: theme.palette.error.main,
      color: theme.palette.error.contrastText,
    },
    neutral: {},
  }),
  { name: 'PortwayExposureRequestState' },
);

/** Props of {@link ExposureRequestStateChip}. */
export interface ExposureRequestStateChipProps {
  state: ExposureRequestState;
  /** Why the request is in its state (`withdrawn by user:default/guest`), shown under the chip. */
  reason?: string;
}

/**
 * A request's state as a chip: blue on its way (requested, open, merged), green live, red
 * failed, grey and outlined when over (closed, expired); its reason beneath.
 */
export function ExposureRequestStateChip(props: ExposureRequestStateChipProps) {
  const { state, reason } = props;
  const classes = useStyles();
  const tone = stateTone(state);
  return (
    <>
      <Chip
        size="small"
        label={state}
        className={classes[tone]}
        variant={tone === 'neutral' ? 'outlined' : 'default'}
      />
      {reason && (
        <Typography variant="caption" color="textSecondary" display="block">
          {reason}
        </Typography>
      )}
    </>
  );
}
