import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import type { ListenersResponse } from '@portway/plugin-routing-common';
import { routingApiRef, type RoutingApi } from '../../../api/types';
import { mockRoutingApi } from '../../../__testUtils__/mockRoutingApi';
import { FieldHarness } from '../../../__testUtils__/FieldHarness';
import {
  entityRef,
  httpForm,
  httpsListener,
  listeners,
  pending,
} from '../../../__testUtils__/fieldFixtures';
import {
  ingressRoutes,
  migrationForm,
} from '../../../__testUtils__/ingressMigrationFixtures';
import { RoutingListenerPicker } from './RoutingListenerPicker';

function answering(response: Promise<ListenersResponse>): RoutingApi {
  return mockRoutingApi({ getListeners: jest.fn().mockReturnValue(response) });
}

async function renderPicker(
  api: RoutingApi,
  options: {
    form?: Record<string, unknown>;
    uiOptions?: Record<string, unknown>;
    initial?: { namespace: string; name: string; sectionName: string };
  } = {},
) {
  const onChange = jest.fn();
  await renderInTestApp(
    <TestApiProvider apis={[[routingApiRef, api]]}>
      <FieldHarness
        Field={RoutingListenerPicker}
        name="gateway"
        form={options.form ?? httpForm}
        uiOptions={options.uiOptions}
        initial={options.initial}
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

describe('RoutingListenerPicker', () => {
  it('says to pick the Service first, and asks nothing, while the form has no target', async () => {
    const api = mockRoutingApi();
    await renderPicker(api, { form: { entityRef, type: 'http' } });

    expect(screen.getByText(/Pick the Service first/)).toBeInTheDocument();
    expect(api.getListeners).not.toHaveBeenCalled();
  });

  it("asks for the listeners of the Service's cluster and namespace, for the form's type", async () => {
    const api = answering(Promise.resolve(listeners));
    await renderPicker(api);

    await screen.findByRole('button', { name: 'Open' });
    expect(api.getListeners).toHaveBeenCalledWith(
      { kind: 'component', namespace: 'default', name: 'storefront' },
      { cluster: 'prod-eu', namespace: 'shop', type: 'http' },
    );
  });

  it('asks for the type its ui:options name over the form type', async () => {
    const api = answering(Promise.resolve(listeners));
    await renderPicker(api, { uiOptions: { type: 'grpc-gateway' } });

    await screen.findByRole('button', { name: 'Open' });
    expect(api.getListeners).toHaveBeenCalledWith(expect.anything(), {
      cluster: 'prod-eu',
      namespace: 'shop',
      type: 'grpc-gateway',
    });
  });

  it('says that an exposure through the mesh takes no listener', async () => {
    const api = mockRoutingApi();
    await renderPicker(api, { form: { ...httpForm, type: 'grpc-mesh' } });

    expect(
      screen.getByText(
        'This kind of exposure does not attach to a Gateway listener.',
      ),
    ).toBeInTheDocument();
    expect(api.getListeners).not.toHaveBeenCalled();
  });

  it('says it is looking while the listeners load', async () => {
    await renderPicker(answering(pending()));

    expect(
      screen.getByText('Looking for the Gateway listeners of cluster prod-eu…'),
    ).toBeInTheDocument();
  });

  it('shows why the listeners could not be loaded', async () => {
    await renderPicker(answering(Promise.reject(new Error('403 Forbidden'))));

    expect(
      await screen.findByText(
        'Could not load the Gateway listeners of cluster prod-eu: 403 Forbidden',
      ),
    ).toBeInTheDocument();
  });

  it('says when the cluster has no listener for the route, and names a cluster in trouble', async () => {
    await renderPicker(
      answering(
        Promise.resolve({
          listeners: [],
          clusters: [
            { name: 'prod-eu', state: 'stale', message: 'last sync 10m ago' },
          ],
        }),
      ),
    );

    expect(
      await screen.findByText(
        'Cluster prod-eu has no Gateway listeners that a route from namespace shop could attach to.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Cluster prod-eu: stale: last sync 10m ago (its listeners may be missing)',
      ),
    ).toBeInTheDocument();
  });

  it('shows each listener with its Gateway, name, hostname pattern, protocol and port, TLS and certificate', async () => {
    await renderPicker(answering(Promise.resolve(listeners)));

    const [https] = await openOptions();

    expect(https).toHaveTextContent('infra/public · https');
    expect(https).toHaveTextContent(
      '*.shop.example.com · HTTPS:443 · TLS Terminate · certificate ready (ClusterIssuer/letsencrypt)',
    );
    expect(screen.getByText('Gateway infra/public')).toBeInTheDocument();
  });

  it('shows a listener that would refuse the route disabled, with the reason', async () => {
    const onChange = await renderPicker(answering(Promise.resolve(listeners)));

    const [, internal] = await openOptions();

    expect(internal).toHaveAttribute('aria-disabled', 'true');
    expect(internal).toHaveTextContent('any hostname · HTTP:80');
    expect(internal).toHaveTextContent(
      'Listener http of infra/internal allows routes from namespace infra only',
    );
    // Click through the `pointer-events: none` that MUI puts on it: still not picked.
    await userEvent.setup({ pointerEventsCheck: 0 }).click(internal);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('fills namespace, name and sectionName when a listener is picked', async () => {
    const onChange = await renderPicker(answering(Promise.resolve(listeners)));

    const [https] = await openOptions();
    await userEvent.click(https);

    expect(onChange).toHaveBeenLastCalledWith({
      namespace: 'infra',
      name: 'public',
      sectionName: 'https',
    });
  });

  it('says why a listener chosen before would refuse the route', async () => {
    await renderPicker(answering(Promise.resolve(listeners)), {
      initial: { namespace: 'infra', name: 'internal', sectionName: 'http' },
    });

    expect(
      await screen.findByText(
        'Listener http of infra/internal allows routes from namespace infra only',
      ),
    ).toBeInTheDocument();
  });

  describe('for a migration (ui:options source: ingress)', () => {
    const uiOptions = { type: 'http', source: 'ingress' };
    const form = {
      entityRef,
      ingress: {
        cluster: 'prod-eu',
        namespace: 'shop',
        names: ['web', 'legacy'],
      },
    };

    function migrationApi() {
      return mockRoutingApi({
        getListeners: jest.fn().mockResolvedValue(listeners),
        getEntityRoutes: jest.fn().mockResolvedValue(ingressRoutes),
      });
    }

    it("asks for the listeners of the ticked Ingresses' cluster and namespace", async () => {
      const api = migrationApi();
      await renderPicker(api, { form, uiOptions });

      await screen.findByRole('button', { name: 'Open' });
      expect(api.getListeners).toHaveBeenCalledWith(
        { kind: 'component', namespace: 'default', name: 'storefront' },
        { cluster: 'prod-eu', namespace: 'shop', type: 'http' },
      );
    });

    it('says to tick the Ingresses first, and asks nothing, while none is ticked', async () => {
      const api = mockRoutingApi();
      await renderPicker(api, {
        form: { ...form, ingress: { ...form.ingress, names: [] } },
        uiOptions,
      });

      expect(screen.getByText(/Tick the Ingresses first/)).toBeInTheDocument();
      expect(api.getListeners).not.toHaveBeenCalled();
    });

    it("says which of the Ingresses' hosts the chosen listener, and each listener, does not answer", async () => {
      await renderPicker(migrationApi(), {
        form,
        uiOptions,
        initial: migrationForm.gateway,
      });

      expect(
        await screen.findByText('Does not answer legacy.other.com'),
      ).toBeInTheDocument();
      const [https, internal] = await openOptions();
      expect(https).toHaveTextContent('Does not answer legacy.other.com');
      // It answers any hostname.
      expect(internal).not.toHaveTextContent('answer');
    });

    it('says so when a listener answers none of their hosts', async () => {
      const api = mockRoutingApi({
        getListeners: jest.fn().mockResolvedValue({
          ...listeners,
          listeners: [{ ...httpsListener, hostname: '*.books.example.com' }],
        }),
        getEntityRoutes: jest.fn().mockResolvedValue(ingressRoutes),
      });
      await renderPicker(api, {
        form,
        uiOptions,
        initial: migrationForm.gateway,
      });

      expect(
        await screen.findByText(
          "Answers none of the Ingresses' hosts: www.shop.example.com, old.shop.example.com, legacy.other.com",
        ),
      ).toBeInTheDocument();
    });

    it('leaves exposure forms on the Service: no Ingress is read', async () => {
      const api = answering(Promise.resolve(listeners));
      await renderPicker(api, { form: { ...httpForm, ...form } });

      await screen.findByRole('button', { name: 'Open' });
      expect(api.getListeners).toHaveBeenCalledWith(expect.anything(), {
        cluster: 'prod-eu',
        namespace: 'shop',
        type: 'http',
      });
      expect(api.getEntityRoutes).not.toHaveBeenCalled();
    });
  });
});
