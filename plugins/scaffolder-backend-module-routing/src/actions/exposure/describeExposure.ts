import { parseEntityRef } from '@backstage/catalog-model';
import {
  exposureKind,
  exposureRouteName,
  ExposureRequest,
  Finding,
} from '@portway/plugin-routing-common';
import { REQUEST_BRANCH_PREFIX } from '@portway/plugin-routing-node';

/**
 * The branch for a request: `portway/expose-<entity name>-<type>-<object name>`, so that
 * requests of two types for one Service (a VirtualService and a GRPCRoute) do not collide.
 */
export function exposureBranchName(request: ExposureRequest): string {
  const entity = parseEntityRef(request.entityRef);
  return `${REQUEST_BRANCH_PREFIX}expose-${entity.name}-${
    request.type
  }-${exposureRouteName(request)}`.toLocaleLowerCase('en-US');
}

/** A pull request title: "Expose storefront: HTTPRoute on a shared Gateway". */
export function exposureTitle(request: ExposureRequest): string {
  const entity = parseEntityRef(request.entityRef);
  return `Expose ${entity.name}: ${exposureKind(request.type).title}`;
}

const code = (text: string | number) => `\`${text}\``;

/** What the object attaches to: a Gateway listener, an IngressClass, or else the mesh. */
function describeAttachment(request: ExposureRequest): string {
  if (request.gateway) {
    const { namespace, name, sectionName } = request.gateway;
    return `Gateway ${code(`${namespace}/${name}`)}${
      sectionName ? `, listener ${code(sectionName)}` : ''
    }`;
  }
  if (request.ingressClassName) {
    return `IngressClass ${code(request.ingressClassName)}`;
  }
  return `the mesh (${code('gateways: [mesh]')})`;
}

/** The request's matches: gRPC methods for gRPC, else paths (and headers). */
function describeMatches(request: ExposureRequest): string[] {
  if (request.grpc) {
    const methods = request.grpc.map(({ service, method }) =>
      method ? code(`${service}/${method}`) : `${code(service)} (every method)`,
    );
    return [`- **gRPC methods:** ${methods.join(', ')}`];
  }
  const lines = [
    `- **Paths:** ${request.paths
      .map(path => `${path.type} ${code(path.value)}`)
      .join(', ')}`,
  ];
  if (request.headers?.length) {
    const headers = request.headers.map(h => code(`${h.name}: ${h.value}`));
    lines.push(`- **Headers:** ${headers.join(', ')}`);
  }
  return lines;
}

/** Timeout, retries and TLS, for the requests that set them. */
function describeTraffic(request: ExposureRequest): string[] {
  const lines: string[] = [];
  if (request.timeout) lines.push(`- **Timeout:** ${code(request.timeout)}`);
  if (request.retries) {
    const { attempts, perTryTimeout, retryOn } = request.retries;
    lines.push(
      `- **Retries:** ${attempts} attempts${
        perTryTimeout ? `, ${code(perTryTimeout)} each` : ''
      }${retryOn ? `, on ${code(retryOn)}` : ''}`,
    );
  }
  if (request.tls) {
    lines.push(`- **TLS Secret:** ${code(request.tls.secretName)}`);
  }
  return lines;
}

function describeFinding(finding: Finding): string {
  const field = finding.field ? ` (${finding.field})` : '';
  return `- **${finding.severity}** ${code(finding.code)}${field}: ${
    finding.message
  }`;
}

function section(title: string, lines: string[]): string[] {
  return lines.length > 0 ? ['', `**${title}:**`, ...lines] : [];
}

/**
 * A pull request description in markdown: what was asked for (with the kind's title), where it
 * attaches, the URLs it will have, the preflight's warnings and notes, and the files.
 */
export function exposureDescription(
  request: ExposureRequest,
  files: string[],
  findings: Finding[],
): string {
  const kind = exposureKind(request.type);
  const hostnames = kind.hostnames(request);
  const lines = [
    `Portway exposure request for ${code(request.entityRef)}.`,
    '',
    `- **Type:** ${kind.title} (${code(request.type)})`,
    `- **Service:** ${code(
      `${request.service.name}:${request.service.port}`,
    )} in cluster ${code(request.cluster)}, namespace ${code(
      request.namespace,
    )}`,
    `- **Attaches to:** ${describeAttachment(request)}`,
    `- **Hostnames:** ${hostnames.map(code).join(', ') || 'none'}`,
    ...describeMatches(request),
    ...describeTraffic(request),
    ...section(
      'URLs',
      kind.urls(request).map(url => `- ${url}`),
    ),
    ...section(
      'Findings',
      findings.filter(f => f.severity !== 'error').map(describeFinding),
    ),
    ...section(
      'Files',
      files.map(file => `- ${code(file)}`),
    ),
  ];
  return `${lines.join('\n')}\n`;
}
