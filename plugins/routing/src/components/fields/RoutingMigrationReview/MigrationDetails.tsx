import Typography from '@material-ui/core/Typography';
import { stringify } from 'yaml';
import {
  objectKey,
  type IngressMigrationPreview,
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
  preview: IngressMigrationPreview;
  /** The objects converted, as the notes name them (`Ingress shop/web`), in order. */
  sources: string[];
  /** What they are, in the sentence on unwritten objects: `the Ingresses`. */
  sourcesAre: string;
  /** The change, as a subject: `the migration`. */
  subject: string;
}

/**
 * What a migration or conversion adds: the files of the change, or, while errors keep it from
 * being written, the objects the converter made; then every note, by source object.
 */
export function MigrationDetails(props: MigrationDetailsProps) {
  const { preview, sources, sourcesAre, subject } = props;
  const written = preview.files.length > 0;
  return (
    <>
      {!written && preview.objects.length > 0 && (
        <Typography variant="body2" color="textSecondary">
          The objects {sourcesAre} become; no file is written while {subject}{' '}
          has errors.
        </Typography>
      )}
      <ManifestFiles
        files={written ? preview.files : preview.objects.map(objectFile)}
      />
      <MigrationNotes groups={noteGroups(preview.notes, sources)} />
    </>
  );
}
