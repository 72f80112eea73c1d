import Typography from '@material-ui/core/Typography';
import {
  StatusError,
  StatusOK,
  StatusPending,
  StatusWarning,
} from '@backstage/core-components';
import type { HealthLine, HealthSeverity } from './routingHealthLine';

const ICONS: Record<HealthSeverity, typeof StatusOK> = {
  ok: StatusOK,
  info: StatusPending,
  warning: StatusWarning,
  error: StatusError,
};

/** The routing card's health line with the status icon of its severity. */
export function HealthLineStatus({ line }: { line: HealthLine }) {
  const Icon = ICONS[line.severity];
  return (
    <Typography variant="body2" component="div">
      <Icon>{line.text}</Icon>
    </Typography>
  );
}
