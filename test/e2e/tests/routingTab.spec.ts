import { expect, test } from '@playwright/test';
import { openWhenCataloged, signInAsGuest, waitForCatalog } from './helpers';

test.beforeEach(async ({ page }) => {
  await waitForCatalog(page);
  await signInAsGuest(page);
});

test('the Routing tab of the demo storefront shows its Gateway API routes, its VirtualService and its Ingress', async ({
  page,
}) => {
  await openWhenCataloged(
    page,
    '/catalog/default/component/storefront/routing',
    'Routes (4)',
  );
  const demo = page.getByRole('region', { name: 'Cluster demo' });

  const ready = demo.getByRole('listitem', {
    name: 'HTTPRoute shop/storefront',
  });
  await expect(ready.getByText('ready', { exact: true })).toBeVisible();
  await expect(
    ready.getByRole('link', { name: 'https://storefront.shop.example.com/' }),
  ).toHaveAttribute('href', 'https://storefront.shop.example.com/');
  await expect(ready.getByText(/Certificate ready, expires/)).toBeVisible();

  const failed = demo.getByRole('listitem', {
    name: 'HTTPRoute shop/storefront-legacy-domain',
  });
  await expect(failed.getByText('failed', { exact: true })).toBeVisible();
  await expect(
    failed.getByText(
      /listener https of infra\/public accepts only hostnames matching \*\.shop\.example\.com/,
    ),
  ).toBeVisible();

  const mesh = demo.getByRole('listitem', {
    name: 'VirtualService shop/storefront-catalog-grpc',
  });
  await expect(
    mesh.getByText('grpc://storefront.shop.svc.cluster.local:9090'),
  ).toBeVisible();

  const ingress = demo.getByRole('listitem', {
    name: 'Ingress shop/storefront-legacy',
  });
  await expect(ingress.getByText(/^safe to remove: /)).toBeVisible();
});

test('a route without the entity label is found through the Service it points at', async ({
  page,
}) => {
  await openWhenCataloged(
    page,
    '/catalog/default/component/checkout/routing',
    // Waits for the route itself: the checkout's Ingress, and its migration once requested, are listed too.
    'shop/checkout-api',
  );
  const route = page.getByRole('listitem', {
    name: 'HTTPRoute shop/checkout-api',
  });
  await expect(route.getByText('degraded', { exact: true })).toBeVisible();
  await expect(
    route.getByRole('link', { name: 'https://checkout.shop.example.com/api' }),
  ).toBeVisible();
});
