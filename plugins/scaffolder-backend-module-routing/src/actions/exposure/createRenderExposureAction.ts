import { PermissionsService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  ExposureRequest,
  Finding,
  gitopsFolder,
  MalformedExposureRequestError,
  parseExposureRequest,
  renderExposure,
  validateExposureRequest,
} from '@portway/plugin-routing-common';
import { GitOpsRepository } from '@portway/plugin-routing-node';
import { checkExposurePermission } from './checkExposurePermission';
import {
  entityRoutingPath,
  exposureBranchName,
  exposureDescription,
  exposureTitle,
} from './describeExposure';
import { exposureInput, exposureOutput } from './exposureActionSchema';
import { examples } from './createRenderExposureAction.examples';
import { writeWorkspaceFiles } from './writeWorkspaceFiles';

/** Options for {@link createRenderExposureAction}. */
export interface RenderExposureActionOptions {
  /** The GitOps repository whose existing files the manifests are merged with. */
  gitops: GitOpsRepository;
  permissions: PermissionsService;
}

function parseRequest(input: object): ExposureRequest {
  try {
    return parseExposureRequest({ type: 'http', ...input });
  } catch (error) {
    if (error instanceof MalformedExposureRequestError) {
      throw new InputError(error.message);
    }
    throw error;
  }
}

function describeErrorFinding(finding: Finding): string {
  const prefixed = !finding.field || finding.message.startsWith(finding.field);
  return `- ${prefixed ? '' : `${finding.field}: `}${finding.message}`;
}

/** Throws InputError listing every error finding, each with its field. */
function assertNoErrors(findings: Finding[]): void {
  const errors = findings.filter(finding => finding.severity === 'error');
  if (errors.length > 0) {
    throw new InputError(
      `The exposure request cannot be rendered:\n${errors
        .map(describeErrorFinding)
        .join('\n')}`,
    );
  }
}

/**
 * `routing:exposure:render`: checks an exposure request and the initiator's permission, merges
 * the manifests with what the GitOps repository already holds, and writes them into the
 * workspace at their repository paths, ready for a publish step. Writes nothing on any error.
 */
export function createRenderExposureAction(
  options: RenderExposureActionOptions,
) {
  const { gitops, permissions } = options;
  return createTemplateAction({
    id: 'routing:exposure:render',
    description:
      'Renders the manifests of a Portway exposure request into the workspace, merged with the GitOps repository',
    examples,
    supportsDryRun: true,
    schema: { input: exposureInput, output: exposureOutput },
    async handler(ctx) {
      const request = parseRequest(ctx.input);
      assertNoErrors(validateExposureRequest(request));
      await checkExposurePermission(
        permissions,
        await ctx.getInitiatorCredentials(),
        request.entityRef,
      );

      const folder = gitopsFolder(request);
      const existing = await gitops.readFolder(folder);
      const result = renderExposure(request, existing);
      assertNoErrors(result.findings);

      await writeWorkspaceFiles(ctx.workspacePath, result.files);
      const files = result.files.map(file => file.path);
      const findings = result.findings.filter(
        finding => finding.severity !== 'error',
      );
      ctx.logger.info(
        `Rendered ${files.length} files for ${request.entityRef}`,
        {
          folder,
          files,
          provider: gitops.target.provider,
        },
      );

      ctx.output('files', files);
      ctx.output('folder', folder);
      ctx.output('branchName', exposureBranchName(request));
      ctx.output('title', exposureTitle(request));
      ctx.output('description', exposureDescription(request, files, findings));
      ctx.output('findings', findings);
      ctx.output('routingPath', entityRoutingPath(request.entityRef));
      ctx.output('gitops', { ...gitops.target });
    },
  });
}
