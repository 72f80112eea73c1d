import Box from '@material-ui/core/Box';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import type { MeshClaimConflict } from '@portway/plugin-routing-common';

/** Props of {@link MeshClaimWarnings}. */
export interface MeshClaimWarningsProps {
  conflicts: MeshClaimConflict[];
}

/** One warning for each Service that a mesh VirtualService and a mesh route both claim. */
export function MeshClaimWarnings({ conflicts }: MeshClaimWarningsProps) {
  return (
    <>
      {conflicts.map(conflict => (
        <Box
          key={`${conflict.service}|${conflict.virtualService}|${conflict.meshRoute}`}
          mb={2}
        >
          <Alert severity="warning">
            <AlertTitle>{`Service ${conflict.service} has two sets of mesh rules`}</AlertTitle>
            {conflict.message}
          </Alert>
        </Box>
      ))}
    </>
  );
}
