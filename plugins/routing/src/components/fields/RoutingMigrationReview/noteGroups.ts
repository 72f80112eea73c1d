import type { MigrationNote } from '@portway/plugin-routing-common';

/** The notes about one object (an Ingress, by its `Ingress namespace/name`; a VirtualService alike). */
export interface NoteGroup {
  object: string;
  notes: MigrationNote[];
}

/**
 * The notes grouped by the object they are about: first each source of the change in its
 * order (`Ingress shop/web`, with no notes when it has none), then any other object the notes
 * name.
 */
export function noteGroups(
  notes: MigrationNote[],
  sources: string[],
): NoteGroup[] {
  const objects = [...new Set([...sources, ...notes.map(note => note.object)])];
  return objects.map(object => ({
    object,
    notes: notes.filter(note => note.object === object),
  }));
}
