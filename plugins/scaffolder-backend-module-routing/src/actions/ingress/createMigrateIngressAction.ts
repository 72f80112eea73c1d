import type { PermissionsService } from '@backstage/backend-plugin-api';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import type { ExposureService } from '@portway/plugin-routing-node';
import { checkExposurePermission } from '../checkExposurePermission';
import { examples } from './createMigrateIngressAction.examples';
import {
  gatewayInput,
  ingressChangeOutput,
  ingressInput,
} from './ingressActionSchema';
import { ingressChangeOpener, IngressChangeOptions } from './openIngressChange';

/**
 * Options for {@link createMigrateIngressAction}.
 *
 * @public
 */
export interface MigrateIngressActionOptions extends IngressChangeOptions {
  /** Decides whether the task's initiator may request exposure of the entity (`routing.exposure.create`). */
  permissions: PermissionsService;
  /** Converts the Ingresses and checks the routes against the live cluster (the migration preflight). */
  routingBackend: ExposureService;
}

/**
 * `routing:ingress:migrate`: for an initiator with `routing.exposure.create` on the entity, has
 * the routing backend convert some of its Ingresses into Gateway API routes on a shared
 * listener and check them against the live cluster (`POST /ingress-migrations/preflight`),
 * writes the routes (kustomization.yaml merged) into the workspace and opens the change, its
 * body the migration report. The Ingresses stay: they go in a later change, once their routes
 * are live (`routing:ingress:remove`). It records no exposure request: the hostnames are already
 * held by the entity's live Ingresses, which the routes replace.
 *
 * @public
 */
export function createMigrateIngressAction(
  options: MigrateIngressActionOptions,
) {
  const { permissions, routingBackend } = options;
  const openIngressChange = ingressChangeOpener(options);
  return createTemplateAction({
    id: 'routing:ingress:migrate',
    description:
      "Converts an entity's Ingresses into Gateway API routes on a shared Gateway listener, checks them against the live cluster and opens the GitOps change with the migration report; the Ingresses stay until the routes are live. It records no exposure request: the hostnames are already held by the entity's live Ingresses. In a dry run it writes the files and opens nothing",
    examples,
    supportsDryRun: true,
    schema: {
      input: { ...ingressInput, gateway: gatewayInput },
      output: {
        ...ingressChangeOutput,
        notes: z =>
          z
            .number()
            .int()
            .describe(
              'How many notes the report has: annotations and features not carried over, or carried over differently',
            ),
      },
    },
    async handler(ctx) {
      const { entityRef, cluster, namespace, ingresses, gateway } = ctx.input;
      const credentials = await ctx.getInitiatorCredentials();
      await checkExposurePermission(permissions, credentials, entityRef);

      const preview = await routingBackend.previewIngressMigration(
        { entityRef, cluster, namespace, ingresses, gateway },
        credentials,
      );
      await openIngressChange(ctx, {
        entityRef,
        preview,
        refusal: `The Ingresses of ${entityRef} cannot be migrated`,
      });
      ctx.output('notes', preview.notes.length);
    },
  });
}
