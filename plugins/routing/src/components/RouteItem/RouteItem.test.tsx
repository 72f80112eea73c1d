import { screen, within } from '@testing-library/react';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import type { RouteView } from '@portway/plugin-routing-common';
import {
  gatewayNotProgrammedRoute,
  grpcRoute,
  missingBackendsRoute,
  notAllowedRoute,
  pendingRoute,
  readyRoute,
  staleStatusRoute,
  tlsRoute,
  unknownRoute,
} from '../../__testUtils__/gatewayApiRouteFixtures';
import {
  certificates,
  publicParent,
} from '../../__testUtils__/gatewayParentFixtures';
import { storefront } from '../../__testUtils__/fixtures';
import { renderWithPermission } from '../../__testUtils__/renderWithPermission';
import { ingress } from '../../__testUtils__/ingressFixtures';
import { virtualService } from '../../__testUtils__/virtualServiceFixtures';
import { RouteItem } from './RouteItem';

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

function chip(item: HTMLElement, label: string) {
  return within(item).getByText(label).closest('[data-status]');
}

describe('RouteItem', () => {
  it('shows an HTTPRoute with its kind, name, summary and why the entity sees it', async () => {
    const item = await renderRoute(readyRoute);

    expect(within(item).getByText('HTTPRoute')).toBeInTheDocument();
    expect(within(item).getByText('shop/storefront')).toBeInTheDocument();
    expect(within(item).getByText('ready')).toBeInTheDocument();
    expect(
      within(item).getByText('labelled for this entity'),
    ).toBeInTheDocument();
  });

  it('links each URL to itself in a new tab, without handing over the opener', async () => {
    const item = await renderRoute(readyRoute);

    const link = within(item).getByRole('link', {
      name: 'https://storefront.shop.example.com/',
    });
    expect(link).toHaveAttribute(
      'href',
      'https://storefront.shop.example.com/',
    );
    expect(link).toHaveAttribute('target', '_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
  });

  it('shows the parent Gateway and listener, and its conditions as chips', async () => {
    const item = await renderRoute(readyRoute);

    expect(
      within(item).getByText(
        (_, element) =>
          element?.tagName === 'DIV' &&
          element.textContent ===
            'infra/public · listener https (HTTPS:443, *.shop.example.com)',
      ),
    ).toBeInTheDocument();
    expect(chip(item, 'Accepted')).toHaveAttribute('data-status', 'True');
    expect(chip(item, 'ResolvedRefs')).toHaveAttribute('data-status', 'True');
    expect(chip(item, 'Programmed')).toHaveAttribute('data-status', 'True');
    expect(
      within(item).getByText(
        "Conditions from the cluster's status, written by istio.io/gateway-controller",
      ),
    ).toBeInTheDocument();
  });

  it("writes the explanation of a refused route under its chip, and says it is Portway's analysis", async () => {
    const item = await renderRoute(notAllowedRoute);

    expect(chip(item, 'Accepted: NotAllowedByListeners')).toHaveAttribute(
      'data-status',
      'False',
    );
    expect(
      within(item).getByText(
        'listener https of infra/public accepts routes only from namespaces labelled team=shop; this route is in books: label the namespace or ask the Gateway owners',
      ),
    ).toBeInTheDocument();
    expect(
      within(item).getByText(
        "Conditions from Portway's analysis: no status yet",
      ),
    ).toBeInTheDocument();
    expect(within(item).getByText('failed')).toBeInTheDocument();
  });

  it('says when the status is for an older generation of the route', async () => {
    const item = await renderRoute(staleStatusRoute);

    expect(
      within(item).getByText(
        "Conditions from Portway's analysis: status is for an older generation",
      ),
    ).toBeInTheDocument();
  });

  it("falls back to the controller's message when Portway has no explanation", async () => {
    const item = await renderRoute({
      ...readyRoute,
      parents: [
        {
          ...publicParent,
          conditions: [
            {
              type: 'Accepted',
              status: 'False',
              reason: 'NoMatchingListenerHostname',
              message: 'No listener hostname matches admin.other.example.com',
            },
          ],
        },
      ],
      summary: 'failed',
    });

    expect(
      within(item).getByText(
        'No listener hostname matches admin.other.example.com',
      ),
    ).toBeInTheDocument();
  });

  it("shows the Gateway's Programmed False with its explanation", async () => {
    const item = await renderRoute(gatewayNotProgrammedRoute);

    expect(chip(item, 'Programmed: AddressNotAssigned')).toHaveAttribute(
      'data-status',
      'False',
    );
    expect(
      within(item).getByText(
        'Gateway infra/public has no address yet: its load balancer is not provisioned',
      ),
    ).toBeInTheDocument();
    expect(within(item).getByText('degraded')).toBeInTheDocument();
  });

  it('shows missing backends and ports that are not on the Service, with the reason', async () => {
    const item = await renderRoute(missingBackendsRoute);

    expect(
      within(item).getByText(
        'backend shop/storefront-api does not exist: create the Service or fix the backendRef',
      ),
    ).toBeInTheDocument();
    expect(
      within(item).getByText(
        'missing: there is no Service shop/storefront-api',
      ),
    ).toBeInTheDocument();
    expect(
      within(item).getByText(
        'port not on Service: Service shop/storefront has ports 8080, not 9090',
      ),
    ).toBeInTheDocument();
    expect(
      within(item).getByText(/shop\/storefront:9090 \(weight 10\)/),
    ).toBeInTheDocument();
  });

  it('shows a found backend as found', async () => {
    const item = await renderRoute(readyRoute);

    expect(within(item).getByText(/shop\/storefront:8080/)).toHaveTextContent(
      'found',
    );
  });

  it.each(Object.values(certificates))(
    'shows the $state certificate of the HTTPS listener',
    async certificate => {
      const item = await renderRoute({
        ...readyRoute,
        parents: [
          {
            ...publicParent,
            listeners: [
              { ...publicParent.listeners![0], certificates: [certificate] },
            ],
          },
        ],
      });

      const line = within(item).getByText(/certificate/i, {
        selector: 'span span',
      });
      expect(line).toHaveTextContent(
        {
          ready: /Certificate ready, expires in 23 days/,
          issuing: /Certificate being issued by ClusterIssuer letsencrypt/,
          'not-ready':
            /Certificate not ready: the ACME challenge for storefront.shop.example.com failed/,
          'will-not-issue':
            /No certificate will be issued: listener https has no hostname/,
          unmanaged:
            /Certificate not managed by cert-manager, Secret infra\/public-tls/,
        }[certificate.state],
      );
    },
  );

  it('shows a GRPCRoute', async () => {
    const item = await renderRoute(grpcRoute);

    expect(within(item).getByText('GRPCRoute')).toBeInTheDocument();
    expect(
      within(item).getByRole('link', {
        name: 'https://cart.shop.example.com/',
      }),
    ).toBeInTheDocument();
  });

  it('shows the hostnames of a TLSRoute, which has no URL', async () => {
    const item = await renderRoute(tlsRoute);

    expect(within(item).getByText('TLSRoute')).toBeInTheDocument();
    expect(within(item).getByText('tls.shop.example.com')).toBeInTheDocument();
    expect(within(item).queryByRole('link')).not.toBeInTheDocument();
  });

  it('shows the hosts, gateways and matches of a VirtualService', async () => {
    const item = await renderRoute(virtualService);

    expect(within(item).getByText('VirtualService')).toBeInTheDocument();
    expect(
      within(item).getAllByText('cart.shop.svc.cluster.local'),
    ).not.toHaveLength(0);
    expect(within(item).getByText('mesh (the sidecars)')).toBeInTheDocument();
    expect(
      within(item).getByText('gRPC shop.cart.v1.Cart/AddItem'),
    ).toBeInTheDocument();
    expect(
      within(item).getByText("points at this entity's Service"),
    ).toBeInTheDocument();
  });

  it('shows the class, TLS, addresses and migration of an Ingress', async () => {
    const item = await renderRoute(ingress);

    expect(within(item).getByText('Ingress')).toBeInTheDocument();
    expect(within(item).getByText('nginx')).toBeInTheDocument();
    expect(
      within(item).getByText(
        'storefront.shop.example.com with Secret storefront-tls',
      ),
    ).toBeInTheDocument();
    expect(within(item).getByText('203.0.113.10')).toBeInTheDocument();
    expect(
      within(item).getByText(
        /old.shop.example.com is not served by any Gateway API route yet/,
      ),
    ).toBeInTheDocument();
    expect(
      within(item).getByRole('region', { name: 'Host old.shop.example.com' }),
    ).toHaveTextContent('Prefix /: not covered yet');
    expect(
      await within(item).findByRole('link', { name: 'Migrate to Gateway API' }),
    ).toHaveAttribute(
      'href',
      expect.stringContaining('/create/templates/default/migrate-ingress'),
    );
  });

  it('marks a requested route as waiting for review on its branch, with a link to its request', async () => {
    const item = await renderRoute(pendingRoute);

    expect(within(item).getByText('pending')).toBeInTheDocument();
    expect(
      within(item).getByText(
        /Waiting for review on branch portway\/expose-storefront-http-checkout \(commit 0123456, 3 hours ago\)/,
      ),
    ).toBeInTheDocument();
    expect(
      within(item).getByRole('link', { name: 'See its exposure request' }),
    ).toHaveAttribute('href', '#portway-exposure-requests');
  });

  it('links no exposure request for a route of an Ingress migration, which records none', async () => {
    const item = await renderRoute({
      ...pendingRoute,
      pendingChange: {
        ...pendingRoute.pendingChange!,
        branchName: 'portway/migrate-ingress/shop/checkout-legacy',
      },
    });

    expect(
      within(item).getByText(
        /Waiting for review on branch portway\/migrate-ingress\/shop\/checkout-legacy/,
      ),
    ).toBeInTheDocument();
    expect(
      within(item).queryByRole('link', { name: 'See its exposure request' }),
    ).not.toBeInTheDocument();
  });

  it('shows a route whose health is unknown, whose parent has no status', async () => {
    const item = await renderRoute(unknownRoute);

    expect(within(item).getByText('unknown')).toBeInTheDocument();
    expect(
      within(item).getByText(
        'No conditions: no controller has written status for this parent',
      ),
    ).toBeInTheDocument();
  });
});
