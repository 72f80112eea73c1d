import type { MigrationNote } from '../migrate/types';
import type { NoteSink } from './types';

/**
 * A sink that appends notes about `object` to `notes`, each once: a VirtualService whose hosts
 * name several Services is converted once per Service, and says each thing once.
 */
export function noteSink(object: string, notes: MigrationNote[]): NoteSink {
  const seen = new Set<string>();
  return {
    add(level, field, message) {
      const key = `${level}|${field}|${message}`;
      if (seen.has(key)) return;
      seen.add(key);
      notes.push({ object, field, level, message });
    },
  };
}
