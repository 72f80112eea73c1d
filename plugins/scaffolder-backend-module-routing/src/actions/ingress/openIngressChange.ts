import type { ActionContext } from '@backstage/plugin-scaffolder-node';
import {
  entityRoutingPath,
  type RenderResult,
} from '@portway/plugin-routing-common';
import type { GitOpsRepository } from '@portway/plugin-routing-node';
import { assertNoErrorFindings } from '../../findings/assertNoErrorFindings';
import { changeOpenerFor } from '../openChange/changeOpenerFor';
import type { OpenedChange, PublishActions } from '../openChange/types';
import { writeWorkspaceFiles } from '../writeWorkspaceFiles';

/** What a preview of the routing backend gives for a change: its files, branch, title and body. */
export type IngressChangePreview = RenderResult & {
  report: string;
  branchName: string;
  title: string;
};

/**
 * Where the Ingress actions open their changes.
 *
 * @public
 */
export interface IngressChangeOptions {
  /** The configured GitOps repository: a branch of the local one, or a forge's pull request. */
  gitops: GitOpsRepository;
  /** Backstage's own publish actions, which open the pull (merge) request on a forge. */
  publishActions: PublishActions;
}

/** The change to open for an entity's Ingresses. */
export interface IngressChange {
  entityRef: string;
  /** The routing backend's preview of the change. */
  preview: IngressChangePreview;
  /** The heading of the InputError when the preview has error findings. */
  refusal: string;
  /** Repository paths of files the change deletes. */
  filesToDelete?: string[];
}

/** Opens the change of a preview; see {@link ingressChangeOpener}. */
export type OpenIngressChange = (
  ctx: ActionContext<any, any>,
  change: IngressChange,
) => Promise<void>;

/**
 * The last part of both Ingress actions: refuses a preview with error findings (InputError
 * listing them, nothing written), writes its files into the workspace at their repository
 * paths, opens the change with the preview's branch, title and report (and deletions) inside
 * `ctx.checkpoint`, so a retried task reuses the change, and outputs where it is. A dry run
 * writes the files and opens nothing.
 */
export function ingressChangeOpener(
  options: IngressChangeOptions,
): OpenIngressChange {
  const { gitops, publishActions } = options;
  const openChange = changeOpenerFor(gitops, publishActions);

  return async (ctx, change) => {
    const { entityRef, preview, refusal, filesToDelete = [] } = change;
    assertNoErrorFindings(refusal, preview.findings);
    await writeWorkspaceFiles(ctx.workspacePath, preview.files);
    const { branchName, title, report } = preview;
    const files = preview.files.map(file => file.path);
    ctx.output('branchName', branchName);
    ctx.output('title', title);
    ctx.output('report', report);
    ctx.output('files', files);
    ctx.output('routingPath', entityRoutingPath(entityRef));

    if (ctx.isDryRun) {
      ctx.logger.info(
        `Dry run: wrote ${files.length} files for ${entityRef}; no change is opened`,
        { files, filesToDelete },
      );
      ctx.output('provider', gitops.target.provider);
      return;
    }
    const opened = await ctx.checkpoint({
      key: `routing.ingress.change.${branchName}`,
      fn: () =>
        openChange(ctx, {
          branchName,
          title,
          description: report,
          sourcePath: '.',
          filesToDelete,
        }),
    });
    ctx.logger.info(`The change for ${entityRef} is at ${opened.changeUrl}`, {
      files,
      filesToDelete,
    });
    for (const [name, value] of Object.entries(opened)) {
      if (value !== undefined) {
        ctx.output(name as keyof OpenedChange, value);
      }
    }
  };
}
