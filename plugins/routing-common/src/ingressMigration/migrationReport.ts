import type { KubernetesObject } from '../kubernetes/objects';
import type { MigrateOptions, MigrationNote } from '../migrate/types';
import type { Finding } from '../types/findings';
import { migrationFileName } from './migrationFiles';
import { ingressHosts } from './plainHttpListener';
import { generatedHostnames } from './routeChecks';
import { describeObject } from '../kubernetes/objectFields';

/**
 * What {@link migrationReport} tells.
 *
 * @public
 */
export interface MigrationReportInput {
  /** The change's title, the report's heading. */
  title: string;
  /** The source Ingresses. */
  ingresses: KubernetesObject[];
  /** The shared Gateway the routes attach to; undefined when the converter made Gateways. */
  gateway?: MigrateOptions['gateway'];
  /** The converter's objects and notes. */
  objects: KubernetesObject[];
  /** The converter's notes, reported grouped by annotation. */
  notes: MigrationNote[];
  /** The preflight's findings; undefined when none was run (`portway migrate`). */
  findings?: Finding[];
  /** The GitOps folder of the files; undefined: file names only. */
  folder?: string;
  /** The entity and cluster of a portal request, when there is one. */
  entityRef?: string;
  /** The cluster of the portal request. */
  cluster?: string;
}

/**
 * The closing line: the Ingresses stay until their routes are proven.
 *
 * @public
 */
export const INGRESSES_KEPT =
  'The Ingresses are not deleted by this change; remove them with the remove-ingress template once the Routing tab says the routes are live and Accepted.';

const code = (text: string) => `\`${text}\``;

/** One line of Markdown: line breaks as spaces. */
const inline = (text: string) => text.replace(/\s*\n\s*/g, ' ');

function codes(values: string[], none: string): string {
  return values.length > 0 ? values.map(code).join(', ') : none;
}

function target(gateway: MigrationReportInput['gateway']): string {
  if (!gateway) {
    return 'no shared Gateway: the converter generated one Gateway per ingress class (listed below)';
  }
  const { namespace, name, sectionName, httpSectionName } = gateway;
  const listener = sectionName
    ? `listener ${code(sectionName)}`
    : 'every listener that takes the routes (no listener named)';
  const http = httpSectionName
    ? `listener ${code(httpSectionName)}`
    : `port ${code('80')} (no plain-HTTP listener found)`;
  return `Gateway ${code(
    `${namespace}/${name}`,
  )}, ${listener}; the ssl-redirect route, where there is one, on ${http}`;
}

function objectRows(input: MigrationReportInput): string[] {
  if (input.objects.length === 0) return ['None: nothing could be converted.'];
  return [
    '| Kind | Name | Hostnames | File |',
    '| --- | --- | --- | --- |',
    ...input.objects.map(object => {
      const file = migrationFileName(object);
      return `| ${object.kind} | ${code(object.metadata?.name ?? '')} | ${codes(
        generatedHostnames(object),
        '-',
      )} | ${code(input.folder ? `${input.folder}/${file}` : file)} |`;
    }),
  ];
}

function findingLine(f: Finding): string {
  const field = f.field ? ` (${code(f.field)})` : '';
  return `- **${f.severity}** ${code(f.code)}${field}: ${inline(f.message)}`;
}

function noteLine(note: MigrationNote): string {
  const field = note.field ? ` (${code(note.field)})` : '';
  return `- **${note.level}**${field}: ${inline(note.message)}`;
}

/** Groups of items by a key, in the order each key first appears. */
function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  }
  return groups;
}

/** Every note, by Ingress (in the request's order) then by annotation; other notes first. */
function noteSections(input: MigrationReportInput): string[] {
  if (input.notes.length === 0) {
    return ['Nothing to note: everything was carried over as it is.'];
  }
  const order = input.ingresses.map(describeObject);
  const byIngress = [...groupBy(input.notes, note => note.object)].sort(
    ([a], [b]) =>
      (order.indexOf(a) + 1 || Infinity) - (order.indexOf(b) + 1 || Infinity),
  );
  return byIngress.flatMap(([object, notes]) => {
    const plain = notes.filter(note => !note.annotation);
    const annotated = groupBy(
      notes.filter(note => note.annotation),
      note => note.annotation!,
    );
    return [
      '',
      `### ${object}`,
      ...(plain.length > 0
        ? ['', '#### Fields and features', '', ...plain.map(noteLine)]
        : []),
      ...[...annotated].flatMap(([annotation, group]) => [
        '',
        `#### ${code(annotation)}`,
        '',
        ...group.map(noteLine),
      ]),
    ];
  });
}

/**
 * A migration's report in Markdown, the pull request body and `portway migrate --report`: the
 * title, the source Ingresses and their hosts, the target listener, a table of the generated
 * objects (kind, name, hostnames, file), the preflight's findings, and every note of the
 * converter grouped by Ingress then annotation, each with its level; it closes saying that the
 * Ingresses stay until their routes are live and Accepted.
 *
 * @public
 */
export function migrationReport(input: MigrationReportInput): string {
  const who = input.entityRef ? ` for ${code(input.entityRef)}` : '';
  const where = input.cluster ? ` in cluster ${code(input.cluster)}` : '';
  const lines = [
    `# ${input.title}`,
    '',
    `Portway's conversion of Ingresses to Gateway API routes${who}${where}.`,
    '',
    '## Source Ingresses',
    '',
    ...input.ingresses.map(
      ingress =>
        `- ${code(describeObject(ingress))}: ${codes(
          ingressHosts([ingress]),
          'no host (every hostname)',
        )}`,
    ),
    '',
    '## Target listener',
    '',
    target(input.gateway),
    '',
    '## Generated objects',
    '',
    ...objectRows(input),
    ...(input.findings
      ? [
          '',
          '## Findings',
          '',
          ...(input.findings.length > 0
            ? input.findings.map(findingLine)
            : ['None.']),
        ]
      : []),
    '',
    '## Notes',
    ...(input.notes.length > 0 ? [] : ['']),
    ...noteSections(input),
    '',
    INGRESSES_KEPT,
  ];
  return `${lines.join('\n')}\n`;
}
