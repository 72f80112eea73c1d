import Chip from '@material-ui/core/Chip';
import Tooltip from '@material-ui/core/Tooltip';
import { makeStyles } from '@material-ui/core/styles';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import ErrorIcon from '@material-ui/icons/Error';
import HelpIcon from '@material-ui/icons/Help';
import type { RouteCondition } from '@portway/plugin-routing-common';

const useStyles = makeStyles(
  theme => ({
    True: {
      backgroundColor: theme.palette.success.main,
      color: theme.palette.success.contrastText,
      '& $icon': { color: theme.palette.success.contrastText },
    },
    False: {
      backgroundColor: theme.palette.error.main,
      color: theme.palette.error.contrastText,
      '& $icon': { color: theme.palette.error.contrastText },
    },
    Unknown: {},
    icon: {},
  }),
  { name: 'PortwayConditionChip' },
);

const icons: Record<RouteCondition['status'], typeof CheckCircleIcon> = {
  True: CheckCircleIcon,
  False: ErrorIcon,
  Unknown: HelpIcon,
};

/** `Accepted: NoMatchingListenerHostname`; just `Accepted` when the reason repeats the type. */
function conditionLabel({ type, reason }: RouteCondition): string {
  return reason && reason !== type ? `${type}: ${reason}` : type;
}

/** Props of {@link ConditionChip}. */
export interface ConditionChipProps {
  /** The condition to show: Accepted, ResolvedRefs, Programmed, ... */
  condition: RouteCondition;
}

/**
 * One status condition as a chip: green when True, red when False, grey and outlined when
 * Unknown, labelled `type: reason` (`type` alone when the reason is the type), with Portway's explanation (else the controller's message)
 * as its title.
 */
export function ConditionChip({ condition }: ConditionChipProps) {
  const classes = useStyles();
  const Icon = icons[condition.status] ?? HelpIcon;
  const title = condition.explanation || condition.message;
  const chip = (
    <Chip
      size="small"
      icon={<Icon className={classes.icon} />}
      label={conditionLabel(condition)}
      className={classes[condition.status]}
      variant={condition.status === 'Unknown' ? 'outlined' : 'default'}
      data-status={condition.status}
    />
  );
  return title ? <Tooltip title={title}>{chip}</Tooltip> : chip;
}
