import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import { requestExposureRouteRef } from '../../routes';
import { RequestExposureButton } from './RequestExposureButton';

const formData =
  'formData=%7B%22entityRef%22%3A%22component%3Adefault%2Fstorefront%22%7D';

describe('RequestExposureButton', () => {
  it('links to the expose-http template with the entity filled in', async () => {
    await renderInTestApp(
      <RequestExposureButton entityRef="component:default/storefront" />,
    );

    expect(
      screen.getByRole('link', { name: 'Request exposure' }),
    ).toHaveAttribute(
      'href',
      `/create/templates/default/expose-http?${formData}`,
    );
  });

  it('opens another template when one is given', async () => {
    await renderInTestApp(
      <RequestExposureButton
        entityRef="component:default/storefront"
        template={{ namespace: 'platform', name: 'expose-grpc' }}
      />,
    );

    expect(
      screen.getByRole('link', { name: 'Request exposure' }),
    ).toHaveAttribute(
      'href',
      `/create/templates/platform/expose-grpc?${formData}`,
    );
  });

  it('follows the route the app bound for requesting exposure', async () => {
    await renderInTestApp(
      <RequestExposureButton entityRef="component:default/storefront" />,
      {
        mountedRoutes: {
          '/self-service/templates/:namespace/:templateName':
            requestExposureRouteRef,
        },
      },
    );

    expect(
      screen.getByRole('link', { name: 'Request exposure' }),
    ).toHaveAttribute(
      'href',
      `/self-service/templates/default/expose-http?${formData}`,
    );
  });
});
