import type { ReactNode } from 'react';
import { renderHook } from '@testing-library/react';
import { wrapInTestApp } from '@backstage/test-utils';
import {
  ScaffolderFieldExtensions,
  useCustomFieldExtensions,
} from '@backstage/plugin-scaffolder-react';
import {
  RoutingExposureReviewFieldExtension,
  RoutingHostnamesFieldExtension,
  RoutingIngressClassPickerFieldExtension,
  RoutingIngressMigrationPickerFieldExtension,
  RoutingListenerPickerFieldExtension,
  RoutingMigrationReviewFieldExtension,
  RoutingServicePickerFieldExtension,
} from './fieldExtensions';
import { RoutingServicePicker } from './components/fields/RoutingServicePicker';
import { validateExposureReview } from './components/fields/RoutingExposureReview';
import { validateIngressSelection } from './components/fields/RoutingIngressMigrationPicker';
import { validateMigrationReview } from './components/fields/RoutingMigrationReview';

describe('the legacy field extensions', () => {
  it('register each field under the ui:field name the templates use, with its validation', () => {
    const { result } = renderHook(
      () =>
        useCustomFieldExtensions(
          <ScaffolderFieldExtensions>
            <RoutingServicePickerFieldExtension />
            <RoutingListenerPickerFieldExtension />
            <RoutingHostnamesFieldExtension />
            <RoutingIngressClassPickerFieldExtension />
            <RoutingExposureReviewFieldExtension />
            <RoutingIngressMigrationPickerFieldExtension />
            <RoutingMigrationReviewFieldExtension />
          </ScaffolderFieldExtensions>,
        ),
      {
        wrapper: ({ children }: { children: ReactNode }) =>
          wrapInTestApp(children),
      },
    );

    expect(result.current.map(field => field.name)).toEqual([
      'RoutingServicePicker',
      'RoutingListenerPicker',
      'RoutingHostnamesField',
      'RoutingIngressClassPicker',
      'RoutingExposureReview',
      'RoutingIngressMigrationPicker',
      'RoutingMigrationReview',
    ]);
    expect(result.current[0].component).toBe(RoutingServicePicker);
    expect(result.current[4].validation).toBe(validateExposureReview);
    expect(result.current[5].validation).toBe(validateIngressSelection);
    expect(result.current[6].validation).toBe(validateMigrationReview);
  });
});
