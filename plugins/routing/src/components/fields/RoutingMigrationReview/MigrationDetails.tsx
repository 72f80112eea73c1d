import Typography from '@material-ui/core/Typography';
import { stringify } from 'yaml';
import {
  objectKey,
  type IngressMigrationPreview,
  type IngressMigrationRequest,
  type KubernetesObject,
} from '@portway/plugin-routing-common';
import { ManifestFiles } from '../review';
import { MigrationNotes } from './MigrationNotes';
import { noteGroups } from './noteGroups';

/** An object as a file to show: titled by kind, namespace and name, its YAML. */
function objectFile(object: KubernetesObject) {
  return {
    path: `${object.kind} ${objectKey(object)}`,
    content: stringify(object, { aliasDuplicateObjects: false }),
  };
}

/** Props of {@link MigrationDetails}. */
export interface MigrationDetailsProps {
  request: IngressMigrationRequest;
  preview: IngressMigrationPreview;
}

/**
 * What a migration adds: the files of the change, or, while errors keep it from being
 * written, the objects the converter made; then every note, by Ingress.
 */
export function MigrationDetails({ request, preview }: MigrationDetailsProps) {
  const written = preview.files.length > 0;
  return (
    <>
      {!written && preview.objects.length > 0 && (
        <Typography variant="body2" color="textSecondary">
          The objects the Ingresses become; no file is written while the
          migration has errors.
        </Typography>
      )}
      <ManifestFiles
        files={written ? preview.files : preview.objects.map(objectFile)}
      />
      <MigrationNotes
        groups={noteGroups(preview.notes, request.namespace, request.ingresses)}
      />
    </>
  );
}
