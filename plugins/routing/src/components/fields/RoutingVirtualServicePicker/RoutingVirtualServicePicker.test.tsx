import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import type { EntityRoutesResponse } from '@portway/plugin-routing-common';
import { routingApiRef, type RoutingApi } from '../../../api/types';
import { mockRoutingApi } from '../../../__testUtils__/mockRoutingApi';
import { FieldHarness } from '../../../__testUtils__/FieldHarness';
import { entityRef, pending } from '../../../__testUtils__/fieldFixtures';
import { virtualServiceRoutes } from '../../../__testUtils__/virtualServiceConversionFixtures';
import type { VirtualServiceSelection } from '../types';
import { RoutingVirtualServicePicker } from './RoutingVirtualServicePicker';

function answering(response: Promise<EntityRoutesResponse>): RoutingApi {
  return mockRoutingApi({
    getEntityRoutes: jest.fn().mockReturnValue(response),
  });
}

async function renderPicker(
  api: RoutingApi,
  options: {
    form?: Record<string, unknown>;
    initial?: VirtualServiceSelection;
  } = {},
) {
  const onChange = jest.fn();
  await renderInTestApp(
    <TestApiProvider apis={[[routingApiRef, api]]}>
      <FieldHarness
        Field={RoutingVirtualServicePicker}
        name="virtualService"
        form={options.form ?? { entityRef }}
        initial={options.initial}
        onChange={onChange}
      />
    </TestApiProvider>,
  );
  return onChange;
}

const euShop = 'Cluster prod-eu · namespace shop';
const usShop = 'Cluster prod-us · namespace shop';
const box = (name: string) =>
  within(screen.getByRole('group', { name: euShop })).getByRole('checkbox', {
    name,
  });

describe('RoutingVirtualServicePicker', () => {
  it('says to choose the component first, and asks nothing, while the form has none', async () => {
    const api = mockRoutingApi();
    await renderPicker(api, { form: {} });

    expect(screen.getByText(/Choose the component first/)).toBeInTheDocument();
    expect(api.getEntityRoutes).not.toHaveBeenCalled();
  });

  it("reads the entity's routes, as the Routing tab does, and says it is looking while they load", async () => {
    const api = answering(pending());
    await renderPicker(api);

    expect(
      screen.getByText(
        'Looking for the VirtualServices of component:default/storefront…',
      ),
    ).toBeInTheDocument();
    expect(api.getEntityRoutes).toHaveBeenCalledWith({
      kind: 'component',
      namespace: 'default',
      name: 'storefront',
    });
  });

  it('lists the live VirtualServices by cluster and namespace with hosts and matches, marked experimental', async () => {
    await renderPicker(answering(Promise.resolve(virtualServiceRoutes)));

    const eu = await screen.findByRole('group', { name: euShop });
    expect(within(eu).getAllByRole('checkbox')).toHaveLength(3);
    expect(screen.getByRole('group', { name: usShop })).toBeInTheDocument();
    expect(box('catalog-grpc').closest('li')).toHaveTextContent(
      'storefront.shop.svc.cluster.local · gRPC shop.catalog.v1.Catalog',
    );
    expect(screen.getByText('Experimental')).toBeInTheDocument();
    // The HTTPRoute, and the VirtualService waiting for review in GitOps, are not offered.
    expect(screen.queryByText('requested')).not.toBeInTheDocument();
    expect(screen.queryByText('route')).not.toBeInTheDocument();
  });

  it('keeps a VirtualService of Istio ingress Gateways from being ticked, saying why', async () => {
    await renderPicker(answering(Promise.resolve(virtualServiceRoutes)));
    await screen.findByRole('group', { name: euShop });

    expect(box('edge')).toBeDisabled();
    expect(box('edge').closest('li')).toHaveTextContent(
      'Bound to Istio Gateways (infra/public), not to the mesh: it is not converted.',
    );
  });

  it('ticks VirtualServices of one cluster and namespace into the value, locking the others', async () => {
    const onChange = await renderPicker(
      answering(Promise.resolve(virtualServiceRoutes)),
    );
    await screen.findByRole('group', { name: euShop });

    await userEvent.click(box('catalog-grpc'));
    await userEvent.click(box('web'));

    expect(onChange).toHaveBeenLastCalledWith({
      cluster: 'prod-eu',
      namespace: 'shop',
      names: ['catalog-grpc', 'web'],
    });
    const us = screen.getByRole('group', { name: usShop });
    expect(within(us).getByRole('checkbox')).toBeDisabled();
    expect(us).toHaveTextContent(
      'One change takes the VirtualServices of one namespace: untick those of namespace shop in cluster prod-eu to pick these.',
    );
  });

  it('names a preset VirtualService that is not found', async () => {
    await renderPicker(answering(Promise.resolve(virtualServiceRoutes)), {
      initial: { cluster: 'prod-eu', namespace: 'shop', names: ['gone'] },
    });
    await screen.findByRole('group', { name: euShop });

    expect(
      screen.getByText(
        'gone in namespace shop of cluster prod-eu is not among the VirtualServices found: pick again.',
      ),
    ).toBeInTheDocument();
  });

  it('says when the entity has no VirtualService', async () => {
    await renderPicker(
      answering(Promise.resolve({ routes: [], clusters: [] })),
    );

    expect(
      await screen.findByText(
        'No VirtualServices of component:default/storefront were found in any cluster: there is nothing to convert.',
      ),
    ).toBeInTheDocument();
  });
});
