import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { openWhenCataloged, signInAsGuest, waitForCatalog } from './helpers';
import { git, pick, reviewAndCreate } from './exposeHelpers';

test('"Expose a gRPC service" inside the mesh, with the Service picker, puts a VirtualService on a branch of the local GitOps repository', async ({
  page,
}) => {
  await waitForCatalog(page);
  await signInAsGuest(page);
  await openWhenCataloged(
    page,
    '/catalog/default/component/inventory/routing',
    'No routes found',
  );

  await page
    .getByRole('button', { name: 'Choose how to expose' })
    .first()
    .click();
  await page.getByRole('menuitem', { name: /gRPC/ }).first().click();
  await expect(page.getByText('Expose a gRPC service').first()).toBeVisible();
  await expect(page.getByLabel('Component')).toHaveValue(
    'component:default/inventory',
  );

  await pick(page, 'Service', /inventory/);
  await page.getByRole('button', { name: 'Next' }).click();
  await page
    .getByRole('textbox', { name: /^Service/ })
    .first()
    .fill('shop.inventory.v1.Inventory');
  await page.getByRole('button', { name: 'Next' }).click();
  await reviewAndCreate(page);

  const branch = 'portway/expose-inventory-grpc-mesh-inventory';
  expect(git('branch', '--list', branch)).toContain(branch);
  const virtualService = parse(
    git(
      'show',
      `${branch}:clusters/demo/shop/inventory/virtualservice-inventory.yaml`,
    ),
  );
  expect(virtualService).toMatchObject({
    apiVersion: 'networking.istio.io/v1',
    kind: 'VirtualService',
    metadata: { name: 'inventory', namespace: 'shop' },
    spec: {
      gateways: ['mesh'],
      hosts: ['inventory.shop.svc.cluster.local'],
      http: [
        {
          match: [{ uri: { prefix: '/shop.inventory.v1.Inventory/' } }],
          route: [
            {
              destination: {
                host: 'inventory.shop.svc.cluster.local',
                port: { number: 9090 },
              },
            },
          ],
        },
      ],
    },
  });
});
