import type { PermissionsService } from '@backstage/backend-plugin-api';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import type { ExposureService } from '@portway/plugin-routing-node';
import { checkExposurePermission } from '../checkExposurePermission';
import { examples } from './createRemoveIngressAction.examples';
import { ingressChangeOutput, ingressInput } from './ingressActionSchema';
import { ingressChangeOpener, IngressChangeOptions } from './openIngressChange';

/**
 * Options for {@link createRemoveIngressAction}.
 *
 * @public
 */
export interface RemoveIngressActionOptions extends IngressChangeOptions {
  /** Decides whether the task's initiator may request exposure of the entity (`routing.exposure.create`). */
  permissions: PermissionsService;
  /** Checks that the Ingresses' routes are live, and what their removal changes (the removal preflight). */
  routingBackend: ExposureService;
}

/**
 * `routing:ingress:remove`: for an initiator with `routing.exposure.create` on the entity, has
 * the routing backend check that the Ingresses' migration is complete (their routes live and
 * Accepted for every host and path) and what removing them changes
 * (`POST /ingress-removals/preflight`), writes the changed kustomization.yaml into the workspace and
 * opens the change that deletes the Ingress manifests in the same commit. A forge whose publish
 * action cannot delete files (GitLab, Bitbucket Server) gets the change without the deletions,
 * its body naming the files left to delete.
 *
 * @public
 */
export function createRemoveIngressAction(options: RemoveIngressActionOptions) {
  const { permissions, routingBackend } = options;
  const openIngressChange = ingressChangeOpener(options);
  return createTemplateAction({
    id: 'routing:ingress:remove',
    description:
      "Removes an entity's Ingresses whose Gateway API routes are live: drops them from kustomization.yaml and deletes their manifests in one GitOps change (on GitLab and Bitbucket Server, whose publish actions cannot delete files, the pull request names the files left to delete). In a dry run it writes the files and opens nothing",
    examples,
    supportsDryRun: true,
    schema: {
      input: ingressInput,
      output: {
        ...ingressChangeOutput,
        deletedFiles: z =>
          z
            .array(z.string())
            .describe(
              'Repository paths of the Ingress manifests the change deletes',
            ),
      },
    },
    async handler(ctx) {
      const { entityRef, cluster, namespace, ingresses } = ctx.input;
      const credentials = await ctx.getInitiatorCredentials();
      await checkExposurePermission(permissions, credentials, entityRef);

      const preview = await routingBackend.previewIngressRemoval(
        { entityRef, cluster, namespace, ingresses },
        credentials,
      );
      await openIngressChange(ctx, {
        entityRef,
        preview,
        refusal: `The Ingresses of ${entityRef} cannot be removed`,
        filesToDelete: preview.deletedFiles,
      });
      ctx.output('deletedFiles', preview.deletedFiles);
    },
  });
}
