import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { SecretsContextProvider } from '@backstage/plugin-scaffolder-react';
import { Stepper } from '@backstage/plugin-scaffolder-react/alpha';
import type { IngressRemovalPreview } from '@portway/plugin-routing-common';
import { routingApiRef } from '../../../api/types';
import { mockRoutingApi } from '../../../__testUtils__/mockRoutingApi';
import { entityRef } from '../../../__testUtils__/fieldFixtures';
import { cleanRemoval } from '../../../__testUtils__/ingressMigrationFixtures';
import { routingMigrationReviewField } from '../fieldOptions';

/** The remove-ingress template's check step, the Ingress ticked before. */
const manifest = {
  title: 'Remove migrated Ingresses',
  steps: [
    {
      title: 'Check',
      schema: {
        properties: {
          review: {
            type: 'object',
            'ui:field': 'RoutingMigrationReview',
            'ui:options': { purpose: 'removal' },
          },
        },
      },
    },
  ],
};

async function renderTemplateForm(preview: IngressRemovalPreview) {
  const previewIngressRemoval = jest.fn().mockResolvedValue(preview);
  await renderInTestApp(
    <TestApiProvider
      apis={[[routingApiRef, mockRoutingApi({ previewIngressRemoval })]]}
    >
      <SecretsContextProvider>
        <Stepper
          manifest={manifest}
          extensions={[routingMigrationReviewField]}
          initialState={{
            entityRef,
            ingress: { cluster: 'prod-eu', namespace: 'shop', names: ['api'] },
          }}
          onCreate={jest.fn()}
        />
      </SecretsContextProvider>
    </TestApiProvider>,
  );
  return previewIngressRemoval;
}

describe('RoutingMigrationReview in a template form', () => {
  beforeEach(() => {
    // The stepper scrolls to the top on each step; jsdom cannot scroll.
    jest.spyOn(window, 'scrollTo').mockImplementation(() => {});
  });

  it('keeps a removal whose preview has errors from going on', async () => {
    await renderTemplateForm({
      ...cleanRemoval,
      ok: false,
      findings: [
        {
          severity: 'error',
          code: 'IngressNotSafeToRemove',
          message: 'api.shop.example.com is not served by an accepted route',
        },
      ],
    });
    await screen.findByText(
      '1 error to fix before the removal can be requested.',
    );

    await userEvent.click(screen.getByRole('button', { name: 'Review' }));

    expect(
      await screen.findAllByText(
        /IngressNotSafeToRemove: api.shop.example.com is not served/,
      ),
    ).not.toHaveLength(0);
    expect(
      screen.queryByRole('button', { name: 'Create' }),
    ).not.toBeInTheDocument();
  });

  it('lets a removal without errors go on, checked by its purpose from ui:options', async () => {
    const previewIngressRemoval = await renderTemplateForm(cleanRemoval);
    await screen.findByText('The removal can be requested.');

    await userEvent.click(screen.getByRole('button', { name: 'Review' }));

    expect(
      await screen.findByRole('button', { name: 'Create' }),
    ).toBeInTheDocument();
    // Once for the review shown, once more by its validation.
    expect(previewIngressRemoval).toHaveBeenCalledTimes(2);
  });
});
