import type {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { ForwardedError, InputError, isError } from '@backstage/errors';
import {
  ActionContext,
  createTemplateAction,
} from '@backstage/plugin-scaffolder-node';
import type {
  ExposureService,
  GitOpsRepository,
} from '@portway/plugin-routing-node';
import { checkExposurePermission } from '../checkExposurePermission';
import { examples } from './createOpenExposureAction.examples';
import { exposureRequestObject } from './exposureActionSchema';
import { changeOpenerFor } from '../openChange/changeOpenerFor';
import type {
  ChangeToOpen,
  OpenedChange,
  PublishActions,
} from '../openChange/types';
import { parseExposureInput } from './parseExposureInput';

/**
 * Options for {@link createOpenExposureAction}.
 *
 * @public
 */
export interface OpenExposureActionOptions {
  /** The configured GitOps repository: the change is a branch of the local one, or a forge's pull request. */
  gitops: GitOpsRepository;
  /** Decides whether the task's initiator may request exposure of the entity (`routing.exposure.create`). */
  permissions: PermissionsService;
  /** Records the request, its change, or its release. */
  routingBackend: ExposureService;
  /** Backstage's own publish actions, which open the pull (merge) request on a forge. */
  publishActions: PublishActions;
}

const normalizedRef = (ref: string) =>
  stringifyEntityRef(parseEntityRef(ref)).toLocaleLowerCase('en-US');

/** The longest release reason the routing backend takes. */
const MAX_REASON_LENGTH = 2000;

/** Why the change could not be opened, in the words of its error, as long as the routing backend takes. */
function releaseReason(error: unknown): string {
  const reason =
    (isError(error) ? error.message : String(error)) ||
    'The change could not be opened';
  return reason.length > MAX_REASON_LENGTH
    ? `${reason.slice(0, MAX_REASON_LENGTH - 1)}…`
    : reason;
}

/**
 * `routing:exposure:open`: records an exposure request with the routing backend (its
 * hostnames reserved) on behalf of the initiator, who needs `routing.exposure.create` on the
 * entity; opens its GitOps change (a branch of the local repository, or a pull request through
 * Backstage's `publish:github:pull-request`, `publish:gitlab:merge-request` or
 * `publish:bitbucketServer:pull-request`); and records that change (state `open`). When the
 * change cannot be opened the request is released, so nothing stays reserved for it. A retried
 * task reuses the request and the change of its first run.
 *
 * @public
 */
export function createOpenExposureAction(options: OpenExposureActionOptions) {
  const { gitops, permissions, routingBackend, publishActions } = options;
  const openChange = changeOpenerFor(gitops, publishActions);

  /** Opens the change; when that fails, releases the request and throws the failure. */
  async function openOrRelease(
    ctx: ActionContext<any, any>,
    id: string,
    change: ChangeToOpen,
    credentials: BackstageCredentials,
  ): Promise<OpenedChange> {
    try {
      return await ctx.checkpoint({
        key: `routing.exposure.change.${id}`,
        fn: () => openChange(ctx, change),
      });
    } catch (error) {
      try {
        await routingBackend.release(id, releaseReason(error), credentials);
        ctx.logger.warn(
          `Released exposure request ${id}: its change could not be opened`,
        );
      } catch (releaseError) {
        ctx.logger.error(
          `Exposure request ${id} could not be released after its change failed to open: ${
            isError(releaseError) ? releaseError.message : releaseError
          }`,
        );
      }
      throw error;
    }
  }

  return createTemplateAction({
    id: 'routing:exposure:open',
    description:
      'Records a Portway exposure request (its hostnames reserved) and opens its GitOps change: a branch of the local repository or a pull request on the forge',
    examples,
    schema: {
      input: {
        entityRef: z =>
          z
            .string()
            .describe(
              'The entity the request is for; the initiator needs routing.exposure.create on it',
            ),
        request: z =>
          exposureRequestObject(z).describe(
            'The exposure request, as routing:exposure:render outputs it (`request`); its entityRef must be entityRef',
          ),
        branchName: z =>
          z
            .string()
            .describe('The branch of the change; it must not exist yet'),
        title: z =>
          z
            .string()
            .describe('The pull request title (the first line of the commit)'),
        description: z =>
          z
            .string()
            .optional()
            .describe('The pull request description (markdown)'),
        sourcePath: z =>
          z
            .string()
            .optional()
            .describe(
              'Workspace folder whose files the change holds, default "." (the whole workspace)',
            ),
      },
      output: {
        requestId: z =>
          z.string().describe('The id of the recorded exposure request'),
        state: z =>
          z.string().describe('The state of the request: open once recorded'),
        provider: z =>
          z
            .enum(['local', 'github', 'gitlab', 'bitbucketServer'])
            .describe('Where the change was opened'),
        branchName: z => z.string().describe('The branch of the change'),
        pullRequestUrl: z =>
          z
            .string()
            .optional()
            .describe('The pull (merge) request on the forge; forges only'),
        commitSha: z =>
          z
            .string()
            .optional()
            .describe('The commit on the branch; the local repository only'),
        repositoryPath: z =>
          z
            .string()
            .optional()
            .describe(
              'Path of the local repository on the backend host; the local repository only',
            ),
        remoteUrl: z =>
          z
            .string()
            .optional()
            .describe(
              'A file:// URL of the local repository, for `git clone`; the local repository only',
            ),
        changeUrl: z =>
          z
            .string()
            .describe(
              "Where the change is: the pull request, or the local repository's file:// URL",
            ),
      },
    },
    async handler(ctx) {
      const { entityRef, branchName, title } = ctx.input;
      const request = parseExposureInput(ctx.input.request);
      if (normalizedRef(request.entityRef) !== normalizedRef(entityRef)) {
        throw new InputError(
          `The exposure request is for ${request.entityRef}, not for ${entityRef}`,
        );
      }
      const credentials = await ctx.getInitiatorCredentials();
      await checkExposurePermission(permissions, credentials, entityRef);

      const { id } = await ctx.checkpoint({
        key: `routing.exposure.request.${branchName}`,
        fn: async () => {
          const created = await routingBackend.createRequest(
            request,
            credentials,
          );
          return { id: created.request.id };
        },
      });
      ctx.logger.info(`Exposure request ${id} of ${entityRef} is recorded`);

      const opened = await openOrRelease(
        ctx,
        id,
        {
          branchName,
          title,
          description: ctx.input.description ?? '',
          sourcePath: ctx.input.sourcePath ?? '.',
        },
        credentials,
      );

      const { provider, commitSha, pullRequestUrl } = opened;
      let recorded;
      try {
        recorded = await routingBackend.recordChange(
          id,
          { provider, branchName, commitSha, pullRequestUrl },
          credentials,
        );
      } catch (error) {
        throw new ForwardedError(
          `The change is at ${opened.changeUrl} but was not recorded for exposure request ${id}`,
          error,
        );
      }
      ctx.logger.info(
        `Exposure request ${id} is ${recorded.state}: ${opened.changeUrl}`,
      );

      ctx.output('requestId', id);
      ctx.output('state', recorded.state);
      for (const [name, value] of Object.entries(opened)) {
        if (value !== undefined) {
          ctx.output(name as keyof OpenedChange, value);
        }
      }
    },
  });
}
