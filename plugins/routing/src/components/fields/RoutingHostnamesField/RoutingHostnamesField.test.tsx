import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import type { RenderResult } from '@portway/plugin-routing-common';
import { routingApiRef, type RoutingApi } from '../../../api/types';
import { mockRoutingApi } from '../../../__testUtils__/mockRoutingApi';
import { FieldHarness } from '../../../__testUtils__/FieldHarness';
import {
  cleanPreflight,
  entityRef,
  httpForm,
  listeners,
} from '../../../__testUtils__/fieldFixtures';
import { RoutingHostnamesField } from './RoutingHostnamesField';

const conflict: RenderResult = {
  ok: false,
  findings: [
    {
      severity: 'error',
      code: 'HostnameConflict',
      message:
        'shop.example.com is already served by HTTPRoute shop/legacy-shop of component:default/legacy-shop',
      field: 'hostnames[1]',
    },
    {
      severity: 'error',
      code: 'NoMatchingListenerHostname',
      message:
        'shop.example.com does not match the hostname *.shop.example.com of listener https',
      field: 'hostnames[1]',
    },
    {
      severity: 'warning',
      code: 'HostnameNotAllowed',
      message: 'hostnames outside example.com need approval',
      field: 'hostnames',
    },
    {
      severity: 'error',
      code: 'PortNotOnService',
      message: 'port 8080 is not on Service shop/storefront',
      field: 'service.port',
    },
  ],
  files: [],
};

async function renderField(
  api: RoutingApi,
  options: { form?: Record<string, unknown>; initial?: string[] } = {},
) {
  const onChange = jest.fn();
  await renderInTestApp(
    <TestApiProvider apis={[[routingApiRef, api]]}>
      <FieldHarness
        Field={RoutingHostnamesField}
        name="hostnames"
        form={options.form ?? httpForm}
        initial={options.initial}
        onChange={onChange}
      />
    </TestApiProvider>,
  );
  return onChange;
}

describe('RoutingHostnamesField', () => {
  it('shows under each hostname what the preflight of the whole form found about it', async () => {
    const preflight = jest.fn().mockResolvedValue(conflict);
    await renderField(mockRoutingApi({ preflight }), {
      initial: ['storefront.shop.example.com', 'shop.example.com'],
    });

    expect(
      await screen.findByText(
        /already served by HTTPRoute shop\/legacy-shop of component:default\/legacy-shop/,
      ),
    ).toBeInTheDocument();
    expect(preflight).toHaveBeenCalledWith({
      entityRef,
      type: 'http',
      cluster: 'prod-eu',
      namespace: 'shop',
      service: { name: 'storefront', port: 8080 },
      hostnames: ['storefront.shop.example.com', 'shop.example.com'],
    });
    const secondRow = screen.getByRole('group', {
      name: 'Hostname 2 and its findings',
    });
    expect(secondRow).toHaveTextContent('HostnameConflict');
    expect(secondRow).toHaveTextContent('NoMatchingListenerHostname');
    expect(
      screen.getByRole('group', { name: 'Hostname 1 and its findings' }),
    ).not.toHaveTextContent('HostnameConflict');
  });

  it('shows the findings about all hostnames, and none about other fields', async () => {
    await renderField(
      mockRoutingApi({ preflight: jest.fn().mockResolvedValue(conflict) }),
      { initial: ['storefront.shop.example.com', 'shop.example.com'] },
    );

    expect(
      await screen.findByText(/hostnames outside example.com need approval/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/PortNotOnService/)).not.toBeInTheDocument();
  });

  it('checks the hostnames once typing pauses, not at every key', async () => {
    const preflight = jest.fn().mockResolvedValue(cleanPreflight);
    await renderField(mockRoutingApi({ preflight }));

    await userEvent.type(
      screen.getByLabelText('Hostname 1'),
      'storefront.shop.example.com',
    );

    await waitFor(() =>
      expect(preflight).toHaveBeenLastCalledWith(
        expect.objectContaining({
          hostnames: ['storefront.shop.example.com'],
        }),
      ),
    );
    // One check of the empty field on the way in, one when typing stopped.
    expect(preflight).toHaveBeenCalledTimes(2);
  });

  it('adds and removes hostnames', async () => {
    const onChange = await renderField(
      mockRoutingApi({
        preflight: jest.fn().mockResolvedValue(cleanPreflight),
      }),
      { initial: ['a.shop.example.com'] },
    );

    await userEvent.click(screen.getByRole('button', { name: 'Add hostname' }));
    await userEvent.type(
      screen.getByLabelText('Hostname 2'),
      'b.shop.example.com',
    );
    expect(onChange).toHaveBeenLastCalledWith([
      'a.shop.example.com',
      'b.shop.example.com',
    ]);

    await userEvent.click(
      screen.getByRole('button', { name: 'Remove hostname 1' }),
    );
    expect(onChange).toHaveBeenLastCalledWith(['b.shop.example.com']);
    expect(screen.getByLabelText('Hostname 1')).toHaveValue(
      'b.shop.example.com',
    );
  });

  it('shows which hostnames the chosen listener answers', async () => {
    const api = mockRoutingApi({
      preflight: jest.fn().mockResolvedValue(cleanPreflight),
      getListeners: jest.fn().mockResolvedValue(listeners),
    });
    await renderField(api, {
      form: {
        ...httpForm,
        gateway: { namespace: 'infra', name: 'public', sectionName: 'https' },
      },
    });

    expect(
      await screen.findByText(/Listener https of infra\/public answers/),
    ).toHaveTextContent(
      'Listener https of infra/public answers *.shop.example.com.',
    );
    expect(api.getListeners).toHaveBeenCalledWith(
      { kind: 'component', namespace: 'default', name: 'storefront' },
      { cluster: 'prod-eu', namespace: 'shop', type: 'http' },
    );
  });

  it('says the hostnames are checked once the Service is picked, and checks nothing before', async () => {
    const api = mockRoutingApi();
    await renderField(api, { form: { entityRef, type: 'http' } });

    expect(
      screen.getByText('The hostnames are checked once the Service is picked.'),
    ).toBeInTheDocument();
    expect(api.preflight).not.toHaveBeenCalled();
  });

  it('says when the hostnames could not be checked', async () => {
    await renderField(
      mockRoutingApi({
        preflight: jest
          .fn()
          .mockRejectedValue(new Error('backend unreachable')),
      }),
      { initial: ['storefront.shop.example.com'] },
    );

    expect(
      await screen.findByText(
        'Could not check the hostnames: backend unreachable',
      ),
    ).toBeInTheDocument();
  });
});
