import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { MarkdownContent } from '@backstage/core-components';
import type { IngressRemovalPreview } from '@portway/plugin-routing-common';

/** What a removal changes: the Ingress manifests it deletes, and its report. */
export function RemovalDetails({
  preview,
}: {
  preview: IngressRemovalPreview;
}) {
  return (
    <>
      <Box mt={2} role="group" aria-label="Deleted files">
        <Typography variant="subtitle1" component="h4">
          Deleted files ({preview.deletedFiles.length})
        </Typography>
        {preview.deletedFiles.map(path => (
          <Typography key={path} variant="body2">
            <code>{path}</code>
          </Typography>
        ))}
      </Box>
      {preview.report && (
        <Box mt={2} role="group" aria-label="Report">
          <Typography variant="subtitle1" component="h4">
            Report
          </Typography>
          <MarkdownContent content={preview.report} />
        </Box>
      )}
    </>
  );
}
