import ErrorIcon from '@material-ui/icons/Error';
import InfoIcon from '@material-ui/icons/Info';
import WarningIcon from '@material-ui/icons/Warning';
import type { FindingSeverity } from '@portway/plugin-routing-common';

const icons: Record<FindingSeverity, JSX.Element> = {
  error: <ErrorIcon color="error" fontSize="small" titleAccess="error" />,
  warning: <WarningIcon fontSize="small" titleAccess="warning" />,
  info: <InfoIcon color="action" fontSize="small" titleAccess="info" />,
};

/** The icon of a finding's severity (or a note's level), titled with it. */
export function SeverityIcon({ severity }: { severity: FindingSeverity }) {
  return icons[severity];
}
