import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import type { RouteView } from '@portway/plugin-routing-common';
import { httpRoute, refusedRoute } from '../../__testUtils__/fixtures';
import { RoutesTable } from './RoutesTable';

const ingress: RouteView = {
  cluster: 'vendor',
  kind: 'Ingress',
  namespace: 'legacy',
  name: 'billing',
  hostnames: ['billing.example.com'],
  urls: [],
  parents: [],
  backends: [
    { kind: 'Service', namespace: 'legacy', name: 'billing', port: 8080 },
  ],
  summary: 'unknown',
  matchedBy: 'backend',
};

describe('RoutesTable', () => {
  it('shows one row for each route, counted in the title', async () => {
    await renderInTestApp(
      <RoutesTable routes={[httpRoute, refusedRoute, ingress]} />,
    );

    expect(screen.getByText('Routes (3)')).toBeInTheDocument();
    expect(screen.getByText('shop/storefront')).toBeInTheDocument();
    expect(screen.getByText('shop/storefront-admin')).toBeInTheDocument();
    expect(screen.getByText('legacy/billing')).toBeInTheDocument();
  });

  it('says how each route was found', async () => {
    await renderInTestApp(<RoutesTable routes={[httpRoute, ingress]} />);

    expect(screen.getByText('labelled for this entity')).toBeInTheDocument();
    expect(
      screen.getByText("points at this entity's Service"),
    ).toBeInTheDocument();
  });

  it('shows hostnames as text when the route has no URL', async () => {
    await renderInTestApp(<RoutesTable routes={[ingress]} />);

    expect(screen.getByText('billing.example.com')).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByText('legacy/billing:8080')).toBeInTheDocument();
  });

  it('shows every parent a route attaches to, each with its own Accepted condition', async () => {
    const twoParents: RouteView = {
      ...httpRoute,
      parents: [
        httpRoute.parents[0],
        {
          ref: { namespace: 'infra', name: 'internal', sectionName: 'http' },
          conditions: [
            {
              type: 'Accepted',
              status: 'Unknown',
              reason: 'Pending',
              message: 'Waiting for controller',
            },
          ],
        },
      ],
    };
    await renderInTestApp(<RoutesTable routes={[twoParents]} />);

    expect(screen.getByText('infra/public')).toBeInTheDocument();
    expect(screen.getByText('Accepted: True (Accepted)')).toBeInTheDocument();
    expect(screen.getByText('infra/internal')).toBeInTheDocument();
    expect(screen.getByText('http')).toBeInTheDocument();
    expect(screen.getByText('Accepted: Unknown (Pending)')).toBeInTheDocument();
  });
});
