import { screen, within } from '@testing-library/react';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import type { RouteView } from '@portway/plugin-routing-common';
import { storefront } from '../../__testUtils__/fixtures';
import {
  cartMeshRoute,
  storefrontConsumerRoute,
} from '../../__testUtils__/meshRouteFixtures';
import { renderWithPermission } from '../../__testUtils__/renderWithPermission';
import { RouteItem } from './RouteItem';
import { meshServiceLabel } from './MeshRouteDetails';

async function renderRoute(route: RouteView) {
  await renderWithPermission(
    <EntityProvider entity={storefront}>
      <ul>
        <RouteItem route={route} />
      </ul>
    </EntityProvider>,
  );
  return screen.getByRole('listitem', {
    name: `${route.kind} ${route.namespace}/${route.name}`,
  });
}

describe('RouteItem for a mesh route (GAMMA)', () => {
  it('marks it experimental and names the Service it is bound to and whose calls it routes', async () => {
    const item = await renderRoute(cartMeshRoute);

    expect(within(item).getByText('Experimental')).toBeInTheDocument();
    expect(
      within(item).getByText(
        'shop/cart:9090 · producer route: applies to callers in every namespace',
      ),
    ).toBeInTheDocument();
    expect(item).toHaveTextContent('Service shop/cart · port 9090');
    expect(item).not.toHaveTextContent('listener');
  });

  it('shows an in-mesh gRPC address as text, not as a link a browser cannot open', async () => {
    const item = await renderRoute(cartMeshRoute);

    expect(
      within(item).getByText('grpc://cart.shop.svc.cluster.local:9090'),
    ).toBeInTheDocument();
    expect(within(item).queryByRole('link')).not.toBeInTheDocument();
  });

  it('keeps in-mesh HTTP addresses as links', async () => {
    const item = await renderRoute(storefrontConsumerRoute);

    expect(
      within(item).getByRole('link', {
        name: 'http://storefront.shop.svc.cluster.local:8080/api',
      }),
    ).toBeInTheDocument();
  });
});

describe('meshServiceLabel', () => {
  it('scopes a consumer route to the callers in its own namespace', () => {
    expect(
      meshServiceLabel(
        { namespace: 'shop', name: 'storefront', role: 'consumer' },
        'checkout',
      ),
    ).toBe(
      'shop/storefront · consumer route: applies to callers in namespace checkout',
    );
  });
});
