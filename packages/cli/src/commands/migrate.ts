import { stringify } from 'yaml';
import { Migration, migrateIngresses } from '@portway/plugin-routing-common';
import { exitCodes, UsageError } from '../exitCodes';
import { readManifests } from '../readManifests';
import type { CommandOutput } from './types';

/** Reads `--gateway NS/NAME[/SECTION]`. */
export function parseGatewayOption(value: string) {
  const parts = value.split('/');
  if (parts.length < 2 || parts.length > 3 || parts.some(part => part === '')) {
    throw new UsageError(
      `--gateway "${value}" must be NAMESPACE/NAME or NAMESPACE/NAME/SECTION`,
    );
  }
  const [namespace, name, sectionName] = parts;
  return { namespace, name, ...(sectionName ? { sectionName } : {}) };
}

function report(migration: Migration): string {
  const documents = migration.objects
    .map(object => stringify(object))
    .join('---\n');
  const notes = migration.notes.map(
    note =>
      `# ${note.object}${note.field ? ` ${note.field}` : ''}: ${note.message}`,
  );
  return [documents.trimEnd(), ...notes].join('\n');
}

/**
 * `portway migrate FILE...`: Ingresses in, Gateway API objects out, with a note for every
 * annotation or feature that is not carried over.
 */
export function migrateCommand(
  files: string[],
  options: { json?: boolean; gateway?: string },
): CommandOutput {
  if (files.length === 0)
    throw new UsageError('migrate needs at least one file');
  const gateway = options.gateway
    ? parseGatewayOption(options.gateway)
    : undefined;
  const objects = readManifests(files).map(manifest => manifest.object);
  const migration = migrateIngresses(objects, gateway ? { gateway } : {});
  return {
    text: options.json ? JSON.stringify(migration, null, 2) : report(migration),
    exitCode: exitCodes.ok,
  };
}
