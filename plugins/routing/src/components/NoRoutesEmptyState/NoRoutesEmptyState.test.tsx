import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Entity } from '@backstage/catalog-model';
import { storefront } from '../../__testUtils__/fixtures';
import { NoRoutesEmptyState } from './NoRoutesEmptyState';
import { renderWithPermission } from '../../__testUtils__/renderWithPermission';

const formData =
  'formData=%7B%22entityRef%22%3A%22component%3Adefault%2Fstorefront%22%7D';

describe('NoRoutesEmptyState', () => {
  it('names the label selector that routes are searched by', async () => {
    const selected: Entity = {
      ...storefront,
      metadata: {
        ...storefront.metadata,
        annotations: { 'backstage.io/kubernetes-label-selector': 'app=shop' },
      },
    };
    await renderWithPermission(<NoRoutesEmptyState entity={selected} />);

    expect(screen.getByText('app=shop')).toBeInTheDocument();
    expect(screen.getByText(/No such route exists yet/)).toBeInTheDocument();
  });

  it('offers the three templates with the entity filled in', async () => {
    await renderWithPermission(<NoRoutesEmptyState entity={storefront} />);

    expect(
      screen.getByRole('link', { name: 'Request exposure' }),
    ).toHaveAttribute(
      'href',
      `/create/templates/default/expose-http?${formData}`,
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Choose how to expose' }),
    );
    const items = within(screen.getByRole('menu')).getAllByRole('menuitem');
    expect(items.map(item => item.getAttribute('href'))).toEqual([
      `/create/templates/default/expose-http?${formData}`,
      `/create/templates/default/expose-grpc?${formData}`,
      `/create/templates/default/expose-ingress?${formData}`,
    ]);
  });

  it('opens the templates it is given', async () => {
    await renderWithPermission(
      <NoRoutesEmptyState
        entity={storefront}
        exposureTemplates={[
          {
            namespace: 'default',
            name: 'expose-ingress',
            title: 'Ingress',
            description: 'A classic Ingress',
            legacy: true,
          },
        ]}
      />,
    );

    expect(
      screen.getByRole('link', { name: 'Request exposure' }),
    ).toHaveAttribute(
      'href',
      `/create/templates/default/expose-ingress?${formData}`,
    );
  });
});
