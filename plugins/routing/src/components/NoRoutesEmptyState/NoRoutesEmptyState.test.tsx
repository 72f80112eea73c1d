import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Entity } from '@backstage/catalog-model';
import { storefront } from '../../__testUtils__/fixtures';
import { clusters } from '../../__testUtils__/clusterStatusFixtures';
import { NoRoutesEmptyState } from './NoRoutesEmptyState';
import { renderWithPermission } from '../../__testUtils__/renderWithPermission';

const formData =
  'formData=%7B%22entityRef%22%3A%22component%3Adefault%2Fstorefront%22%7D';

function annotated(annotations: Record<string, string>): Entity {
  return {
    ...storefront,
    metadata: { ...storefront.metadata, annotations },
  };
}

describe('NoRoutesEmptyState', () => {
  it('names the kubernetes-id label that routes are searched by', async () => {
    await renderWithPermission(<NoRoutesEmptyState entity={storefront} />);

    expect(
      screen.getByText('backstage.io/kubernetes-id=storefront'),
    ).toBeInTheDocument();
    expect(screen.getByText(/Looked for Gateway API routes/)).toHaveTextContent(
      'Istio VirtualServices and Ingresses',
    );
  });

  it('names the label selector that routes are searched by', async () => {
    await renderWithPermission(
      <NoRoutesEmptyState
        entity={annotated({
          'backstage.io/kubernetes-label-selector': 'app=shop',
        })}
      />,
    );

    expect(screen.getByText('app=shop')).toBeInTheDocument();
    expect(screen.getByText(/No such route exists yet/)).toBeInTheDocument();
  });

  it('names the namespace the search is limited to', async () => {
    await renderWithPermission(
      <NoRoutesEmptyState
        entity={annotated({
          'backstage.io/kubernetes-id': 'storefront',
          'backstage.io/kubernetes-namespace': 'shop',
        })}
      />,
    );

    expect(screen.getByText('shop')).toBeInTheDocument();
    expect(
      screen.getByText('backstage.io/kubernetes-namespace'),
    ).toBeInTheDocument();
  });

  it('says which clusters were searched, and in what state', async () => {
    await renderWithPermission(
      <NoRoutesEmptyState
        entity={storefront}
        clusters={[clusters.ok, clusters.error]}
      />,
    );

    expect(
      screen.getByText('Searched clusters: prod-eu (ok), prod-ap (error).'),
    ).toBeInTheDocument();
  });

  it('says that no cluster is configured', async () => {
    await renderWithPermission(
      <NoRoutesEmptyState entity={storefront} clusters={[]} />,
    );

    expect(screen.getByText(/No cluster was searched/)).toBeInTheDocument();
  });

  it('tells the user when the entity has no Kubernetes annotation to search by', async () => {
    await renderWithPermission(
      <NoRoutesEmptyState entity={annotated({})} clusters={[clusters.ok]} />,
    );

    const text = screen.getByText(/This entity has neither the/);
    expect(
      within(text).getByText('backstage.io/kubernetes-label-selector'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Searched cluster/)).not.toBeInTheDocument();
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
