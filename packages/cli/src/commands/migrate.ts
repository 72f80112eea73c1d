import { stringify } from 'yaml';
import {
  clusterKindOf,
  ingressMigrationTitle,
  KubernetesObject,
  MigrateOptions,
  Migration,
  migrateIngresses,
  migrationReport,
  plainHttpListener,
} from '@portway/plugin-routing-common';
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

const isIngress = (object: KubernetesObject) =>
  clusterKindOf(object) === 'ingress';

/**
 * The shared Gateway of `--gateway`, with the plain-HTTP listener for the ssl-redirect route
 * when the input files hold that Gateway (found as the portal's preflight finds it).
 */
function sharedGateway(
  value: string,
  objects: KubernetesObject[],
): NonNullable<MigrateOptions['gateway']> {
  const gateway = parseGatewayOption(value);
  const object = objects.find(
    candidate =>
      clusterKindOf(candidate) === 'gateway' &&
      (candidate.metadata?.namespace ?? 'default') === gateway.namespace &&
      candidate.metadata?.name === gateway.name,
  );
  const httpSectionName = object
    ? plainHttpListener(object, objects.filter(isIngress), gateway.sectionName)
    : undefined;
  return { ...gateway, ...(httpSectionName ? { httpSectionName } : {}) };
}

/** The Markdown report of the pull request body, for Ingresses read from files. */
function markdown(
  migration: Migration,
  objects: KubernetesObject[],
  gateway: MigrateOptions['gateway'],
): string {
  const ingresses = objects.filter(isIngress);
  const refs = ingresses.map(
    ingress =>
      `${ingress.metadata?.namespace ?? 'default'}/${ingress.metadata?.name}`,
  );
  return migrationReport({
    title: ingressMigrationTitle(refs),
    ingresses,
    gateway,
    ...migration,
  }).trimEnd();
}

/** What `portway migrate` prints: YAML with notes as comments, `--json`, or `--report`. */
export interface MigrateCommandOptions {
  /** `{ objects, notes }` as JSON. */
  json?: boolean;
  /** The Markdown report of the portal's pull request instead (wins over `--json`). */
  report?: boolean;
  /** `NS/NAME[/SECTION]` of a shared Gateway. */
  gateway?: string;
}

/**
 * `portway migrate FILE...`: Ingresses in, Gateway API objects out, with a note for every
 * annotation or feature that is not carried over; `--report` prints the Markdown report the
 * portal's pull request has. With `--gateway` naming a Gateway the files hold, the ssl-redirect
 * route goes to its plain-HTTP listener for the Ingresses' hosts.
 */
export function migrateCommand(
  files: string[],
  options: MigrateCommandOptions,
): CommandOutput {
  if (files.length === 0)
    throw new UsageError('migrate needs at least one file');
  const objects = readManifests(files).map(manifest => manifest.object);
  const gateway = options.gateway
    ? sharedGateway(options.gateway, objects)
    : undefined;
  const migration = migrateIngresses(objects, gateway ? { gateway } : {});
  let text: string;
  if (options.report) text = markdown(migration, objects, gateway);
  else if (options.json) text = JSON.stringify(migration, null, 2);
  else text = report(migration);
  return { text, exitCode: exitCodes.ok };
}
