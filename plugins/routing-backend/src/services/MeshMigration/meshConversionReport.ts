import {
  MESH_ROUTE_EXPERIMENTAL_ANNOTATION,
  migrationFileName,
  type Finding,
  type KubernetesObject,
  type MigrationNote,
} from '@portway/plugin-routing-common';
import type { MeshConversion } from './convertEntityVirtualServices';
import type { FolderRoutes } from './conversionFiles';

/** What {@link meshConversionReport} tells. */
export interface MeshConversionReportInput {
  /** The change's title, the report's heading. */
  title: string;
  conversion: MeshConversion;
  /** The routes by GitOps folder. */
  folders: FolderRoutes[];
  /** Every finding: the conversion's and the files'. */
  findings: Finding[];
}

/** The closing line: the VirtualServices stay until the mesh routes are proven. */
export const VIRTUAL_SERVICES_KEPT =
  'The VirtualServices are not deleted by this change. While a VirtualService and a mesh route both claim a Service, both apply and the Routing tab warns about it: once the mesh implements Gateway API mesh routing (GAMMA) and the route is Accepted, remove the VirtualService in a later change.';

const code = (text: string) => `\`${text}\``;

/** One line of Markdown: line breaks as spaces. */
const inline = (text: string) => text.replace(/\s*\n\s*/g, ' ');

const refOf = (object: KubernetesObject) =>
  `${object.metadata?.namespace ?? 'default'}/${object.metadata?.name ?? ''}`;

function sourceLines({ conversion }: MeshConversionReportInput): string[] {
  return conversion.clusters.flatMap(({ cluster, virtualServices }) =>
    virtualServices.map(vs => {
      const hosts: string[] = vs.spec?.hosts ?? [];
      return `- ${code(`${cluster}: ${refOf(vs)}`)}: ${
        hosts.map(code).join(', ') || 'no hosts'
      }`;
    }),
  );
}

function routeRows({ folders }: MeshConversionReportInput): string[] {
  const routes = folders.flatMap(({ folder, routes: inFolder }) =>
    inFolder.map(route => ({ folder, route })),
  );
  if (routes.length === 0) return ['None: nothing could be converted.'];
  return [
    '| Kind | Route | Parent Services | File |',
    '| --- | --- | --- | --- |',
    ...routes.map(({ folder, route }) => {
      const parents: { namespace?: string; name: string }[] =
        route.spec?.parentRefs ?? [];
      const services = parents.map(parent =>
        code(`${parent.namespace ?? route.metadata?.namespace}/${parent.name}`),
      );
      return `| ${route.kind} | ${code(refOf(route))} | ${services.join(
        ', ',
      )} | ${code(`${folder}/${migrationFileName(route)}`)} |`;
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

/** Every note, by VirtualService in the order the notes came. */
function noteSections({ conversion }: MeshConversionReportInput): string[] {
  const notes = conversion.clusters.flatMap(c => c.notes);
  if (notes.length === 0) {
    return ['', 'Nothing to note: everything was carried over as it is.'];
  }
  const objects = [...new Set(notes.map(note => note.object))];
  return objects.flatMap(object => [
    '',
    `### ${object}`,
    '',
    ...notes.filter(note => note.object === object).map(noteLine),
  ]);
}

/**
 * The conversion's report in Markdown, the pull request body: the title, the source
 * VirtualServices and their hosts, a table of the mesh routes (kind, route, parent Services,
 * file), the findings, and every note of the converter by VirtualService, each with its level
 * (a note for every field that does not map: subsets, fault injection, mirroring percentages,
 * retries beyond attempts and timeout, ...); it closes saying that the VirtualServices stay.
 */
export function meshConversionReport(input: MeshConversionReportInput): string {
  const lines = [
    `# ${input.title}`,
    '',
    `Portway's conversion of mesh VirtualServices to Gateway API mesh routes (GAMMA: a route whose parent is a Service) for ${code(
      input.conversion.entityRef,
    )}. Gateway API mesh routing is experimental in Portway: every route carries the ${code(
      MESH_ROUTE_EXPERIMENTAL_ANNOTATION,
    )} annotation.`,
    '',
    '## Source VirtualServices',
    '',
    ...(sourceLines(input).length > 0 ? sourceLines(input) : ['None.']),
    '',
    '## Mesh routes',
    '',
    ...routeRows(input),
    '',
    '## Findings',
    '',
    ...(input.findings.length > 0
      ? input.findings.map(findingLine)
      : ['None.']),
    '',
    '## Notes',
    ...noteSections(input),
    '',
    VIRTUAL_SERVICES_KEPT,
  ];
  return `${lines.join('\n')}\n`;
}
