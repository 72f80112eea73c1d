import { PermissionsService } from '@backstage/backend-plugin-api';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  entityRoutingPath,
  gitopsFolder,
} from '@portway/plugin-routing-common';
import type {
  ExposureService,
  GitOpsRepository,
} from '@portway/plugin-routing-node';
import { assertNoErrorFindings } from '../../findings/assertNoErrorFindings';
import { checkExposurePermission } from '../checkExposurePermission';
import {
  exposureBranchName,
  exposureDescription,
  exposureTitle,
} from './describeExposure';
import { exposureInput, exposureOutput } from './exposureActionSchema';
import { examples } from './createRenderExposureAction.examples';
import { parseExposureInput } from './parseExposureInput';
import { writeWorkspaceFiles } from '../writeWorkspaceFiles';

/**
 * Options for {@link createRenderExposureAction}.
 *
 * @public
 */
export interface RenderExposureActionOptions {
  /** Where the change goes (`target`), for the template's publish step. */
  gitops: Pick<GitOpsRepository, 'target'>;
  /** Decides whether the task's initiator may request exposure of the entity (`routing.exposure.create`). */
  permissions: PermissionsService;
  /** Runs the preflight against the live cluster and the GitOps folder. */
  routingBackend: ExposureService;
}

/**
 * `routing:exposure:render`: checks the initiator's permission, has the routing backend check
 * the exposure request against the live cluster (its preflight), and writes the files the
 * preflight returns (merged with the GitOps folder) into the workspace at their repository
 * paths, ready for `routing:exposure:open`; it outputs the parsed request it checked. Writes
 * nothing when any finding is an error.
 *
 * @public
 */
export function createRenderExposureAction(
  options: RenderExposureActionOptions,
) {
  const { gitops, permissions, routingBackend } = options;
  return createTemplateAction({
    id: 'routing:exposure:render',
    description:
      'Checks a Portway exposure request against the live cluster and renders its manifests into the workspace, merged with the GitOps repository',
    examples,
    supportsDryRun: true,
    schema: { input: exposureInput, output: exposureOutput },
    async handler(ctx) {
      const request = parseExposureInput(ctx.input);
      const credentials = await ctx.getInitiatorCredentials();
      await checkExposurePermission(
        permissions,
        credentials,
        request.entityRef,
      );

      const result = await routingBackend.preflight(request, credentials);
      assertNoErrorFindings(
        'The exposure request cannot be rendered',
        result.findings,
      );

      await writeWorkspaceFiles(ctx.workspacePath, result.files);
      const folder = gitopsFolder(request);
      const files = result.files.map(file => file.path);
      const findings = result.findings.filter(
        finding => finding.severity !== 'error',
      );
      ctx.logger.info(
        `Rendered ${files.length} files for ${request.entityRef}`,
        { type: request.type, folder, files, provider: gitops.target.provider },
      );

      ctx.output('files', files);
      ctx.output('folder', folder);
      ctx.output('branchName', exposureBranchName(request));
      ctx.output('title', exposureTitle(request));
      ctx.output('description', exposureDescription(request, files, findings));
      ctx.output('findings', findings);
      ctx.output('routingPath', entityRoutingPath(request.entityRef));
      ctx.output('gitops', { ...gitops.target });
      ctx.output('request', request);
    },
  });
}
