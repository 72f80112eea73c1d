import type { PermissionsService } from '@backstage/backend-plugin-api';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import type { ExposureService } from '@portway/plugin-routing-node';
import { checkExposurePermission } from '../checkExposurePermission';
import { ingressChangeOutput } from '../ingress/ingressActionSchema';
import {
  ingressChangeOpener,
  type IngressChangeOptions,
} from '../ingress/openIngressChange';
import { examples } from './createConvertVirtualServiceAction.examples';

/**
 * Options for {@link createConvertVirtualServiceAction}.
 *
 * @public
 */
export interface ConvertVirtualServiceActionOptions
  extends IngressChangeOptions {
  /** Decides whether the task's initiator may request exposure of the entity (`routing.exposure.create`). */
  permissions: PermissionsService;
  /** Converts the VirtualServices and writes the routes' files (the VirtualService conversion preflight). */
  routingBackend: ExposureService;
}

/**
 * `routing:virtualservice:convert`: for an initiator with `routing.exposure.create` on the
 * entity, has the routing backend convert its mesh VirtualServices into Gateway API mesh routes
 * (`POST /virtual-service-conversions/preflight`, on the initiator's behalf: the converter of
 * `portway convert-mesh`), writes the routes (kustomization.yaml merged) into the workspace and
 * opens the change, its body the report with a note for every field that does not map. Experimental, as
 * Gateway API mesh routing is in Portway. The VirtualServices stay; no exposure request is
 * recorded (the Services are already the entity's).
 *
 * @public
 */
export function createConvertVirtualServiceAction(
  options: ConvertVirtualServiceActionOptions,
) {
  const { permissions, routingBackend } = options;
  const openChange = ingressChangeOpener(options);
  return createTemplateAction({
    id: 'routing:virtualservice:convert',
    description:
      "Converts an entity's mesh VirtualServices into Gateway API mesh routes (GRPCRoute or HTTPRoute whose parent is the Service; experimental), with a note for every field that does not map, and opens the GitOps change with the report; the VirtualServices stay. In a dry run it writes the files and opens nothing",
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        entityRef: z =>
          z
            .string()
            .describe(
              'The entity whose VirtualServices these are, e.g. component:default/storefront; the initiator needs routing.exposure.create on it',
            ),
        cluster: z =>
          z
            .string()
            .optional()
            .describe(
              "Only this cluster's VirtualServices (as Portway names it); every cluster's when unset",
            ),
        namespace: z =>
          z
            .string()
            .optional()
            .describe(
              "Only this namespace's VirtualServices; every namespace's when unset",
            ),
        virtualServices: z =>
          z
            .array(z.string())
            .optional()
            .describe(
              "Only these of the entity's VirtualServices (metadata.name); all of them when unset or empty",
            ),
      },
      output: {
        ...ingressChangeOutput,
        notes: z =>
          z
            .number()
            .int()
            .describe(
              'How many notes the report has: fields not carried over, or carried over differently',
            ),
      },
    },
    async handler(ctx) {
      const { entityRef, cluster, namespace, virtualServices } = ctx.input;
      const credentials = await ctx.getInitiatorCredentials();
      await checkExposurePermission(permissions, credentials, entityRef);

      const preview = await routingBackend.previewVirtualServiceConversion(
        { entityRef, cluster, namespace, virtualServices },
        credentials,
      );
      await openChange(ctx, {
        entityRef,
        preview,
        refusal: `The VirtualServices of ${entityRef} cannot be converted`,
      });
      ctx.output('notes', preview.notes.length);
    },
  });
}
