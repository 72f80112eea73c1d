/**
 * Portway routing for Backstage's new frontend system: the scaffolder form fields.
 *
 * @packageDocumentation
 */
import { createFrontendModule } from '@backstage/frontend-plugin-api';
import {
  createFormField,
  FormFieldBlueprint,
} from '@backstage/plugin-scaffolder-react/alpha';
import type { RoutingFieldOptions } from './components/fields/fieldOptions';

type FieldOptionsModule = typeof import('./components/fields/fieldOptions');

/** A form field extension that loads the field's code when the scaffolder first needs it. */
function routingFormField(
  name: string,
  pick: (fields: FieldOptionsModule) => RoutingFieldOptions<any, any>,
) {
  return FormFieldBlueprint.make({
    name,
    params: {
      field: async () =>
        createFormField(pick(await import('./components/fields/fieldOptions'))),
    },
  });
}

/**
 * The routing form fields as a module of the scaffolder plugin: RoutingServicePicker,
 * RoutingListenerPicker, RoutingHostnamesField, RoutingIngressClassPicker and
 * RoutingExposureReview. The fields need the RoutingApi (`routingApiRef`) in the app.
 *
 * @alpha
 */
export const routingFormFieldsModule = createFrontendModule({
  pluginId: 'scaffolder',
  extensions: [
    routingFormField(
      'routing-service-picker',
      m => m.routingServicePickerField,
    ),
    routingFormField(
      'routing-listener-picker',
      m => m.routingListenerPickerField,
    ),
    routingFormField('routing-hostnames', m => m.routingHostnamesField),
    routingFormField(
      'routing-ingress-class-picker',
      m => m.routingIngressClassPickerField,
    ),
    routingFormField(
      'routing-exposure-review',
      m => m.routingExposureReviewField,
    ),
  ],
});

export default routingFormFieldsModule;
