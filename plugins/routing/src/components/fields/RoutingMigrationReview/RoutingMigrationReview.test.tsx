import { screen, waitFor, within } from '@testing-library/react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import type { IngressMigrationPreview } from '@portway/plugin-routing-common';
import { routingApiRef, type RoutingApi } from '../../../api/types';
import { mockRoutingApi } from '../../../__testUtils__/mockRoutingApi';
import { FieldHarness } from '../../../__testUtils__/FieldHarness';
import { entityRef } from '../../../__testUtils__/fieldFixtures';
import {
  cleanMigration,
  cleanRemoval,
  migrationForm,
} from '../../../__testUtils__/ingressMigrationFixtures';
import { RoutingMigrationReview } from './RoutingMigrationReview';

/** A migration the cluster refuses: nothing written, the objects shown from the converter. */
const refused: IngressMigrationPreview = {
  ...cleanMigration,
  ok: false,
  findings: [
    {
      severity: 'error',
      code: 'HostnameConflict',
      message:
        'www.shop.example.com is already served by HTTPRoute shop/other of component:default/other',
      field: 'ingresses[0]',
    },
  ],
  files: [],
  notes: [
    ...cleanMigration.notes,
    {
      object: 'Ingress shop/web',
      annotation: 'nginx.ingress.kubernetes.io/configuration-snippet',
      level: 'error',
      message: 'Snippets cannot be converted: move the configuration.',
    },
    {
      object: 'Ingress shop/api',
      field: 'spec.defaultBackend',
      level: 'info',
      message: 'The default backend becomes a catch-all rule.',
    },
  ],
};

async function renderReview(
  api: RoutingApi,
  form: Record<string, unknown> = migrationForm,
  uiOptions?: Record<string, unknown>,
) {
  const onChange = jest.fn();
  await renderInTestApp(
    <TestApiProvider apis={[[routingApiRef, api]]}>
      <FieldHarness
        Field={RoutingMigrationReview}
        name="review"
        form={form}
        uiOptions={uiOptions}
        onChange={onChange}
      />
    </TestApiProvider>,
  );
  return onChange;
}

describe('RoutingMigrationReview', () => {
  it('asks for the preview of the migration the whole form makes', async () => {
    const previewIngressMigration = jest.fn().mockResolvedValue(cleanMigration);
    await renderReview(mockRoutingApi({ previewIngressMigration }));

    expect(
      await screen.findByText('The migration can be requested.'),
    ).toBeInTheDocument();
    expect(previewIngressMigration).toHaveBeenCalledWith({
      entityRef,
      cluster: 'prod-eu',
      namespace: 'shop',
      ingresses: ['web'],
      gateway: { namespace: 'infra', name: 'public', sectionName: 'https' },
    });
  });

  it('shows the files of the change, and every note under its Ingress with its level', async () => {
    await renderReview(
      mockRoutingApi({
        previewIngressMigration: jest.fn().mockResolvedValue(cleanMigration),
      }),
    );

    const file = await screen.findByRole('group', {
      name: 'clusters/prod-eu/shop/storefront/httproute-web.yaml',
    });
    expect(within(file).getByRole('code')).toHaveTextContent(
      'apiVersion: gateway.networking.k8s.io/v1 kind: HTTPRoute',
    );
    expect(screen.getByText('Notes (1)')).toBeInTheDocument();
    const web = screen.getByRole('group', { name: 'Ingress shop/web' });
    expect(web).toHaveTextContent(
      'nginx.ingress.kubernetes.io/proxy-body-size: Gateway API has no body size limit: set it on the Gateway.',
    );
    expect(within(web).getByTitle('warning')).toBeInTheDocument();
  });

  it('with errors, shows the findings, the objects as YAML and the notes, and says what blocks', async () => {
    await renderReview(
      mockRoutingApi({
        previewIngressMigration: jest.fn().mockResolvedValue(refused),
      }),
      {
        ...migrationForm,
        ingress: { ...migrationForm.ingress, names: ['web', 'api', 'quiet'] },
      },
    );

    expect(
      await screen.findByText(
        '1 error to fix before the migration can be requested.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/is already served by/)).toHaveTextContent(
      'HostnameConflict (ingresses[0]): www.shop.example.com is already served by HTTPRoute shop/other of component:default/other',
    );
    const object = screen.getByRole('group', { name: 'HTTPRoute shop/web' });
    expect(within(object).getByRole('code')).toHaveTextContent(
      'apiVersion: gateway.networking.k8s.io/v1 kind: HTTPRoute metadata: namespace: shop name: web',
    );
    const web = screen.getByRole('group', { name: 'Ingress shop/web' });
    expect(within(web).getByTitle('error')).toBeInTheDocument();
    expect(web).toHaveTextContent(
      'nginx.ingress.kubernetes.io/configuration-snippet: Snippets cannot be converted',
    );
    const api = screen.getByRole('group', { name: 'Ingress shop/api' });
    expect(api).toHaveTextContent(
      'spec.defaultBackend: The default backend becomes a catch-all rule.',
    );
    expect(within(api).getByTitle('info')).toBeInTheDocument();
    expect(
      screen.getByRole('group', { name: 'Ingress shop/quiet' }),
    ).toHaveTextContent('Carried over without notes.');
  });

  it('keeps a summary of the preview as its value, not ok while it has errors', async () => {
    const onChange = await renderReview(
      mockRoutingApi({
        previewIngressMigration: jest.fn().mockResolvedValue(refused),
      }),
    );

    await waitFor(() =>
      expect(onChange).toHaveBeenLastCalledWith({
        ok: false,
        errors: 1,
        warnings: 0,
      }),
    );
  });

  it('says what it needs, and asks nothing, while no listener is picked', async () => {
    const api = mockRoutingApi();
    await renderReview(api, { ...migrationForm, gateway: undefined });

    expect(
      screen.getByText(
        'Choose the component, tick its Ingresses and pick the Gateway listener: the migration is checked here once it has them.',
      ),
    ).toBeInTheDocument();
    expect(api.previewIngressMigration).not.toHaveBeenCalled();
  });

  it('for removal, asks for the removal preview and shows the deleted files and the report', async () => {
    const previewIngressRemoval = jest.fn().mockResolvedValue(cleanRemoval);
    await renderReview(
      mockRoutingApi({ previewIngressRemoval }),
      {
        entityRef,
        ingress: { cluster: 'prod-eu', namespace: 'shop', names: ['api'] },
      },
      { purpose: 'removal' },
    );

    expect(
      await screen.findByText('The removal can be requested.'),
    ).toBeInTheDocument();
    expect(previewIngressRemoval).toHaveBeenCalledWith({
      entityRef,
      cluster: 'prod-eu',
      namespace: 'shop',
      ingresses: ['api'],
    });
    expect(
      screen.getByRole('group', { name: 'Deleted files' }),
    ).toHaveTextContent(
      'Deleted files (1)clusters/prod-eu/shop/storefront/ingress-api.yaml',
    );
    const report = screen.getByRole('group', { name: 'Report' });
    expect(
      within(report).getByRole('heading', { name: 'Ingress shop/api' }),
    ).toBeInTheDocument();
    expect(report).toHaveTextContent('Served by HTTPRoute shop/api.');
  });

  it('says when the routing backend cannot be reached', async () => {
    await renderReview(
      mockRoutingApi({
        previewIngressMigration: jest
          .fn()
          .mockRejectedValue(new Error('Failed to fetch')),
      }),
    );

    expect(
      await screen.findByText(
        'Could not check the migration with the routing backend: Failed to fetch',
      ),
    ).toBeInTheDocument();
  });
});
