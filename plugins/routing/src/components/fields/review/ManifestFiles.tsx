import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { CodeSnippet } from '@backstage/core-components';
import type { ManifestFile } from '@portway/plugin-routing-common';

/** Each file under its path (or a title), the YAML in a code block with a copy button. */
export function ManifestFiles({ files }: { files: ManifestFile[] }) {
  return (
    <>
      {files.map(file => (
        <Box key={file.path} mt={2} role="group" aria-label={file.path}>
          <Typography variant="subtitle2" component="h4">
            {file.path}
          </Typography>
          <CodeSnippet text={file.content} language="yaml" showCopyCodeButton />
        </Box>
      ))}
    </>
  );
}
