import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type { MigrationNote } from '@portway/plugin-routing-common';
import { SeverityIcon } from '../SeverityIcon';
import type { NoteGroup } from './noteGroups';

function NoteLine({ note }: { note: MigrationNote }) {
  const about = note.annotation ?? note.field;
  return (
    <Box display="flex" alignItems="flex-start" my={0.5}>
      <Box mr={1} display="flex">
        <SeverityIcon severity={note.level} />
      </Box>
      <Typography
        variant="body2"
        color={note.level === 'error' ? 'error' : 'textPrimary'}
      >
        {about && (
          <>
            <code>{about}</code>:{' '}
          </>
        )}
        {note.message}
      </Typography>
    </Box>
  );
}

/**
 * Every note of the conversion, under the Ingress it is about, each with its level: what was
 * carried over differently or not at all. An Ingress without notes says so.
 */
export function MigrationNotes({ groups }: { groups: NoteGroup[] }) {
  const total = groups.reduce((sum, group) => sum + group.notes.length, 0);
  return (
    <Box mt={2}>
      <Typography variant="subtitle1" component="h4">
        Notes ({total})
      </Typography>
      {groups.map(group => (
        <Box key={group.object} mt={1} role="group" aria-label={group.object}>
          <Typography variant="subtitle2" component="h5">
            {group.object}
          </Typography>
          {group.notes.length === 0 ? (
            <Typography variant="body2" color="textSecondary">
              Carried over without notes.
            </Typography>
          ) : (
            group.notes.map((note, index) => (
              <NoteLine key={index} note={note} />
            ))
          )}
        </Box>
      ))}
    </Box>
  );
}
