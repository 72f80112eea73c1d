import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { SecretsContextProvider } from '@backstage/plugin-scaffolder-react';
import { Stepper } from '@backstage/plugin-scaffolder-react/alpha';
import type { RenderResult } from '@portway/plugin-routing-common';
import { routingApiRef } from '../../../api/types';
import { mockRoutingApi } from '../../../__testUtils__/mockRoutingApi';
import { cleanPreflight, httpForm } from '../../../__testUtils__/fieldFixtures';
import { routingExposureReviewField } from '../fieldOptions';

/** A template step with nothing but the review, the rest of the form filled in before. */
const manifest = {
  title: 'Expose an HTTP service',
  steps: [
    {
      title: 'Check',
      schema: {
        properties: {
          review: { type: 'object', 'ui:field': 'RoutingExposureReview' },
        },
      },
    },
  ],
};

async function renderTemplateForm(result: RenderResult) {
  const preflight = jest.fn().mockResolvedValue(result);
  await renderInTestApp(
    <TestApiProvider apis={[[routingApiRef, mockRoutingApi({ preflight })]]}>
      <SecretsContextProvider>
        <Stepper
          manifest={manifest}
          extensions={[routingExposureReviewField]}
          initialState={{ ...httpForm, hostnames: ['shop.other.com'] }}
          onCreate={jest.fn()}
        />
      </SecretsContextProvider>
    </TestApiProvider>,
  );
  return preflight;
}

describe('RoutingExposureReview in a template form', () => {
  beforeEach(() => {
    // The stepper scrolls to the top on each step; jsdom cannot scroll.
    jest.spyOn(window, 'scrollTo').mockImplementation(() => {});
  });

  it('keeps a request whose preflight has errors from going on to Create', async () => {
    await renderTemplateForm({
      ok: false,
      findings: [
        {
          severity: 'error',
          code: 'HostnameConflict',
          message: 'shop.other.com is already served by HTTPRoute shop/old',
          field: 'hostnames[0]',
        },
      ],
      files: [],
    });
    await screen.findByText(
      '1 error to fix before the request can be created.',
    );

    await userEvent.click(screen.getByRole('button', { name: 'Review' }));

    expect(
      await screen.findAllByText(
        /HostnameConflict \(hostnames\[0\]\): shop.other.com is already served by HTTPRoute shop\/old/,
      ),
    ).not.toHaveLength(0);
    expect(
      screen.queryByRole('button', { name: 'Create' }),
    ).not.toBeInTheDocument();
  });

  it('lets a request without errors go on to Create', async () => {
    const preflight = await renderTemplateForm(cleanPreflight);
    await screen.findByText('The request can be created.');

    await userEvent.click(screen.getByRole('button', { name: 'Review' }));

    expect(
      await screen.findByRole('button', { name: 'Create' }),
    ).toBeInTheDocument();
    // Once for the review shown, once more by its validation.
    expect(preflight).toHaveBeenCalledTimes(2);
  });
});
