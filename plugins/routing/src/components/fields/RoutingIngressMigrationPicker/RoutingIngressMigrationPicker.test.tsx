import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import type { EntityRoutesResponse } from '@portway/plugin-routing-common';
import { routingApiRef, type RoutingApi } from '../../../api/types';
import { mockRoutingApi } from '../../../__testUtils__/mockRoutingApi';
import { FieldHarness } from '../../../__testUtils__/FieldHarness';
import { entityRef, pending } from '../../../__testUtils__/fieldFixtures';
import { ingressRoutes } from '../../../__testUtils__/ingressMigrationFixtures';
import type { IngressSelection } from '../types';
import { RoutingIngressMigrationPicker } from './RoutingIngressMigrationPicker';

function answering(response: Promise<EntityRoutesResponse>): RoutingApi {
  return mockRoutingApi({
    getEntityRoutes: jest.fn().mockReturnValue(response),
  });
}

async function renderPicker(
  api: RoutingApi,
  options: {
    form?: Record<string, unknown>;
    uiOptions?: Record<string, unknown>;
    initial?: IngressSelection;
  } = {},
) {
  const onChange = jest.fn();
  await renderInTestApp(
    <TestApiProvider apis={[[routingApiRef, api]]}>
      <FieldHarness
        Field={RoutingIngressMigrationPicker}
        name="ingress"
        form={options.form ?? { entityRef }}
        uiOptions={options.uiOptions}
        initial={options.initial}
        onChange={onChange}
      />
    </TestApiProvider>,
  );
  return onChange;
}

const euShop = 'Cluster prod-eu · namespace shop';
const group = (name: string) => screen.findByRole('group', { name });
/** The checkbox of an Ingress of prod-eu/shop. */
const box = (name: string) =>
  within(screen.getByRole('group', { name: euShop })).getByRole('checkbox', {
    name,
  });
/** The row of an Ingress of prod-eu/shop. */
const row = (name: string) =>
  within(screen.getByRole('group', { name: euShop }))
    .getByText(name)
    .closest('li');

describe('RoutingIngressMigrationPicker', () => {
  it('says to choose the component first, and asks nothing, while the form has none', async () => {
    const api = mockRoutingApi();
    await renderPicker(api, { form: {} });

    expect(screen.getByText(/Choose the component first/)).toBeInTheDocument();
    expect(api.getEntityRoutes).not.toHaveBeenCalled();
  });

  it("reads the entity's routes and says it is looking while they load", async () => {
    const api = answering(pending());
    await renderPicker(api);

    expect(
      screen.getByText(
        'Looking for the Ingresses of component:default/storefront…',
      ),
    ).toBeInTheDocument();
    expect(api.getEntityRoutes).toHaveBeenCalledWith({
      kind: 'component',
      namespace: 'default',
      name: 'storefront',
    });
  });

  it('shows why the Ingresses could not be loaded', async () => {
    await renderPicker(answering(Promise.reject(new Error('403 Forbidden'))));

    expect(
      await screen.findByText(
        'Could not load the Ingresses of component:default/storefront: 403 Forbidden',
      ),
    ).toBeInTheDocument();
  });

  it('lists the live Ingresses by cluster and namespace, each with hosts, class and migration state', async () => {
    await renderPicker(answering(Promise.resolve(ingressRoutes)));

    const eu = await group(euShop);
    const rows = within(eu).getAllByRole('checkbox');
    expect(rows).toHaveLength(3);
    expect(row('legacy')).toHaveTextContent(
      'old.shop.example.com, legacy.other.com · class nginx' +
        'partly migrated: legacy.other.com is not served by an accepted route.',
    );
    const us = screen.getByRole('group', {
      name: 'Cluster prod-us · namespace shop',
    });
    expect(us).toHaveTextContent(
      'route refused: HTTPRoute shop/web was refused: NotAllowedByListeners.',
    );
    // The HTTPRoute, and the Ingress waiting for review in GitOps, are not offered.
    expect(screen.queryByText('requested')).not.toBeInTheDocument();
    expect(screen.queryByText('route')).not.toBeInTheDocument();
  });

  it('ticks Ingresses of one cluster and namespace into the value', async () => {
    const onChange = await renderPicker(
      answering(Promise.resolve(ingressRoutes)),
    );
    await group(euShop);

    await userEvent.click(box('web'));
    await userEvent.click(box('api'));

    expect(onChange).toHaveBeenLastCalledWith({
      cluster: 'prod-eu',
      namespace: 'shop',
      names: ['web', 'api'],
    });
    expect(box('web')).toBeChecked();
  });

  it('keeps the Ingresses of other namespaces from being ticked while some are, and says why', async () => {
    const onChange = await renderPicker(
      answering(Promise.resolve(ingressRoutes)),
      { initial: { cluster: 'prod-eu', namespace: 'shop', names: ['web'] } },
    );
    const us = await group('Cluster prod-us · namespace shop');

    const other = within(us).getByRole('checkbox');
    expect(other).toBeDisabled();
    expect(us).toHaveTextContent(
      'One change takes the Ingresses of one namespace: untick those of namespace shop in cluster prod-eu to pick these.',
    );

    await userEvent.click(box('web'));
    expect(onChange).toHaveBeenLastCalledWith({
      cluster: 'prod-eu',
      namespace: 'shop',
      names: [],
    });
    expect(within(us).getByRole('checkbox')).toBeEnabled();
  });

  it('shows the Ingresses a link preset as ticked, and names those not found', async () => {
    await renderPicker(answering(Promise.resolve(ingressRoutes)), {
      initial: {
        cluster: 'prod-eu',
        namespace: 'shop',
        names: ['legacy', 'gone'],
      },
    });
    await group(euShop);

    expect(box('legacy')).toBeChecked();
    expect(box('web')).not.toBeChecked();
    expect(
      screen.getByText(
        'gone in namespace shop of cluster prod-eu is not among the Ingresses found: pick again.',
      ),
    ).toBeInTheDocument();
  });

  it('for removal, lets only the Ingresses safe to remove be ticked, and says why the others cannot', async () => {
    const onChange = await renderPicker(
      answering(Promise.resolve(ingressRoutes)),
      { uiOptions: { purpose: 'removal' } },
    );
    await group(euShop);

    expect(box('api')).toBeEnabled();
    expect(box('web')).toBeDisabled();
    expect(box('legacy')).toBeDisabled();
    expect(row('legacy')).toHaveTextContent(
      'Cannot be removed until routes its Gateway Accepted serve every host and path.',
    );

    await userEvent.setup({ pointerEventsCheck: 0 }).click(box('legacy'));
    expect(onChange).not.toHaveBeenCalled();
    await userEvent.click(box('api'));
    expect(onChange).toHaveBeenLastCalledWith({
      cluster: 'prod-eu',
      namespace: 'shop',
      names: ['api'],
    });
  });

  it('says when the entity has no Ingress, and names a cluster in trouble', async () => {
    await renderPicker(
      answering(
        Promise.resolve({
          routes: [],
          clusters: [
            { name: 'prod-eu', state: 'error', message: 'connection refused' },
          ],
        }),
      ),
    );

    expect(
      await screen.findByText(
        'No Ingresses of component:default/storefront were found in any cluster: there is nothing to migrate.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/connection refused \(its Ingresses may be missing\)/),
    ).toBeInTheDocument();
  });
});
