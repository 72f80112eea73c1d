import {
  createFormField,
  FormFieldBlueprint,
} from '@backstage/plugin-scaffolder-react/alpha';
import type { RoutingFieldOptions } from '../components/fields/fieldOptions';

type FieldOptionsModule = typeof import('../components/fields/fieldOptions');

/**
 * A form field for the scaffolder's `api:scaffolder/form-fields`, loading the field's code
 * when the scaffolder first asks for its fields.
 */
function routingFormField<TName extends string>(
  name: TName,
  pick: (fields: FieldOptionsModule) => RoutingFieldOptions<any, any>,
) {
  return FormFieldBlueprint.make({
    name,
    params: {
      field: async () =>
        createFormField(
          pick(await import('../components/fields/fieldOptions')),
        ),
    },
  });
}

/**
 * The routing form fields for Software Templates: RoutingServicePicker,
 * RoutingListenerPicker, RoutingHostnamesField, RoutingIngressClassPicker,
 * RoutingExposureReview, and for the Ingress migration RoutingIngressMigrationPicker and
 * RoutingMigrationReview, and for the VirtualService conversion RoutingVirtualServicePicker and
 * RoutingVirtualServiceConversionReview. They attach to the scaffolder's form fields, so an app that installs
 * the routing plugin and the scaffolder has them.
 */
export const routingFormFields = [
  routingFormField('service-picker', m => m.routingServicePickerField),
  routingFormField('listener-picker', m => m.routingListenerPickerField),
  routingFormField('hostnames', m => m.routingHostnamesField),
  routingFormField(
    'ingress-class-picker',
    m => m.routingIngressClassPickerField,
  ),
  routingFormField('exposure-review', m => m.routingExposureReviewField),
  routingFormField(
    'ingress-migration-picker',
    m => m.routingIngressMigrationPickerField,
  ),
  routingFormField('migration-review', m => m.routingMigrationReviewField),
  routingFormField(
    'virtualservice-picker',
    m => m.routingVirtualServicePickerField,
  ),
  routingFormField(
    'virtualservice-conversion-review',
    m => m.routingVirtualServiceConversionReviewField,
  ),
] as const;
