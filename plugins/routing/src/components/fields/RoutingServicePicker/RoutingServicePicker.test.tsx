import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import type { EntityServicesResponse } from '@portway/plugin-routing-common';
import { routingApiRef, type RoutingApi } from '../../../api/types';
import { mockRoutingApi } from '../../../__testUtils__/mockRoutingApi';
import { FieldHarness } from '../../../__testUtils__/FieldHarness';
import {
  entityRef,
  pending,
  services,
} from '../../../__testUtils__/fieldFixtures';
import { RoutingServicePicker } from './RoutingServicePicker';

function answering(response: Promise<EntityServicesResponse>): RoutingApi {
  return mockRoutingApi({
    getEntityServices: jest.fn().mockReturnValue(response),
  });
}

async function renderPicker(
  api: RoutingApi,
  form: Record<string, unknown> = { entityRef, type: 'http' },
  onChange = jest.fn(),
) {
  await renderInTestApp(
    <TestApiProvider apis={[[routingApiRef, api]]}>
      <FieldHarness
        Field={RoutingServicePicker}
        name="target"
        form={form}
        onChange={onChange}
      />
    </TestApiProvider>,
  );
  return onChange;
}

async function openOptions() {
  await userEvent.click(await screen.findByRole('button', { name: 'Open' }));
  return screen.getAllByRole('option');
}

describe('RoutingServicePicker', () => {
  it('says to choose the component first, and asks nothing, while the form has no entity', async () => {
    const api = mockRoutingApi();
    await renderPicker(api, {});

    expect(screen.getByText(/Choose the component first/)).toBeInTheDocument();
    expect(api.getEntityServices).not.toHaveBeenCalled();
  });

  it('asks the backend for the Services of the entity the form names', async () => {
    const api = answering(Promise.resolve(services));
    await renderPicker(api);

    await screen.findByRole('button', { name: 'Open' });
    expect(api.getEntityServices).toHaveBeenCalledWith({
      kind: 'component',
      namespace: 'default',
      name: 'storefront',
    });
  });

  it('says it is looking while the Services load', async () => {
    await renderPicker(answering(pending()));

    expect(
      screen.getByText(
        'Looking for the Services of component:default/storefront…',
      ),
    ).toBeInTheDocument();
  });

  it('shows why the Services could not be loaded', async () => {
    await renderPicker(
      answering(Promise.reject(new Error('backend unreachable'))),
    );

    expect(
      await screen.findByText(
        'Could not load the Services of component:default/storefront: backend unreachable',
      ),
    ).toBeInTheDocument();
  });

  it('names the clusters in trouble, whose Services may be missing, and still lists the others', async () => {
    await renderPicker(
      answering(
        Promise.resolve({
          services: services.services.filter(s => s.cluster === 'prod-eu'),
          clusters: [
            { name: 'prod-eu', state: 'ok' },
            { name: 'prod-us', state: 'error', message: '401 Unauthorized' },
          ],
        }),
      ),
    );

    expect(
      await screen.findByText(
        'Cluster prod-us: error: 401 Unauthorized (its Services may be missing)',
      ),
    ).toBeInTheDocument();
    expect(await openOptions()).toHaveLength(3);
  });

  it('explains how Services are found when the entity has none', async () => {
    await renderPicker(
      answering(
        Promise.resolve({
          services: [],
          clusters: [{ name: 'prod-eu', state: 'ok' }],
        }),
      ),
    );

    const explanation = await screen.findByText(
      /No Services of component:default\/storefront were found in any cluster/,
    );
    expect(
      within(explanation).getAllByText('backstage.io/kubernetes-id'),
    ).toHaveLength(2);
    expect(
      within(explanation).getByText('backstage.io/kubernetes-label-selector'),
    ).toBeInTheDocument();
  });

  it('lists every port of every Service, grouped by cluster, with name, number, protocol and appProtocol', async () => {
    await renderPicker(answering(Promise.resolve(services)));

    const options = await openOptions();

    expect(options.map(option => option.textContent)).toEqual([
      'shop/cart:5005150051/TCP, named grpc',
      'shop/storefront:80808080/TCP, named http, appProtocol http',
      'shop/storefront:90909090/TCP, named api, appProtocol kubernetes.io/h2c',
      'shop/storefront:8080/TCP',
    ]);
    expect(screen.getByText('Cluster prod-eu')).toBeInTheDocument();
    expect(screen.getByText('Cluster prod-us')).toBeInTheDocument();
    expect(screen.queryByText('gRPC')).not.toBeInTheDocument();
  });

  it('fills cluster, namespace, name and port at once when a port is picked', async () => {
    const onChange = await renderPicker(answering(Promise.resolve(services)));

    const options = await openOptions();
    await userEvent.click(options[3]);

    expect(onChange).toHaveBeenLastCalledWith({
      cluster: 'prod-us',
      namespace: 'shop',
      name: 'storefront',
      port: 80,
    });
    expect(screen.getByRole('textbox')).toHaveValue(
      'shop/storefront:80 (prod-us)',
    );
  });

  it('puts the gRPC ports first and marks them for gRPC exposure', async () => {
    await renderPicker(answering(Promise.resolve(services)), {
      entityRef,
      type: 'grpc-mesh',
    });

    const options = await openOptions();

    expect(options.map(option => option.textContent)).toEqual([
      'shop/cart:5005150051/TCP, named grpcgRPC',
      'shop/storefront:90909090/TCP, named api, appProtocol kubernetes.io/h2cgRPC',
      'shop/storefront:80808080/TCP, named http, appProtocol http',
      'shop/storefront:8080/TCP',
    ]);
  });

  it('says when the chosen Service is not among those found', async () => {
    await renderInTestApp(
      <TestApiProvider
        apis={[[routingApiRef, answering(Promise.resolve(services))]]}
      >
        <FieldHarness
          Field={RoutingServicePicker}
          name="target"
          form={{ entityRef, type: 'http' }}
          initial={{
            cluster: 'prod-eu',
            namespace: 'shop',
            name: 'gone',
            port: 8080,
          }}
        />
      </TestApiProvider>,
    );

    expect(
      await screen.findByText(
        'shop/gone:8080 in cluster prod-eu is not one of the Services found: pick again.',
      ),
    ).toBeInTheDocument();
  });
});
