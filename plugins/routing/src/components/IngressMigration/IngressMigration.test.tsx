import { screen, within } from '@testing-library/react';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import type {
  IngressDetails,
  MigrationRouteRef,
} from '@portway/plugin-routing-common';
import { storefront } from '../../__testUtils__/fixtures';
import { renderWithPermission } from '../../__testUtils__/renderWithPermission';
import { requestExposureRouteRef } from '../../routes';
import { IngressMigration } from './IngressMigration';

type Migration = IngressDetails['migration'];

const legacy = {
  cluster: 'prod-eu',
  namespace: 'shop',
  name: 'storefront-legacy',
};

const accepted: MigrationRouteRef = {
  kind: 'HTTPRoute',
  namespace: 'shop',
  name: 'storefront-legacy-shop',
  summary: 'ready',
  accepted: true,
};

const formData = encodeURIComponent(
  JSON.stringify({
    entityRef: 'component:default/storefront',
    ingress: {
      cluster: 'prod-eu',
      namespace: 'shop',
      names: ['storefront-legacy'],
    },
  }),
);

function migration(
  state: Migration['state'],
  message: string,
  servedBy: MigrationRouteRef[] = [],
  coveredBy?: string,
): Migration {
  return {
    state,
    safeToRemove: state === 'complete',
    message,
    hosts: [
      {
        hostname: 'shop.example.com',
        servedBy,
        paths: [
          {
            pathType: 'Prefix',
            path: '/',
            ...(coveredBy ? { coveredBy } : {}),
          },
          { pathType: 'Exact', path: '/health' },
        ],
      },
    ],
  };
}

async function renderMigration(
  value: Migration,
  mountedRoutes?: Record<string, typeof requestExposureRouteRef>,
  authorize?: AuthorizeResult.ALLOW | AuthorizeResult.DENY,
  entity = storefront,
) {
  await renderWithPermission(
    <EntityProvider entity={entity}>
      <IngressMigration route={legacy} migration={value} />
    </EntityProvider>,
    { ...(mountedRoutes ? { mountedRoutes } : {}), authorize },
  );
}

const migrateLink = () =>
  screen.queryByRole('link', { name: 'Migrate to Gateway API' });
const removeLink = () =>
  screen.queryByRole('link', { name: 'Remove the Ingress' });
// The links show once the permission is answered.
const findMigrateLink = () =>
  screen.findByRole('link', { name: 'Migrate to Gateway API' });
const findRemoveLink = () =>
  screen.findByRole('link', { name: 'Remove the Ingress' });

describe('IngressMigration', () => {
  it('disables the buttons, saying why, for those who may not request changes for the entity', async () => {
    await renderMigration(
      migration('not-started', 'No Gateway API route serves it yet'),
      undefined,
      AuthorizeResult.DENY,
      // usePermission caches answers by permission and resource: ask about another entity.
      { ...storefront, metadata: { ...storefront.metadata, name: 'vendor' } },
    );

    expect(migrateLink()).not.toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Migrate to Gateway API' }),
    ).toBeDisabled();
    expect(
      await screen.findByText(/permission routing\.exposure\.create/),
    ).toBeInTheDocument();
  });

  it('shows an Ingress not started, with each path not covered, and offers to migrate it', async () => {
    await renderMigration(
      migration(
        'not-started',
        'No Gateway API route serves shop.example.com yet',
      ),
    );

    expect(
      screen.getByText(/No Gateway API route serves shop.example.com yet/),
    ).toBeInTheDocument();
    expect(screen.getByText(/^not started: /)).toBeInTheDocument();
    const host = screen.getByRole('region', { name: 'Host shop.example.com' });
    expect(
      within(host).getByText('No Gateway API route serves this host yet'),
    ).toBeInTheDocument();
    expect(
      within(host).getByText('Prefix /: not covered yet'),
    ).toBeInTheDocument();
    expect(
      within(host).getByText('Exact /health: not covered yet'),
    ).toBeInTheDocument();
    expect(await findMigrateLink()).toHaveAttribute(
      'href',
      `/create/templates/default/migrate-ingress?formData=${formData}`,
    );
    expect(removeLink()).not.toBeInTheDocument();
  });

  it('marks routes of a change not merged yet as pending, and offers nothing while it waits', async () => {
    await renderMigration(
      migration(
        'requested',
        'HTTPRoute shop/storefront-legacy-shop is in a GitOps change not merged yet',
        [{ ...accepted, summary: 'pending', pending: true, accepted: false }],
      ),
    );

    expect(screen.getByText(/^route requested: /)).toBeInTheDocument();
    const routes = screen.getByRole('list', { name: 'Routes' });
    expect(
      within(routes).getByText('HTTPRoute shop/storefront-legacy-shop'),
    ).toBeInTheDocument();
    expect(within(routes).getByText('pending')).toBeInTheDocument();
    expect(migrateLink()).not.toBeInTheDocument();
    expect(removeLink()).not.toBeInTheDocument();
  });

  it('shows which path an accepted route covers and which it does not, and offers to migrate the rest', async () => {
    await renderMigration(
      migration(
        'partial',
        'shop.example.com /health is not served by any Gateway API route yet',
        [accepted],
        'HTTPRoute shop/storefront-legacy-shop',
      ),
    );

    expect(screen.getByText(/^partly migrated: /)).toBeInTheDocument();
    expect(
      screen.getByText(
        'Prefix /: covered by HTTPRoute shop/storefront-legacy-shop',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Exact /health: not covered yet'),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('list', { name: 'Routes' })).getByText('ready'),
    ).toBeInTheDocument();
    expect(await findMigrateLink()).toBeInTheDocument();
    expect(removeLink()).not.toBeInTheDocument();
  });

  it('says which route was refused and why, and offers to migrate again', async () => {
    const refusedBecause =
      'infra/public/https: listener https allows team=infra only';
    await renderMigration(
      migration(
        'refused',
        `HTTPRoute shop/storefront-legacy-shop was refused by ${refusedBecause}`,
        [{ ...accepted, summary: 'failed', accepted: false, refusedBecause }],
      ),
    );

    expect(screen.getByText(/^route refused: /)).toBeInTheDocument();
    expect(
      screen.getByText(
        /HTTPRoute shop\/storefront-legacy-shop was refused by infra\/public\/https/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(`Refused by ${refusedBecause}`),
    ).toBeInTheDocument();
    expect(await findMigrateLink()).toBeInTheDocument();
    expect(removeLink()).not.toBeInTheDocument();
  });

  it('offers to remove an Ingress that is safe to remove, and not to migrate it', async () => {
    await renderMigration({
      ...migration(
        'complete',
        'Every host and path is served by accepted Gateway API routes: the Ingress can be removed',
        [accepted],
        'HTTPRoute shop/storefront-legacy-shop',
      ),
      hosts: [
        {
          hostname: 'shop.example.com',
          servedBy: [accepted],
          paths: [
            {
              pathType: 'Prefix',
              path: '/',
              coveredBy: 'HTTPRoute shop/storefront-legacy-shop',
            },
          ],
        },
      ],
    });

    expect(screen.getByText(/^safe to remove: /)).toBeInTheDocument();
    expect(screen.getByText(/the Ingress can be removed/)).toBeInTheDocument();
    expect(await findRemoveLink()).toHaveAttribute(
      'href',
      `/create/templates/default/remove-ingress?formData=${formData}`,
    );
    expect(migrateLink()).not.toBeInTheDocument();
  });

  it('links through the route the app bound for templates', async () => {
    await renderMigration(
      migration(
        'not-started',
        'No Gateway API route serves shop.example.com yet',
      ),
      {
        '/self-service/templates/:namespace/:templateName':
          requestExposureRouteRef,
      },
    );

    expect(await findMigrateLink()).toHaveAttribute(
      'href',
      `/self-service/templates/default/migrate-ingress?formData=${formData}`,
    );
  });
});
