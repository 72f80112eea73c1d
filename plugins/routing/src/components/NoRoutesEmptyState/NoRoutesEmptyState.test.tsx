import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import type { Entity } from '@backstage/catalog-model';
import { storefront } from '../../__testUtils__/fixtures';
import { NoRoutesEmptyState } from './NoRoutesEmptyState';

describe('NoRoutesEmptyState', () => {
  it('names the label selector that routes are searched by', async () => {
    const selected: Entity = {
      ...storefront,
      metadata: {
        ...storefront.metadata,
        annotations: { 'backstage.io/kubernetes-label-selector': 'app=shop' },
      },
    };
    await renderInTestApp(<NoRoutesEmptyState entity={selected} />);

    expect(screen.getByText('app=shop')).toBeInTheDocument();
    expect(screen.getByText(/No such route exists yet/)).toBeInTheDocument();
  });

  it('opens the chosen template with the entity filled in', async () => {
    await renderInTestApp(
      <NoRoutesEmptyState
        entity={storefront}
        exposureTemplate={{ namespace: 'default', name: 'expose-ingress' }}
      />,
    );

    expect(
      screen.getByRole('link', { name: 'Request exposure' }),
    ).toHaveAttribute(
      'href',
      '/create/templates/default/expose-ingress?formData=%7B%22entityRef%22%3A%22component%3Adefault%2Fstorefront%22%7D',
    );
  });
});
