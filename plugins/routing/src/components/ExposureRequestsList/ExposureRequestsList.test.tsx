import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TestApiProvider } from '@backstage/test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { ResponseError } from '@backstage/errors';
import type { Entity } from '@backstage/catalog-model';
import type { ExposureRequestRecord } from '@portway/plugin-routing-common';
import { routingApiRef, type RoutingApi } from '../../api/types';
import { mockRoutingApi } from '../../__testUtils__/mockRoutingApi';
import { renderWithPermission } from '../../__testUtils__/renderWithPermission';
import { storefront } from '../../__testUtils__/fixtures';
import { exposureRequest } from '../../__testUtils__/exposureRequestFixtures';
import { ExposureRequestsList } from './ExposureRequestsList';

async function renderList(
  api: RoutingApi,
  options: {
    entity?: Entity;
    authorize?: AuthorizeResult.ALLOW | AuthorizeResult.DENY;
  } = {},
) {
  const { entity = storefront, authorize } = options;
  return renderWithPermission(
    <TestApiProvider apis={[[routingApiRef, api]]}>
      <ExposureRequestsList entity={entity} />
    </TestApiProvider>,
    { authorize },
  );
}

function listing(...requests: ExposureRequestRecord[]) {
  return jest.fn().mockResolvedValue({ requests });
}

/** The table row that shows `text`. */
function rowWith(text: string): HTMLElement {
  const row = screen
    .getAllByRole('row')
    .find(candidate => within(candidate).queryByText(text));
  if (!row) {
    throw new Error(`no row shows ${text}`);
  }
  return row;
}

async function refused(message: string): Promise<ResponseError> {
  const body = {
    error: { name: 'NotAllowedError', message },
    response: { statusCode: 403 },
  };
  return ResponseError.fromResponse(
    new Response(JSON.stringify(body), {
      status: 403,
      statusText: 'Forbidden',
      headers: { 'content-type': 'application/json' },
    }),
  );
}

describe('ExposureRequestsList', () => {
  it('asks for the requests of the entity and lists them, counted in the title', async () => {
    const listExposureRequests = listing(
      exposureRequest('open'),
      exposureRequest('live'),
    );
    await renderList(mockRoutingApi({ listExposureRequests }));

    expect(
      await screen.findByText('Exposure requests (2)'),
    ).toBeInTheDocument();
    expect(listExposureRequests).toHaveBeenCalledWith({
      namespace: 'default',
      kind: 'Component',
      name: 'storefront',
    });
  });

  it('shows every state as a chip, with the reason for it', async () => {
    await renderList(
      mockRoutingApi({
        listExposureRequests: listing(
          exposureRequest('requested'),
          exposureRequest('open'),
          exposureRequest('merged'),
          exposureRequest('live'),
          exposureRequest('failed', {
            stateReason:
              'HTTPRoute shop/storefront not accepted: NoMatchingListenerHostname',
          }),
          exposureRequest('closed', {
            stateReason: 'pull request closed without merging',
          }),
          exposureRequest('expired', {
            stateReason: 'not merged within 14 days',
          }),
        ),
      }),
    );

    await screen.findByText('Exposure requests (7)');
    for (const state of [
      'requested',
      'open',
      'merged',
      'live',
      'failed',
      'closed',
      'expired',
    ]) {
      expect(
        within(rowWith(state)).getByText(state).closest('.MuiChip-root'),
      ).toBeInTheDocument();
    }
    expect(
      within(rowWith('failed')).getByText(
        'HTTPRoute shop/storefront not accepted: NoMatchingListenerHostname',
      ),
    ).toBeInTheDocument();
    expect(
      within(rowWith('closed')).getByText(
        'pull request closed without merging',
      ),
    ).toBeInTheDocument();
    expect(
      within(rowWith('expired')).getByText('not merged within 14 days'),
    ).toBeInTheDocument();
  });

  it('shows what each request exposes, where, and for which hostnames', async () => {
    await renderList(
      mockRoutingApi({
        listExposureRequests: listing(
          exposureRequest('open', {
            hostnames: ['storefront.shop.example.com', 'shop.example.com'],
          }),
          exposureRequest('requested', {
            id: 'mesh',
            type: 'grpc-mesh',
            cluster: 'prod-us',
            hostnames: [],
          }),
        ),
      }),
    );

    const http = within(await screen.findByRole('row', { name: /HTTPRoute/ }));
    expect(http.getByText('http')).toBeInTheDocument();
    expect(http.getByText('shop/storefront:8080')).toBeInTheDocument();
    expect(http.getByText('cluster prod-eu')).toBeInTheDocument();
    expect(http.getByText('storefront.shop.example.com')).toBeInTheDocument();
    expect(http.getByText('shop.example.com')).toBeInTheDocument();
    const mesh = within(screen.getByRole('row', { name: /VirtualService/ }));
    expect(mesh.getByText('grpc-mesh')).toBeInTheDocument();
    expect(mesh.getByText('cluster prod-us')).toBeInTheDocument();
    expect(mesh.getByText('—')).toBeInTheDocument();
  });

  it('links to the pull request on GitHub and to the merge request on GitLab, in a new tab', async () => {
    await renderList(
      mockRoutingApi({
        listExposureRequests: listing(
          exposureRequest('open', {
            provider: 'github',
            branchName: 'portway/expose-storefront-http-storefront',
            pullRequestUrl: 'https://github.com/acme/gitops/pull/42',
          }),
          exposureRequest('merged', {
            provider: 'gitlab',
            branchName: 'portway/expose-storefront-http-storefront',
            pullRequestUrl:
              'https://gitlab.example.com/acme/gitops/-/merge_requests/7',
          }),
        ),
      }),
    );

    const pullRequest = await screen.findByRole('link', {
      name: 'Pull request',
    });
    expect(pullRequest).toHaveAttribute(
      'href',
      'https://github.com/acme/gitops/pull/42',
    );
    expect(pullRequest).toHaveAttribute('target', '_blank');
    expect(screen.getByRole('link', { name: 'Merge request' })).toHaveAttribute(
      'href',
      'https://gitlab.example.com/acme/gitops/-/merge_requests/7',
    );
  });

  it('shows the branch of a change in the local GitOps repository', async () => {
    await renderList(
      mockRoutingApi({
        listExposureRequests: listing(
          exposureRequest('open', {
            provider: 'local',
            branchName: 'portway/expose-storefront-http-storefront',
            commitSha: '0a1b2c3d',
          }),
        ),
      }),
    );

    expect(
      await screen.findByText(
        'branch portway/expose-storefront-http-storefront',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('says when no change is opened yet, and when none will be', async () => {
    await renderList(
      mockRoutingApi({
        listExposureRequests: listing(
          exposureRequest('requested'),
          exposureRequest('failed', {
            stateReason: 'the forge refused the push',
          }),
        ),
      }),
    );

    expect(
      within(await screen.findByRole('row', { name: /requested/ })).getByText(
        'not opened yet',
      ),
    ).toBeInTheDocument();
    expect(
      within(rowWith('failed')).getByText('never opened'),
    ).toBeInTheDocument();
  });

  it('shows how long ago each request was made, and by whom', async () => {
    const threeMinutesAgo = new Date(Date.now() - 185_000).toISOString();
    await renderList(
      mockRoutingApi({
        listExposureRequests: listing(
          exposureRequest('open', {
            createdAt: threeMinutesAgo,
            createdBy: 'user:default/jane',
          }),
        ),
      }),
    );

    expect(await screen.findByText('3 minutes ago')).toBeInTheDocument();
    expect(screen.getByText('by user:default/jane')).toBeInTheDocument();
  });

  it('offers Withdraw for the requests that still hold hostnames, and only those', async () => {
    await renderList(
      mockRoutingApi({
        listExposureRequests: listing(
          exposureRequest('requested'),
          exposureRequest('open'),
          exposureRequest('merged'),
          exposureRequest('live'),
          exposureRequest('failed'),
          exposureRequest('closed'),
          exposureRequest('expired'),
        ),
      }),
    );

    await screen.findByText('Exposure requests (7)');
    for (const state of ['requested', 'open', 'merged', 'live']) {
      expect(
        within(rowWith(state)).getByRole('button', { name: 'Withdraw' }),
      ).toBeEnabled();
    }
    for (const state of ['failed', 'closed', 'expired']) {
      expect(
        within(rowWith(state)).queryByRole('button', { name: 'Withdraw' }),
      ).not.toBeInTheDocument();
    }
  });

  it('withdraws a request once confirmed, naming the hostnames it releases, then loads the requests again', async () => {
    const open = exposureRequest('open', {
      hostnames: ['storefront.shop.example.com', 'shop.example.com'],
    });
    const withdrawn = {
      ...open,
      state: 'closed' as const,
      stateReason: 'withdrawn by user:default/guest',
    };
    const listExposureRequests = jest
      .fn()
      .mockResolvedValueOnce({ requests: [open] })
      .mockResolvedValueOnce({ requests: [withdrawn] });
    const withdrawExposureRequest = jest
      .fn()
      .mockResolvedValue({ request: withdrawn });
    await renderList(
      mockRoutingApi({ listExposureRequests, withdrawExposureRequest }),
    );

    await userEvent.click(
      await screen.findByRole('button', { name: 'Withdraw' }),
    );
    const dialog = screen.getByRole('dialog', {
      name: 'Withdraw this exposure request?',
    });
    const released = within(dialog).getByRole('list', {
      name: 'Hostnames to release',
    });
    expect(
      within(released)
        .getAllByRole('listitem')
        .map(item => item.textContent),
    ).toEqual(['storefront.shop.example.com', 'shop.example.com']);
    expect(withdrawExposureRequest).not.toHaveBeenCalled();

    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Withdraw' }),
    );

    expect(withdrawExposureRequest).toHaveBeenCalledWith(open.id);
    expect(
      await screen.findByText('withdrawn by user:default/guest'),
    ).toBeInTheDocument();
    expect(listExposureRequests).toHaveBeenCalledTimes(2);
    expect(within(rowWith('closed')).getByText('closed')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Withdraw' }),
    ).not.toBeInTheDocument();
  });

  it('withdraws nothing when the confirmation is cancelled', async () => {
    const withdrawExposureRequest = jest.fn();
    await renderList(
      mockRoutingApi({
        listExposureRequests: listing(exposureRequest('open')),
        withdrawExposureRequest,
      }),
    );

    await userEvent.click(
      await screen.findByRole('button', { name: 'Withdraw' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));

    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    expect(withdrawExposureRequest).not.toHaveBeenCalled();
  });

  it('says in the dialog why the backend refused to withdraw, and keeps the list as it was', async () => {
    const listExposureRequests = listing(exposureRequest('open'));
    const withdrawExposureRequest = jest
      .fn()
      .mockRejectedValue(
        await refused(
          'Not allowed to withdraw exposure requests of component:default/storefront',
        ),
      );
    await renderList(
      mockRoutingApi({ listExposureRequests, withdrawExposureRequest }),
    );

    await userEvent.click(
      await screen.findByRole('button', { name: 'Withdraw' }),
    );
    const dialog = screen.getByRole('dialog');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Withdraw' }),
    );

    expect(
      await within(dialog).findByText(
        'Could not withdraw the request: Not allowed to withdraw exposure requests of component:default/storefront',
      ),
    ).toBeInTheDocument();
    expect(listExposureRequests).toHaveBeenCalledTimes(1);
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Cancel' }),
    );
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    expect(
      within(rowWith('open')).getByRole('button', { name: 'Withdraw' }),
    ).toBeEnabled();
  });

  it('disables Withdraw, saying why in its tooltip, for those who may not request exposure of the entity', async () => {
    // usePermission caches answers by permission and resource: ask about another entity.
    const payments: Entity = {
      ...storefront,
      metadata: { ...storefront.metadata, name: 'payments' },
    };
    await renderList(
      mockRoutingApi({
        listExposureRequests: listing(
          exposureRequest('open', {
            entityRef: 'component:default/payments',
          }),
        ),
      }),
      { entity: payments, authorize: AuthorizeResult.DENY },
    );

    const button = await screen.findByRole('button', { name: 'Withdraw' });
    await waitFor(() => expect(button.parentElement?.tagName).toBe('SPAN'));
    expect(screen.getByRole('button', { name: 'Withdraw' })).toBeDisabled();
    await userEvent.hover(
      screen.getByRole('button', { name: 'Withdraw' }).parentElement!,
    );
    expect(
      await screen.findByRole('tooltip', {
        name: 'Only those allowed to request exposure for component:default/payments (usually its owners; permission routing.exposure.create) can withdraw its requests.',
      }),
    ).toBeInTheDocument();
  });

  it('shows nothing when the entity has no exposure requests', async () => {
    const listExposureRequests = listing();
    const { container } = await renderList(
      mockRoutingApi({ listExposureRequests }),
    );

    await waitFor(() => expect(listExposureRequests).toHaveBeenCalled());
    await act(async () => {});
    expect(screen.queryByText(/Exposure requests/)).not.toBeInTheDocument();
    expect(container).toBeEmptyDOMElement();
  });

  it('shows a warning of its own when the requests cannot be loaded', async () => {
    await renderList(
      mockRoutingApi({
        listExposureRequests: jest
          .fn()
          .mockRejectedValue(
            await refused(
              'Not allowed to see the routing of component:default/storefront',
            ),
          ),
      }),
    );

    expect(
      await screen.findByText(
        'Could not load the exposure requests of this entity: Not allowed to see the routing of component:default/storefront',
      ),
    ).toBeInTheDocument();
  });
});
