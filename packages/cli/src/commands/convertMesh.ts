import { stringify } from 'yaml';
import {
  convertVirtualServices,
  Migration,
} from '@portway/plugin-routing-common';
import { exitCodes, UsageError } from '../exitCodes';
import { readManifests } from '../readManifests';
import type { CommandOutput } from './types';

/** YAML documents, then the notes as comments (as `portway migrate` prints them). */
function report(conversion: Migration): string {
  const documents = conversion.objects
    .map(object => stringify(object))
    .join('---\n');
  const notes = conversion.notes.map(
    note =>
      `# ${note.object}${note.field ? ` ${note.field}` : ''}: ${note.message}`,
  );
  return [documents.trimEnd(), ...notes].filter(Boolean).join('\n');
}

/**
 * `portway convert-mesh FILE...`: mesh VirtualServices in, Gateway API mesh routes (GAMMA,
 * experimental) out, a note for every field that does not map. Exit 1 when something could not
 * be converted (an error note).
 */
export function convertMeshCommand(
  files: string[],
  options: { json?: boolean },
): CommandOutput {
  if (files.length === 0)
    throw new UsageError('convert-mesh needs at least one file');
  const objects = readManifests(files).map(manifest => manifest.object);
  const conversion = convertVirtualServices(objects);
  const failed = conversion.notes.some(note => note.level === 'error');
  return {
    text: options.json
      ? JSON.stringify(conversion, null, 2)
      : report(conversion),
    exitCode: failed ? exitCodes.findings : exitCodes.ok,
  };
}
