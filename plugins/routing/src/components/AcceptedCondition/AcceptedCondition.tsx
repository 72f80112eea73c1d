import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import {
  StatusError,
  StatusOK,
  StatusPending,
} from '@backstage/core-components';
import type { RouteCondition } from '@portway/plugin-routing-common';

/** Props of {@link AcceptedCondition}. */
export interface AcceptedConditionProps {
  /** All conditions a parent set on the route; only `Accepted` is shown. */
  conditions: RouteCondition[];
  /** `analysis` when no controller has written them and Portway predicted them. */
  conditionsFrom?: 'analysis';
}

function StatusIcon({ status }: { status: RouteCondition['status'] }) {
  if (status === 'True') {
    return <StatusOK />;
  }
  if (status === 'False') {
    return <StatusError />;
  }
  return <StatusPending />;
}

/**
 * Whether a parent accepted the route: the condition's status and reason,
 * with the controller's message as a tooltip.
 */
export function AcceptedCondition({
  conditions,
  conditionsFrom,
}: AcceptedConditionProps) {
  const accepted = conditions.find(condition => condition.type === 'Accepted');
  if (!accepted) {
    return (
      <Typography variant="body2" component="span">
        <StatusPending />
        Accepted: no status yet
      </Typography>
    );
  }
  return (
    <Tooltip title={accepted.message || accepted.reason}>
      <Typography variant="body2" component="span">
        <StatusIcon status={accepted.status} />
        {`Accepted: ${accepted.status} (${accepted.reason})`}
        {conditionsFrom === 'analysis' &&
          ', predicted by Portway: no controller has reconciled this yet'}
      </Typography>
    </Tooltip>
  );
}
