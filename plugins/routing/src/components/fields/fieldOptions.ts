import type { FieldExtensionOptions } from '@backstage/plugin-scaffolder-react';
import {
  RoutingExposureReview,
  validateExposureReview,
} from './RoutingExposureReview';
import { RoutingHostnamesField } from './RoutingHostnamesField';
import { RoutingIngressClassPicker } from './RoutingIngressClassPicker';
import {
  RoutingIngressMigrationPicker,
  validateIngressSelection,
  type RoutingIngressMigrationPickerUiOptions,
} from './RoutingIngressMigrationPicker';
import {
  RoutingListenerPicker,
  type RoutingListenerPickerUiOptions,
} from './RoutingListenerPicker';
import {
  RoutingMigrationReview,
  validateMigrationReview,
  type RoutingMigrationReviewUiOptions,
} from './RoutingMigrationReview';
import {
  RoutingServicePicker,
  validateServiceTarget,
} from './RoutingServicePicker';
import {
  RoutingVirtualServiceConversionReview,
  validateVirtualServiceConversionReview,
} from './RoutingVirtualServiceConversionReview';
import {
  RoutingVirtualServicePicker,
  validateVirtualServiceSelection,
} from './RoutingVirtualServicePicker';
import type {
  ExposureReviewValue,
  GatewayListenerValue,
  IngressSelection,
  ServiceTarget,
  VirtualServiceSelection,
} from './types';

/**
 * What both frontend systems need of a field: its `ui:field` name, component and validation
 * (no schema: the templates declare their parameters).
 */
export type RoutingFieldOptions<TValue, TUiOptions = {}> = Omit<
  FieldExtensionOptions<TValue, TUiOptions>,
  'schema'
>;

/** `ui:field: RoutingServicePicker`, the form's `target`. */
export const routingServicePickerField: RoutingFieldOptions<ServiceTarget> = {
  name: 'RoutingServicePicker',
  component: RoutingServicePicker,
  validation: validateServiceTarget,
};

/** `ui:field: RoutingListenerPicker`, the form's `gateway`. */
export const routingListenerPickerField: RoutingFieldOptions<
  GatewayListenerValue,
  RoutingListenerPickerUiOptions
> = {
  name: 'RoutingListenerPicker',
  component: RoutingListenerPicker,
};

/** `ui:field: RoutingHostnamesField`, the form's `hostnames`. */
export const routingHostnamesField: RoutingFieldOptions<string[]> = {
  name: 'RoutingHostnamesField',
  component: RoutingHostnamesField,
};

/** `ui:field: RoutingIngressClassPicker`, the form's `ingressClassName`. */
export const routingIngressClassPickerField: RoutingFieldOptions<string> = {
  name: 'RoutingIngressClassPicker',
  component: RoutingIngressClassPicker,
};

/** `ui:field: RoutingExposureReview`, the form's `review`; blocks Create on errors. */
export const routingExposureReviewField: RoutingFieldOptions<ExposureReviewValue> =
  {
    name: 'RoutingExposureReview',
    component: RoutingExposureReview,
    validation: validateExposureReview,
  };

/** `ui:field: RoutingIngressMigrationPicker`, the form's `ingress`: at least one Ingress. */
export const routingIngressMigrationPickerField: RoutingFieldOptions<
  IngressSelection,
  RoutingIngressMigrationPickerUiOptions
> = {
  name: 'RoutingIngressMigrationPicker',
  component: RoutingIngressMigrationPicker,
  validation: validateIngressSelection,
};

/** `ui:field: RoutingMigrationReview`, the form's `review`; blocks the next step on errors. */
export const routingMigrationReviewField: RoutingFieldOptions<
  ExposureReviewValue,
  RoutingMigrationReviewUiOptions
> = {
  name: 'RoutingMigrationReview',
  component: RoutingMigrationReview,
  validation: validateMigrationReview,
};

/** `ui:field: RoutingVirtualServicePicker`, the form's `virtualService`: at least one VirtualService. */
export const routingVirtualServicePickerField: RoutingFieldOptions<VirtualServiceSelection> =
  {
    name: 'RoutingVirtualServicePicker',
    component: RoutingVirtualServicePicker,
    validation: validateVirtualServiceSelection,
  };

/** `ui:field: RoutingVirtualServiceConversionReview`, the form's `review`; blocks the next step on errors. */
export const routingVirtualServiceConversionReviewField: RoutingFieldOptions<ExposureReviewValue> =
  {
    name: 'RoutingVirtualServiceConversionReview',
    component: RoutingVirtualServiceConversionReview,
    validation: validateVirtualServiceConversionReview,
  };
