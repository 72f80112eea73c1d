import { act, screen, waitFor, within } from '@testing-library/react';
import { mockRoutingApi } from '../../__testUtils__/mockRoutingApi';
import { exposureRequest } from '../../__testUtils__/exposureRequestFixtures';
import {
  listing,
  refused,
  renderList,
  rowWith,
} from '../../__testUtils__/requestsList';

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
