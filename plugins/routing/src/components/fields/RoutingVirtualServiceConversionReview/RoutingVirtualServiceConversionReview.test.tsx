import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { SecretsContextProvider } from '@backstage/plugin-scaffolder-react';
import { Stepper } from '@backstage/plugin-scaffolder-react/alpha';
import type { VirtualServiceConversionPreview } from '@portway/plugin-routing-common';
import { routingApiRef, type RoutingApi } from '../../../api/types';
import { mockRoutingApi } from '../../../__testUtils__/mockRoutingApi';
import { FieldHarness } from '../../../__testUtils__/FieldHarness';
import { entityRef } from '../../../__testUtils__/fieldFixtures';
import {
  cleanConversion,
  conversionForm,
} from '../../../__testUtils__/virtualServiceConversionFixtures';
import { routingVirtualServiceConversionReviewField } from '../fieldOptions';
import { RoutingVirtualServiceConversionReview } from './RoutingVirtualServiceConversionReview';

/** A conversion the backend refuses: nothing written, the routes shown from the converter. */
const refused: VirtualServiceConversionPreview = {
  ...cleanConversion,
  ok: false,
  files: [],
  findings: [
    {
      severity: 'error',
      code: 'AlreadyExists',
      message:
        'clusters/prod-eu/shop/storefront/grpcroute-catalog-grpc.yaml already exists in the GitOps repository',
    },
  ],
};

async function renderReview(
  api: RoutingApi,
  form: Record<string, unknown> = conversionForm,
) {
  const onChange = jest.fn();
  await renderInTestApp(
    <TestApiProvider apis={[[routingApiRef, api]]}>
      <FieldHarness
        Field={RoutingVirtualServiceConversionReview}
        name="review"
        form={form}
        onChange={onChange}
      />
    </TestApiProvider>,
  );
  return onChange;
}

describe('RoutingVirtualServiceConversionReview', () => {
  it('asks for the preview of the conversion the form makes, and shows the files and every note under its VirtualService', async () => {
    const previewVirtualServiceConversion = jest
      .fn()
      .mockResolvedValue(cleanConversion);
    await renderReview(mockRoutingApi({ previewVirtualServiceConversion }));

    expect(
      await screen.findByText('The conversion can be requested.'),
    ).toBeInTheDocument();
    expect(previewVirtualServiceConversion).toHaveBeenCalledWith({
      entityRef,
      cluster: 'prod-eu',
      namespace: 'shop',
      virtualServices: ['catalog-grpc'],
    });
    const file = screen.getByRole('group', {
      name: 'clusters/prod-eu/shop/storefront/grpcroute-catalog-grpc.yaml',
    });
    expect(within(file).getByRole('code')).toHaveTextContent(
      'apiVersion: gateway.networking.k8s.io/v1 kind: GRPCRoute',
    );
    expect(screen.getByText('Notes (1)')).toBeInTheDocument();
    const notes = screen.getByRole('group', {
      name: 'VirtualService shop/catalog-grpc',
    });
    expect(notes).toHaveTextContent(
      'spec.http[0].timeout: not carried over: GRPCRoute has no timeouts.',
    );
    expect(within(notes).getByTitle('warning')).toBeInTheDocument();
  });

  it('with errors, shows the findings and the routes as YAML, and keeps a summary that is not ok', async () => {
    const onChange = await renderReview(
      mockRoutingApi({
        previewVirtualServiceConversion: jest.fn().mockResolvedValue(refused),
      }),
    );

    expect(
      await screen.findByText(
        '1 error to fix before the conversion can be requested.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/already exists/)).toHaveTextContent(
      'AlreadyExists: clusters/prod-eu/shop/storefront/grpcroute-catalog-grpc.yaml already exists',
    );
    expect(
      screen.getByText(
        'The objects the VirtualServices become; no file is written while the conversion has errors.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('group', { name: 'GRPCRoute shop/catalog-grpc' }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(onChange).toHaveBeenLastCalledWith({
        ok: false,
        errors: 1,
        warnings: 0,
      }),
    );
  });

  it('says what it needs, and asks nothing, while no VirtualService is ticked', async () => {
    const api = mockRoutingApi();
    await renderReview(api, { entityRef });

    expect(
      screen.getByText(
        'Choose the component and tick its VirtualServices: the conversion is checked here once it has them.',
      ),
    ).toBeInTheDocument();
    expect(api.previewVirtualServiceConversion).not.toHaveBeenCalled();
  });
});

/** The convert-virtualservice template's Check step, the VirtualService ticked before. */
const manifest = {
  title: 'Convert VirtualServices',
  steps: [
    {
      title: 'Check',
      schema: {
        properties: {
          review: {
            type: 'object',
            'ui:field': 'RoutingVirtualServiceConversionReview',
          },
        },
      },
    },
  ],
};

async function renderTemplateForm(preview: VirtualServiceConversionPreview) {
  const previewVirtualServiceConversion = jest.fn().mockResolvedValue(preview);
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [routingApiRef, mockRoutingApi({ previewVirtualServiceConversion })],
      ]}
    >
      <SecretsContextProvider>
        <Stepper
          manifest={manifest}
          extensions={[routingVirtualServiceConversionReviewField]}
          initialState={conversionForm}
          onCreate={jest.fn()}
        />
      </SecretsContextProvider>
    </TestApiProvider>,
  );
  return previewVirtualServiceConversion;
}

describe('RoutingVirtualServiceConversionReview in a template form', () => {
  beforeEach(() => {
    // The stepper scrolls to the top on each step; jsdom cannot scroll.
    jest.spyOn(window, 'scrollTo').mockImplementation(() => {});
  });

  it('keeps a conversion whose preview has errors from going on', async () => {
    await renderTemplateForm(refused);
    await screen.findByText(
      '1 error to fix before the conversion can be requested.',
    );

    await userEvent.click(screen.getByRole('button', { name: 'Review' }));

    expect(
      await screen.findAllByText(/AlreadyExists: clusters\/prod-eu/),
    ).not.toHaveLength(0);
    expect(
      screen.queryByRole('button', { name: 'Create' }),
    ).not.toBeInTheDocument();
  });

  it('lets a conversion without errors go on, checked again by its validation', async () => {
    const preview = await renderTemplateForm(cleanConversion);
    await screen.findByText('The conversion can be requested.');

    await userEvent.click(screen.getByRole('button', { name: 'Review' }));

    expect(
      await screen.findByRole('button', { name: 'Create' }),
    ).toBeInTheDocument();
    expect(preview).toHaveBeenCalledTimes(2);
  });
});
