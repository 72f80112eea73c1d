import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import ErrorIcon from '@material-ui/icons/Error';
import InfoIcon from '@material-ui/icons/Info';
import WarningIcon from '@material-ui/icons/Warning';
import type { Finding } from '@portway/plugin-routing-common';

const icons = {
  error: <ErrorIcon color="error" fontSize="small" titleAccess="error" />,
  warning: <WarningIcon fontSize="small" titleAccess="warning" />,
  info: <InfoIcon color="action" fontSize="small" titleAccess="info" />,
};

/** Props of {@link FindingLine}. */
export interface FindingLineProps {
  finding: Finding;
  /** Also name the field the finding is about (when it has one). */
  showField?: boolean;
}

/** One preflight finding: severity icon, code, (field,) message. */
export function FindingLine({ finding, showField }: FindingLineProps) {
  return (
    <Box display="flex" alignItems="flex-start" my={0.5}>
      <Box mr={1} display="flex">
        {icons[finding.severity]}
      </Box>
      <Typography
        variant="body2"
        color={finding.severity === 'error' ? 'error' : 'textPrimary'}
      >
        <strong>{finding.code}</strong>
        {showField && finding.field && <> ({finding.field})</>}:{' '}
        {finding.message}
      </Typography>
    </Box>
  );
}
