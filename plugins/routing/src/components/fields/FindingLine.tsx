import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type { Finding } from '@portway/plugin-routing-common';
import { SeverityIcon } from './SeverityIcon';

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
        <SeverityIcon severity={finding.severity} />
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
