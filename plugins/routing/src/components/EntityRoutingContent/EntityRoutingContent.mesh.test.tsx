import { screen, within } from '@testing-library/react';
import {
  clusterSection,
  entityRoutesAnswer,
  renderEntityRoutingContent,
} from '../../__testUtils__/renderEntityRoutingContent';
import { clusters } from '../../__testUtils__/clusterStatusFixtures';
import { readyRoute } from '../../__testUtils__/gatewayApiRouteFixtures';
import {
  cartMeshRoute,
  storefrontConsumerRoute,
  tcpRoute,
  udpRoute,
} from '../../__testUtils__/meshRouteFixtures';
import { virtualService } from '../../__testUtils__/virtualServiceFixtures';

jest.mock('../RoutingTopology', () => ({
  RoutingTopology: () => null,
}));

const meshHeading = 'Gateway API mesh routing (experimental) (1)';

describe('EntityRoutingContent with mesh routes and stream routes', () => {
  it('lists a route bound to a Service under its own experimental heading in the mesh family, after the VirtualServices', async () => {
    await renderEntityRoutingContent(
      entityRoutesAnswer({
        routes: [readyRoute, virtualService, storefrontConsumerRoute],
        clusters: [clusters.ok],
      }),
    );

    const section = await clusterSection('prod-eu');
    expect(
      within(section)
        .getAllByRole('heading', { level: 4 })
        .map(heading => heading.textContent),
    ).toEqual(['Gateway API (1)', 'Mesh (2)']);
    const mesh = within(section).getByRole('region', { name: meshHeading });
    expect(within(mesh).getAllByText('Experimental')).not.toHaveLength(0);
    expect(
      within(mesh)
        .getAllByRole('listitem')
        .map(item => item.getAttribute('aria-label')),
    ).toEqual(['HTTPRoute checkout/storefront-calls']);
    expect(
      within(section)
        .getByRole('list', { name: 'Mesh (2)' })
        .querySelectorAll('li'),
    ).toHaveLength(1);
    expect(
      within(section).getByRole('listitem', {
        name: 'VirtualService shop/cart',
      }),
    ).toBeInTheDocument();
  });

  it('warns in the mesh family when a VirtualService and a mesh route claim the same Service', async () => {
    await renderEntityRoutingContent(
      entityRoutesAnswer({
        routes: [virtualService, cartMeshRoute],
        clusters: [clusters.ok],
      }),
    );

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Service shop/cart has two sets of mesh rules',
    );
    expect(alert).toHaveTextContent(
      'VirtualService shop/cart and GRPCRoute shop/cart-mesh both route calls to Service shop/cart',
    );
  });

  it('does not warn when the mesh route is bound to another Service', async () => {
    await renderEntityRoutingContent(
      entityRoutesAnswer({
        routes: [virtualService, storefrontConsumerRoute],
        clusters: [clusters.ok],
      }),
    );

    expect(
      await screen.findByRole('region', { name: meshHeading }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows TCPRoutes and UDPRoutes in the Gateway API family with the listener each attaches to', async () => {
    await renderEntityRoutingContent(
      entityRoutesAnswer({
        routes: [tcpRoute, udpRoute],
        clusters: [clusters.ok],
      }),
    );

    const gatewayApi = await screen.findByRole('list', {
      name: 'Gateway API (2)',
    });
    const tcp = within(gatewayApi).getByRole('listitem', {
      name: 'TCPRoute shop/storefront-db',
    });
    expect(within(tcp).getByText('TCPRoute')).toBeInTheDocument();
    expect(tcp).toHaveTextContent(
      'infra/public · listener postgres (TCP:5432)',
    );
    const udp = within(gatewayApi).getByRole('listitem', {
      name: 'UDPRoute shop/storefront-dns',
    });
    expect(udp).toHaveTextContent('infra/public · listener dns (UDP:53)');
  });
});
