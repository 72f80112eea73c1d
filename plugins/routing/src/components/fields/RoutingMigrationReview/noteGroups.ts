import type { MigrationNote } from '@portway/plugin-routing-common';

/** The notes about one object (an Ingress, by its `Ingress namespace/name`). */
export interface NoteGroup {
  object: string;
  notes: MigrationNote[];
}

/**
 * The notes grouped by the object they are about: first each Ingress of the request in its
 * order (with no notes when it has none), then any other object the notes name.
 */
export function noteGroups(
  notes: MigrationNote[],
  namespace: string,
  ingresses: string[],
): NoteGroup[] {
  const objects = [
    ...new Set([
      ...ingresses.map(name => `Ingress ${namespace}/${name}`),
      ...notes.map(note => note.object),
    ]),
  ];
  return objects.map(object => ({
    object,
    notes: notes.filter(note => note.object === object),
  }));
}
