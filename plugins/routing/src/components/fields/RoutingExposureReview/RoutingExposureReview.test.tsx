import { screen, waitFor, within } from '@testing-library/react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import type { RenderResult } from '@portway/plugin-routing-common';
import { routingApiRef, type RoutingApi } from '../../../api/types';
import { mockRoutingApi } from '../../../__testUtils__/mockRoutingApi';
import { FieldHarness } from '../../../__testUtils__/FieldHarness';
import {
  cleanPreflight,
  entityRef,
  httpForm,
} from '../../../__testUtils__/fieldFixtures';
import { RoutingExposureReview } from './RoutingExposureReview';

const refused: RenderResult = {
  ok: false,
  findings: [
    {
      severity: 'error',
      code: 'NoMatchingListenerHostname',
      message:
        'shop.other.com does not match the hostname *.shop.example.com of listener https',
      field: 'hostnames[0]',
    },
    {
      severity: 'warning',
      code: 'CertificateWillNotBeIssued',
      message: 'cert-manager will not issue a certificate for listener https',
      field: 'gateway',
    },
    {
      severity: 'info',
      code: 'StaleCluster',
      message: 'cluster prod-eu was last synced 5 minutes ago',
    },
  ],
  files: cleanPreflight.files,
};

async function renderReview(
  api: RoutingApi,
  form: Record<string, unknown> = {
    ...httpForm,
    hostnames: ['shop.other.com'],
  },
) {
  const onChange = jest.fn();
  await renderInTestApp(
    <TestApiProvider apis={[[routingApiRef, api]]}>
      <FieldHarness
        Field={RoutingExposureReview}
        name="review"
        form={form}
        onChange={onChange}
      />
    </TestApiProvider>,
  );
  return onChange;
}

describe('RoutingExposureReview', () => {
  it('shows every finding of the preflight with its severity, code, field and message', async () => {
    await renderReview(
      mockRoutingApi({ preflight: jest.fn().mockResolvedValue(refused) }),
    );

    expect(
      await screen.findByText(
        '1 error to fix before the request can be created.',
      ),
    ).toBeInTheDocument();
    const error = screen.getByText(/shop.other.com does not match/);
    expect(error).toHaveTextContent(
      'NoMatchingListenerHostname (hostnames[0]): shop.other.com does not match the hostname *.shop.example.com of listener https',
    );
    expect(screen.getByText(/cert-manager will not issue/)).toHaveTextContent(
      'CertificateWillNotBeIssued (gateway):',
    );
    expect(screen.getByText(/was last synced/)).toHaveTextContent(
      'StaleCluster: cluster prod-eu was last synced 5 minutes ago',
    );
    expect(screen.getByTitle('error')).toBeInTheDocument();
    expect(screen.getByTitle('warning')).toBeInTheDocument();
    expect(screen.getByTitle('info')).toBeInTheDocument();
  });

  it('shows the files the change would add, path and content', async () => {
    await renderReview(
      mockRoutingApi({
        preflight: jest.fn().mockResolvedValue(cleanPreflight),
      }),
    );

    expect(
      await screen.findByText('The request can be created.'),
    ).toBeInTheDocument();
    const file = screen.getByRole('group', {
      name: 'clusters/prod-eu/shop/storefront/httproute-storefront.yaml',
    });
    expect(
      within(file).getByText(
        'clusters/prod-eu/shop/storefront/httproute-storefront.yaml',
      ),
    ).toBeInTheDocument();
    expect(within(file).getByRole('code')).toHaveTextContent(
      'apiVersion: gateway.networking.k8s.io/v1 kind: HTTPRoute',
    );
  });

  it('checks the request the whole form makes', async () => {
    const preflight = jest.fn().mockResolvedValue(cleanPreflight);
    await renderReview(mockRoutingApi({ preflight }), {
      ...httpForm,
      hostnames: ['storefront.shop.example.com'],
      gateway: { namespace: 'infra', name: 'public', sectionName: 'https' },
      paths: [{ type: 'PathPrefix', value: '/shop' }],
    });

    await screen.findByText('The request can be created.');
    expect(preflight).toHaveBeenCalledWith({
      entityRef,
      type: 'http',
      cluster: 'prod-eu',
      namespace: 'shop',
      service: { name: 'storefront', port: 8080 },
      hostnames: ['storefront.shop.example.com'],
      gateway: { namespace: 'infra', name: 'public', sectionName: 'https' },
      paths: [{ type: 'PathPrefix', value: '/shop' }],
    });
  });

  it('keeps a summary of the answer as its value, not ok until an answer without errors', async () => {
    const onChange = await renderReview(
      mockRoutingApi({ preflight: jest.fn().mockResolvedValue(refused) }),
    );

    expect(onChange).toHaveBeenCalledWith({
      ok: false,
      errors: 0,
      warnings: 0,
    });
    await waitFor(() =>
      expect(onChange).toHaveBeenLastCalledWith({
        ok: false,
        errors: 1,
        warnings: 1,
      }),
    );
  });

  it('says when the routing backend cannot be reached', async () => {
    await renderReview(
      mockRoutingApi({
        preflight: jest.fn().mockRejectedValue(new Error('Failed to fetch')),
      }),
    );

    expect(
      await screen.findByText(
        'Could not check the request with the routing backend: Failed to fetch',
      ),
    ).toBeInTheDocument();
  });

  it('says what it needs, and checks nothing, while the form has no Service', async () => {
    const api = mockRoutingApi();
    await renderReview(api, { entityRef, type: 'http' });

    expect(
      screen.getByText(/Choose the component and pick its Service/),
    ).toBeInTheDocument();
    expect(api.preflight).not.toHaveBeenCalled();
  });
});
