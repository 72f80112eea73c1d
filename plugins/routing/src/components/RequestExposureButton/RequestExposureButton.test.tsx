import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { requestExposureRouteRef } from '../../routes';
import { renderWithPermission } from '../../__testUtils__/renderWithPermission';
import { RequestExposureButton } from './RequestExposureButton';

const formData =
  'formData=%7B%22entityRef%22%3A%22component%3Adefault%2Fstorefront%22%7D';

async function openMenu() {
  await userEvent.click(
    screen.getByRole('button', { name: 'Choose how to expose' }),
  );
  return screen.getByRole('menu');
}

describe('RequestExposureButton', () => {
  it('links to the expose-http template with the entity filled in', async () => {
    await renderWithPermission(
      <RequestExposureButton entityRef="component:default/storefront" />,
    );

    expect(
      screen.getByRole('link', { name: 'Request exposure' }),
    ).toHaveAttribute(
      'href',
      `/create/templates/default/expose-http?${formData}`,
    );
  });

  it('offers the HTTP, gRPC and Ingress templates, each with the entity filled in', async () => {
    await renderWithPermission(
      <RequestExposureButton entityRef="component:default/storefront" />,
    );

    const menu = await openMenu();
    const items = within(menu).getAllByRole('menuitem');

    expect(items.map(item => item.getAttribute('href'))).toEqual([
      `/create/templates/default/expose-http?${formData}`,
      `/create/templates/default/expose-grpc?${formData}`,
      `/create/templates/default/expose-ingress?${formData}`,
    ]);
    expect(items[0]).toHaveTextContent('HTTP through a shared Gateway');
    expect(items[0]).toHaveTextContent('An HTTPRoute on a Gateway API Gateway');
    expect(items[1]).toHaveTextContent('gRPC in the mesh or through a Gateway');
    expect(items[1]).toHaveTextContent('Istio VirtualService');
  });

  it('marks the Ingress template as legacy, and only that one', async () => {
    await renderWithPermission(
      <RequestExposureButton entityRef="component:default/storefront" />,
    );

    const items = within(await openMenu()).getAllByRole('menuitem');

    expect(items[2]).toHaveTextContent('Ingress');
    expect(within(items[2]).getByText('legacy')).toBeInTheDocument();
    expect(within(items[0]).queryByText('legacy')).not.toBeInTheDocument();
    expect(within(items[1]).queryByText('legacy')).not.toBeInTheDocument();
  });

  it('opens the only template given, without a menu', async () => {
    await renderWithPermission(
      <RequestExposureButton
        entityRef="component:default/storefront"
        templates={[
          {
            namespace: 'platform',
            name: 'expose-grpc',
            title: 'gRPC',
            description: 'A GRPCRoute',
          },
        ]}
      />,
    );

    expect(
      screen.getByRole('link', { name: 'Request exposure' }),
    ).toHaveAttribute(
      'href',
      `/create/templates/platform/expose-grpc?${formData}`,
    );
    expect(
      screen.queryByRole('button', { name: 'Choose how to expose' }),
    ).not.toBeInTheDocument();
  });

  it('follows the route the app bound for requesting exposure', async () => {
    await renderWithPermission(
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
    const items = within(await openMenu()).getAllByRole('menuitem');
    expect(items[2]).toHaveAttribute(
      'href',
      `/self-service/templates/default/expose-ingress?${formData}`,
    );
  });

  it('is disabled, saying why, for those who may not request exposure of the entity', async () => {
    // usePermission caches answers by permission and resource: ask about another entity.
    await renderWithPermission(
      <RequestExposureButton entityRef="component:default/payments" />,
      { authorize: AuthorizeResult.DENY },
    );

    expect(
      await screen.findByText(/routing\.exposure\.create/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Request exposure' }),
    ).toBeDisabled();
    expect(
      screen.queryByRole('link', { name: 'Request exposure' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Choose how to expose' }),
    ).not.toBeInTheDocument();
  });
});
