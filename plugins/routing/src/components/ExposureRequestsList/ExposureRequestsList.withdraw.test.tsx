import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import type { Entity } from '@backstage/catalog-model';
import { mockRoutingApi } from '../../__testUtils__/mockRoutingApi';
import { storefront } from '../../__testUtils__/fixtures';
import { exposureRequest } from '../../__testUtils__/exposureRequestFixtures';
import {
  listing,
  refused,
  renderList,
  rowWith,
} from '../../__testUtils__/requestsList';

describe('Withdraw on the exposure requests list', () => {
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
});
