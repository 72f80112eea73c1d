import { createScaffolderFieldExtension } from '@backstage/plugin-scaffolder-react';
import {
  routingExposureReviewField,
  routingHostnamesField,
  routingIngressClassPickerField,
  routingIngressMigrationPickerField,
  routingListenerPickerField,
  routingMigrationReviewField,
  routingServicePickerField,
  routingVirtualServiceConversionReviewField,
  routingVirtualServicePickerField,
} from './components/fields/fieldOptions';
import { routingPlugin } from './plugin';

/**
 * The Service picker for Software Templates (`ui:field: RoutingServicePicker`): one port of
 * one of the entity's Services, as `{ cluster, namespace, name, port }`.
 *
 * @public
 */
export const RoutingServicePickerFieldExtension = routingPlugin.provide(
  createScaffolderFieldExtension(routingServicePickerField),
);

/**
 * The Gateway listener picker (`ui:field: RoutingListenerPicker`), as
 * `{ namespace, name, sectionName }`.
 *
 * @public
 */
export const RoutingListenerPickerFieldExtension = routingPlugin.provide(
  createScaffolderFieldExtension(routingListenerPickerField),
);

/**
 * The hostnames field (`ui:field: RoutingHostnamesField`), checked by the preflight as they
 * are typed.
 *
 * @public
 */
export const RoutingHostnamesFieldExtension = routingPlugin.provide(
  createScaffolderFieldExtension(routingHostnamesField),
);

/**
 * The IngressClass picker (`ui:field: RoutingIngressClassPicker`), the class name.
 *
 * @public
 */
export const RoutingIngressClassPickerFieldExtension = routingPlugin.provide(
  createScaffolderFieldExtension(routingIngressClassPickerField),
);

/**
 * The review of the whole request (`ui:field: RoutingExposureReview`): findings and files;
 * its validation keeps a request with errors from being created.
 *
 * @public
 */
export const RoutingExposureReviewFieldExtension = routingPlugin.provide(
  createScaffolderFieldExtension(routingExposureReviewField),
);

/**
 * The Ingress picker of the migration templates (`ui:field: RoutingIngressMigrationPicker`):
 * Ingresses of one cluster and namespace, as `{ cluster, namespace, names }`.
 *
 * @public
 */
export const RoutingIngressMigrationPickerFieldExtension =
  routingPlugin.provide(
    createScaffolderFieldExtension(routingIngressMigrationPickerField),
  );

/**
 * The review of an Ingress migration or removal (`ui:field: RoutingMigrationReview`):
 * findings, files and notes; its validation keeps a change with errors from being requested.
 *
 * @public
 */
export const RoutingMigrationReviewFieldExtension = routingPlugin.provide(
  createScaffolderFieldExtension(routingMigrationReviewField),
);

/**
 * The VirtualService picker of the conversion template (`ui:field: RoutingVirtualServicePicker`):
 * mesh VirtualServices of one cluster and namespace, as `{ cluster, namespace, names }`.
 *
 * @public
 */
export const RoutingVirtualServicePickerFieldExtension = routingPlugin.provide(
  createScaffolderFieldExtension(routingVirtualServicePickerField),
);

/**
 * The review of a VirtualService conversion (`ui:field: RoutingVirtualServiceConversionReview`):
 * findings, files and notes; its validation keeps a change with errors from being requested.
 *
 * @public
 */
export const RoutingVirtualServiceConversionReviewFieldExtension =
  routingPlugin.provide(
    createScaffolderFieldExtension(routingVirtualServiceConversionReviewField),
  );
