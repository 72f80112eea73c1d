import Box from '@material-ui/core/Box';
import type { Finding } from '@portway/plugin-routing-common';
import { FindingLine } from '../FindingLine';

/** Every finding of a check, in its order, each naming its field. */
export function FindingList({ findings }: { findings: Finding[] }) {
  return (
    <Box mt={1}>
      {findings.map((finding, index) => (
        <FindingLine key={index} finding={finding} showField />
      ))}
    </Box>
  );
}
