import { screen } from '@testing-library/react';
import {
  coreExtensionData,
  createFrontendPlugin,
} from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  mockApis,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import { createRouteRef, createSubRouteRef } from '@backstage/core-plugin-api';
import {
  catalogApiRef,
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { FormFieldBlueprint } from '@backstage/plugin-scaffolder-react/alpha';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import type { Entity } from '@backstage/catalog-model';
import { routingApiRef, type RoutingApi } from '../api/types';
import { pluginRoutingApi } from '../__testUtils__/pluginRoutingApi';
import { okCluster, storefront } from '../__testUtils__/fixtures';
import { routeEntities } from '../__testUtils__/gatewayFixtures';
import {
  gatewaysRouteRef,
  requestExposureRouteRef,
  rootRouteRef,
} from '../routes';
import routingPluginDefault from '../alpha';
import { routingPlugin } from './plugin';

const withoutAnnotations: Entity = {
  ...storefront,
  metadata: { name: 'docs', namespace: 'default' },
};

function apis(api: RoutingApi) {
  return [
    [routingApiRef, api],
    [permissionApiRef, mockApis.permission()],
    [catalogApiRef, catalogApiMock({ entities: routeEntities })],
  ] as const;
}

type FormFieldId = Extract<
  Parameters<typeof routingPlugin.getExtension>[0],
  `scaffolder-form-field:${string}`
>;

describe('routingPlugin (new frontend system)', () => {
  it('is the routing plugin and the default export of /alpha, for package discovery', () => {
    expect(routingPlugin.$$type).toBe('@backstage/FrontendPlugin');
    expect(routingPlugin.pluginId).toBe('routing');
    expect(routingPluginDefault).toBe(routingPlugin);
    expect(routingPlugin.routes).toEqual({
      root: rootRouteRef,
      gateways: gatewaysRouteRef,
    });
    expect(routingPlugin.externalRoutes).toEqual({
      requestExposure: requestExposureRouteRef,
    });
  });

  describe('the Routing tab', () => {
    const tab = routingPlugin.getExtension('entity-content:routing');

    it('is the entity page tab "Routing" at path routing, under the tab route', () => {
      const tester = createExtensionTester(tab);

      expect(tester.get(coreExtensionData.routePath)).toBe('routing');
      expect(tester.get(EntityContentBlueprint.dataRefs.title)).toBe('Routing');
      expect(tester.get(coreExtensionData.routeRef)).toBe(rootRouteRef);
    });

    it('shows for entities that name their Kubernetes objects, not for others', () => {
      const filter = createExtensionTester(tab).get(
        EntityContentBlueprint.dataRefs.filterFunction,
      );

      expect(filter?.(storefront)).toBe(true);
      expect(filter?.(withoutAnnotations)).toBe(false);
    });

    it('renders the entity routes with their URLs as links', async () => {
      const api = pluginRoutingApi();
      renderInTestApp(
        <EntityProvider entity={storefront}>
          {createExtensionTester(tab).reactElement()}
        </EntityProvider>,
        { apis: apis(api) },
      );

      expect(
        (
          await screen.findAllByRole('link', {
            name: 'https://storefront.shop.example.com/',
          })
        )[0],
      ).toHaveAttribute('href', 'https://storefront.shop.example.com/');
      expect(api.getEntityRoutes).toHaveBeenCalledWith(
        expect.objectContaining({ kind: 'Component', name: 'storefront' }),
      );
    });

    it('offers the templates its config names instead of the default three', async () => {
      renderInTestApp(
        <EntityProvider entity={storefront}>
          {createExtensionTester(tab, {
            config: {
              exposureTemplates: [
                {
                  name: 'expose-internal',
                  title: 'Internal HTTP',
                  description: 'An HTTPRoute on the internal Gateway.',
                },
              ],
            },
          }).reactElement()}
        </EntityProvider>,
        {
          apis: apis(
            pluginRoutingApi({
              getEntityRoutes: jest
                .fn()
                .mockResolvedValue({ routes: [], clusters: [okCluster] }),
            }),
          ),
        },
      );

      const [link] = await screen.findAllByRole('link', {
        name: /request exposure/i,
      });
      expect(link.getAttribute('href')).toContain(
        '/templates/default/expose-internal',
      );
    });

    it('sends "Request exposure" to the scaffolder template page by default, wherever the scaffolder is mounted', async () => {
      const scaffolderRoot = createRouteRef({ id: 'test-scaffolder' });
      const scaffolder = createFrontendPlugin({
        pluginId: 'scaffolder',
        routes: {
          root: scaffolderRoot,
          selectedTemplate: createSubRouteRef({
            id: 'test-scaffolder/selected-template',
            parent: scaffolderRoot,
            path: '/templates/:namespace/:templateName',
          }),
        },
      });
      renderInTestApp(
        <EntityProvider entity={storefront}>
          {createExtensionTester(tab).reactElement()}
        </EntityProvider>,
        {
          apis: apis(
            pluginRoutingApi({
              getEntityRoutes: jest
                .fn()
                .mockResolvedValue({ routes: [], clusters: [okCluster] }),
            }),
          ),
          features: [routingPlugin, scaffolder],
          mountedRoutes: { '/self-service': scaffolderRoot },
        },
      );

      const [link] = await screen.findAllByRole('link', {
        name: 'Request exposure',
      });
      expect(link.getAttribute('href')).toMatch(
        /^\/self-service\/templates\/default\/expose-http\?formData=/,
      );
    });
  });

  describe('the overview card', () => {
    const card = routingPlugin.getExtension('entity-card:routing');

    it('shows for entities that name their Kubernetes objects, not for others', () => {
      const filter = createExtensionTester(card).get(
        EntityCardBlueprint.dataRefs.filterFunction,
      );

      expect(filter?.(storefront)).toBe(true);
      expect(filter?.(withoutAnnotations)).toBe(false);
    });

    it('is an info card, in the column next to About', () => {
      expect(
        createExtensionTester(card).get(EntityCardBlueprint.dataRefs.type),
      ).toBe('info');
    });

    it('renders the entity URLs and its health line', async () => {
      renderInTestApp(
        <EntityProvider entity={storefront}>
          {createExtensionTester(card).reactElement()}
        </EntityProvider>,
        {
          apis: apis(pluginRoutingApi()),
          mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
        },
      );

      expect(
        await screen.findByText('1 route ready in 1 cluster'),
      ).toBeInTheDocument();
      expect(
        screen.getByRole('link', {
          name: 'https://storefront.shop.example.com/',
        }),
      ).toBeInTheDocument();
    });
  });

  describe('the gateways page', () => {
    const page = routingPlugin.getExtension('page:routing');

    it('is at /routing under the gateways route, with "Gateways" in the nav', () => {
      const tester = createExtensionTester(page);

      expect(tester.get(coreExtensionData.routePath)).toBe('/routing');
      expect(tester.get(coreExtensionData.routeRef)).toBe(gatewaysRouteRef);
      expect(tester.get(coreExtensionData.title)).toBe('Gateways');
      expect(tester.get(coreExtensionData.icon)).toBeDefined();
    });

    it('renders the gateways the backend knows', async () => {
      const api = pluginRoutingApi();
      renderInTestApp(createExtensionTester(page).reactElement(), {
        apis: apis(api),
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      });

      expect(await screen.findByText('infra/public')).toBeInTheDocument();
      expect(api.getGateways).toHaveBeenCalled();
    });
  });

  describe('the Software Template form fields', () => {
    it.each<[FormFieldId, string]>([
      ['scaffolder-form-field:routing/service-picker', 'RoutingServicePicker'],
      [
        'scaffolder-form-field:routing/listener-picker',
        'RoutingListenerPicker',
      ],
      ['scaffolder-form-field:routing/hostnames', 'RoutingHostnamesField'],
      [
        'scaffolder-form-field:routing/ingress-class-picker',
        'RoutingIngressClassPicker',
      ],
      [
        'scaffolder-form-field:routing/exposure-review',
        'RoutingExposureReview',
      ],
      [
        'scaffolder-form-field:routing/ingress-migration-picker',
        'RoutingIngressMigrationPicker',
      ],
      [
        'scaffolder-form-field:routing/migration-review',
        'RoutingMigrationReview',
      ],
      [
        'scaffolder-form-field:routing/virtualservice-picker',
        'RoutingVirtualServicePicker',
      ],
      [
        'scaffolder-form-field:routing/virtualservice-conversion-review',
        'RoutingVirtualServiceConversionReview',
      ],
    ])('%s loads the %s field for the scaffolder', async (id, name) => {
      const loader = createExtensionTester(routingPlugin.getExtension(id)).get(
        FormFieldBlueprint.dataRefs.formFieldLoader,
      );

      await expect(loader()).resolves.toMatchObject({ name });
    });
  });
});
