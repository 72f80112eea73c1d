import { screen, waitFor } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import { createTheme, ThemeProvider } from '@material-ui/core/styles';
import type { RouteView } from '@portway/plugin-routing-common';
import {
  brokenBackendsRoute,
  ingressRoute,
  refusedRoute,
  route,
  storefrontRoute,
  virtualServiceRoute,
} from './__fixtures__';
import { routingTopology } from './topologyGraph';
import { RoutingTopology } from './RoutingTopology';

jest.mock('./topologyGraph', () => {
  const actual = jest.requireActual('./topologyGraph');
  return { routingTopology: jest.fn(actual.routingTopology) };
});

const darkTheme = createTheme({ palette: { type: 'dark' } });

async function edgesDrawn(count: number): Promise<HTMLElement[]> {
  let edges: HTMLElement[] = [];
  await waitFor(() => {
    edges = screen.getAllByTestId('topology-edge');
    expect(edges).toHaveLength(count);
  });
  return edges;
}

function linePath(edge: HTMLElement): Element {
  return edge.querySelector('path')!;
}

describe('RoutingTopology', () => {
  beforeAll(() => {
    // jsdom does not lay out SVG; DependencyGraph sizes nodes and labels by their boxes.
    Object.defineProperty(window.SVGElement.prototype, 'getBBox', {
      value: () => ({ x: 0, y: 0, width: 120, height: 40 }),
      configurable: true,
    });
  });

  it('draws each Gateway, listener, route and Service with its details', async () => {
    await renderInTestApp(<RoutingTopology routes={[storefrontRoute]} />);

    expect(await screen.findByText('infra/public')).toBeInTheDocument();
    expect(screen.getByText('Gateway · prod-eu')).toBeInTheDocument();
    expect(screen.getByText('https')).toBeInTheDocument();
    expect(screen.getByText('HTTPS:443 · *.example.com')).toBeInTheDocument();
    expect(screen.getByText('HTTP:80')).toBeInTheDocument();
    expect(screen.getByText('HTTPRoute · prod-eu')).toBeInTheDocument();
    expect(screen.getByText('shop/storefront')).toBeInTheDocument();
    expect(screen.getByText('shop/storefront:8080')).toBeInTheDocument();
    expect(screen.getAllByTestId('topology-node')).toHaveLength(5);
    await edgesDrawn(5);
  });

  it('draws VirtualServices from mesh and their Istio Gateway, Ingresses from their class', async () => {
    await renderInTestApp(
      <RoutingTopology routes={[virtualServiceRoute, ingressRoute]} />,
    );

    expect(await screen.findByText('mesh')).toBeInTheDocument();
    expect(screen.getByText('istio-system/ingress')).toBeInTheDocument();
    expect(screen.getByText('shop/storefront-mesh')).toBeInTheDocument();
    expect(screen.getByText('IngressClass · prod-eu')).toBeInTheDocument();
    expect(screen.getByText('nginx')).toBeInTheDocument();
    expect(screen.getByText('shop/storefront-legacy')).toBeInTheDocument();
  });

  it('dashes broken edges in the error colour, labelled with the reason and explained on hover', async () => {
    const theme = createTheme();
    await renderInTestApp(
      <RoutingTopology routes={[refusedRoute, brokenBackendsRoute]} />,
    );

    const edges = await edgesDrawn(8);
    const broken = edges.filter(e => e.getAttribute('data-broken') === 'true');
    expect(broken).toHaveLength(3);
    for (const edge of broken) {
      expect(linePath(edge)).toHaveStyle({
        stroke: theme.palette.error.main,
        strokeDasharray: '6 4',
      });
    }
    const sound = edges.find(e => e.getAttribute('data-broken') === 'false')!;
    expect(linePath(sound)).not.toHaveStyle({ strokeDasharray: '6 4' });
    expect(linePath(sound)).toHaveStyle({
      stroke: theme.palette.text.secondary,
    });

    expect(broken.map(edge => edge.querySelector('text')?.textContent)).toEqual(
      ['NotAllowedByListeners', 'Service not found', 'no port 9090 on Service'],
    );
    expect(
      broken.map(edge => edge.querySelector('title')?.textContent),
    ).toEqual([
      'listener https of infra/public accepts routes only from namespaces labelled team=shop; this route is in books',
      'Service shop/cart does not exist in prod-eu',
      'Service shop/storefront has no port 9090 (it has 8080)',
    ]);
    expect(sound.querySelector('text')).not.toBeInTheDocument();
  });

  it('takes its colours from the theme, so broken edges and failing nodes stand out in the dark theme too', async () => {
    await renderInTestApp(
      <ThemeProvider theme={darkTheme}>
        <RoutingTopology routes={[brokenBackendsRoute]} />
      </ThemeProvider>,
    );

    const edges = await edgesDrawn(6);
    const broken = edges.filter(e => e.getAttribute('data-broken') === 'true');
    expect(broken).toHaveLength(2);
    expect(linePath(broken[0])).toHaveStyle({
      stroke: darkTheme.palette.error.main,
    });
    const failing = screen
      .getAllByTestId('topology-node')
      .filter(node => node.getAttribute('data-health') === 'error');
    expect(failing).toHaveLength(2);
    expect(failing[0].querySelector('rect')).toHaveAttribute(
      'stroke',
      darkTheme.palette.error.main,
    );
    expect(failing[0].querySelector('rect')).toHaveStyle({
      fill: darkTheme.palette.background.paper,
    });
  });

  it('keeps the same names in two clusters apart', async () => {
    await renderInTestApp(
      <RoutingTopology
        routes={[storefrontRoute, { ...storefrontRoute, cluster: 'prod-us' }]}
      />,
    );

    expect(await screen.findByText('Gateway · prod-eu')).toBeInTheDocument();
    expect(screen.getByText('Gateway · prod-us')).toBeInTheDocument();
    expect(screen.getAllByText('infra/public')).toHaveLength(2);
    expect(screen.getAllByTestId('topology-node')).toHaveLength(10);
  });

  it('draws fifty routes on one shared Gateway', async () => {
    const routes: RouteView[] = Array.from({ length: 50 }, (_, i) =>
      route({ name: `route-${i}` }),
    );
    await renderInTestApp(<RoutingTopology routes={routes} />);

    expect(await screen.findByText('shop/route-49')).toBeInTheDocument();
    // 50 routes, the Gateway, its two listeners and the one Service they share.
    expect(screen.getAllByTestId('topology-node')).toHaveLength(54);
  });

  it('does not rebuild the graph when drawn again with the same routes', async () => {
    const build = jest.mocked(routingTopology);
    build.mockClear();
    const routes = [storefrontRoute];
    const { rerender } = await renderInTestApp(
      <RoutingTopology routes={routes} />,
    );
    rerender(<RoutingTopology routes={routes} />);

    expect(await screen.findByText('infra/public')).toBeInTheDocument();
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('says there is nothing to draw when the entity has no routes', async () => {
    await renderInTestApp(<RoutingTopology routes={[]} />);

    expect(
      screen.getByText(
        'No routes to draw: nothing routes traffic to this entity yet.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('topology-node')).not.toBeInTheDocument();
  });
});
