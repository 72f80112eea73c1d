import { parseEntityRef } from '@backstage/catalog-model';
import {
  exposureRouteName,
  ExposureRequest,
  Finding,
} from '@portway/plugin-routing-common';
import { REQUEST_BRANCH_PREFIX } from '@portway/plugin-routing-node';

const TYPE_WORDS: Record<ExposureRequest['type'], string> = {
  http: 'HTTP',
  'grpc-mesh': 'gRPC through the mesh',
  'grpc-gateway': 'gRPC through the Gateway',
  ingress: 'an Ingress',
};

/** The branch for a request: `portway/expose-<entity name>-<route name>`. */
export function exposureBranchName(request: ExposureRequest): string {
  const entity = parseEntityRef(request.entityRef);
  return `${REQUEST_BRANCH_PREFIX}expose-${entity.name}-${exposureRouteName(
    request,
  )}`.toLocaleLowerCase('en-US');
}

/** A pull request title: "Expose storefront over HTTP". */
export function exposureTitle(request: ExposureRequest): string {
  const entity = parseEntityRef(request.entityRef);
  return `Expose ${entity.name} over ${TYPE_WORDS[request.type]}`;
}

/** The path of the entity's Routing tab in the portal, where the request shows as pending. */
export function entityRoutingPath(entityRef: string): string {
  const { kind, namespace, name } = parseEntityRef(entityRef);
  return `/catalog/${namespace}/${kind.toLocaleLowerCase(
    'en-US',
  )}/${name}/routing`;
}

function describeGateway(request: ExposureRequest): string {
  if (!request.gateway) return 'none';
  const { namespace, name, sectionName } = request.gateway;
  return `\`${namespace}/${name}\`${
    sectionName ? `, listener \`${sectionName}\`` : ''
  }`;
}

function describeFinding(finding: Finding): string {
  const field = finding.field ? ` (${finding.field})` : '';
  return `- **${finding.severity}** \`${finding.code}\`${field}: ${finding.message}`;
}

/** A pull request description in markdown: what was asked for, the files and any findings. */
export function exposureDescription(
  request: ExposureRequest,
  files: string[],
  findings: Finding[],
): string {
  const lines = [
    `Portway exposure request for \`${request.entityRef}\`.`,
    '',
    `- **Type:** ${TYPE_WORDS[request.type]}`,
    `- **Cluster / namespace:** \`${request.cluster}\` / \`${request.namespace}\``,
    `- **Service:** \`${request.service.name}:${request.service.port}\``,
    `- **Hostnames:** ${
      request.hostnames.map(h => `\`${h}\``).join(', ') || 'none'
    }`,
    `- **Paths:** ${request.paths
      .map(p => `${p.type} \`${p.value}\``)
      .join(', ')}`,
    `- **Gateway:** ${describeGateway(request)}`,
    '',
    '**Files:**',
    ...files.map(file => `- \`${file}\``),
  ];
  const notable = findings.filter(f => f.severity !== 'error');
  if (notable.length > 0) {
    lines.push('', '**Findings:**', ...notable.map(describeFinding));
  }
  return `${lines.join('\n')}\n`;
}
