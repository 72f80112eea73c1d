import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import type { IngressClassesResponse } from '@portway/plugin-routing-common';
import { routingApiRef, type RoutingApi } from '../../../api/types';
import { mockRoutingApi } from '../../../__testUtils__/mockRoutingApi';
import { FieldHarness } from '../../../__testUtils__/FieldHarness';
import {
  entityRef,
  httpForm,
  ingressClasses,
  pending,
} from '../../../__testUtils__/fieldFixtures';
import { RoutingIngressClassPicker } from './RoutingIngressClassPicker';

const ingressForm = { ...httpForm, type: 'ingress' };

function answering(response: Promise<IngressClassesResponse>): RoutingApi {
  return mockRoutingApi({
    getIngressClasses: jest.fn().mockReturnValue(response),
  });
}

async function renderPicker(
  api: RoutingApi,
  options: { form?: Record<string, unknown>; initial?: string } = {},
) {
  const onChange = jest.fn();
  await renderInTestApp(
    <TestApiProvider apis={[[routingApiRef, api]]}>
      <FieldHarness
        Field={RoutingIngressClassPicker}
        name="ingressClassName"
        form={options.form ?? ingressForm}
        initial={options.initial}
        onChange={onChange}
      />
    </TestApiProvider>,
  );
  return onChange;
}

describe('RoutingIngressClassPicker', () => {
  it('says to pick the Service first, and asks nothing, while the form has no target', async () => {
    const api = mockRoutingApi();
    await renderPicker(api, { form: { entityRef, type: 'ingress' } });

    expect(screen.getByText(/Pick the Service first/)).toBeInTheDocument();
    expect(api.getIngressClasses).not.toHaveBeenCalled();
  });

  it("pre-selects the default IngressClass of the Service's cluster", async () => {
    const api = answering(Promise.resolve(ingressClasses));
    const onChange = await renderPicker(api);

    expect(
      await screen.findByRole('button', {
        name: /nginx \(k8s.io\/ingress-nginx, default\)/,
      }),
    ).toBeInTheDocument();
    expect(onChange).toHaveBeenCalledWith('nginx');
    expect(api.getIngressClasses).toHaveBeenCalledWith(
      { kind: 'component', namespace: 'default', name: 'storefront' },
      { cluster: 'prod-eu' },
    );
  });

  it('lists each class with its controller, the default marked', async () => {
    await renderPicker(answering(Promise.resolve(ingressClasses)));

    await userEvent.click(await screen.findByRole('button', { name: /nginx/ }));
    const options = within(screen.getByRole('listbox')).getAllByRole('option');

    expect(options.map(option => option.textContent)).toEqual([
      'vendor (example.com/vendor-ingress)',
      'nginx (k8s.io/ingress-nginx, default)',
    ]);
  });

  it('keeps a class the user picked instead of the default', async () => {
    const onChange = await renderPicker(
      answering(Promise.resolve(ingressClasses)),
      { initial: 'vendor' },
    );

    expect(
      await screen.findByRole('button', { name: /vendor/ }),
    ).toBeInTheDocument();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('fills the class name when a class is picked', async () => {
    const onChange = await renderPicker(
      answering(Promise.resolve(ingressClasses)),
    );

    await userEvent.click(await screen.findByRole('button', { name: /nginx/ }));
    await userEvent.click(screen.getByRole('option', { name: /vendor/ }));

    expect(onChange).toHaveBeenLastCalledWith('vendor');
  });

  it('says it is looking while the classes load', async () => {
    await renderPicker(answering(pending()));

    expect(
      screen.getByText('Looking for the IngressClasses of cluster prod-eu…'),
    ).toBeInTheDocument();
  });

  it('shows why the classes could not be loaded', async () => {
    await renderPicker(answering(Promise.reject(new Error('403 Forbidden'))));

    expect(
      await screen.findByText(
        'Could not load the IngressClasses of cluster prod-eu: 403 Forbidden',
      ),
    ).toBeInTheDocument();
  });

  it('says what to do when the backend gives no answer', async () => {
    await renderPicker(
      answering(
        Promise.resolve(undefined as unknown as IngressClassesResponse),
      ),
    );

    expect(
      await screen.findByText(
        'Could not load the IngressClasses of cluster prod-eu: the routing backend gave no answer; reload the page to ask again',
      ),
    ).toBeInTheDocument();
  });

  it('says when the cluster has no IngressClass, and names it when it is in trouble', async () => {
    await renderPicker(
      answering(
        Promise.resolve({
          ingressClasses: [],
          clusters: [{ name: 'prod-eu', state: 'syncing' }],
        }),
      ),
    );

    expect(
      await screen.findByText('Cluster prod-eu has no IngressClasses.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Cluster prod-eu: syncing (its IngressClasses may be missing)',
      ),
    ).toBeInTheDocument();
  });
});
