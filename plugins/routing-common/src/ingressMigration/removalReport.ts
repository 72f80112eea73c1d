import type { IngressDetails } from '../types/routes';

/** One Ingress of a removal, with its migration state. */
export interface RemovedIngress {
  /** `namespace/name`. */
  ref: string;
  migration: IngressDetails['migration'];
}

const code = (text: string) => `\`${text}\``;

function hostLines(migration: IngressDetails['migration']): string[] {
  if (migration.hosts.length === 0) return ['  - no host'];
  return migration.hosts.map(host => {
    const routes = host.servedBy.map(
      route =>
        `${route.kind} ${code(`${route.namespace}/${route.name}`)} (${
          route.summary
        }${route.accepted ? ', Accepted' : ''})`,
    );
    return `  - ${code(host.hostname)}: ${
      routes.length > 0 ? routes.join(', ') : 'served by no route'
    }`;
  });
}

/**
 * A removal's pull request body in Markdown: each Ingress, its hosts and the routes that now
 * serve them (from its migration state), its state's message, and the files deleted; `ok` says
 * whether the removal may go ahead.
 */
export function removalReport(
  title: string,
  ingresses: RemovedIngress[],
  deletedFiles: string[],
  ok: boolean,
): string {
  const lines = [
    `# ${title}`,
    '',
    ok
      ? 'The Gateway API routes below serve every host and path of these Ingresses, live and Accepted by their Gateways, so the Ingresses can go.'
      : 'Not every Ingress below can be removed yet: see the preflight findings.',
    '',
    '## Ingresses',
    ...ingresses.flatMap(({ ref, migration }) => [
      '',
      `- ${code(`Ingress ${ref}`)}: ${migration.message}`,
      ...hostLines(migration),
    ]),
    ...(deletedFiles.length > 0
      ? ['', '## Deleted files', '', ...deletedFiles.map(f => `- ${code(f)}`)]
      : []),
  ];
  return `${lines.join('\n')}\n`;
}
