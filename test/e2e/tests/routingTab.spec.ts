import { expect, test } from '@playwright/test';
import { openWhenCataloged, signInAsGuest, waitForCatalog } from './helpers';

test.beforeEach(async ({ page }) => {
  await waitForCatalog(page);
  await signInAsGuest(page);
});

test('the Routing tab lists an entity routes with clickable URLs, parents and status', async ({
  page,
}) => {
  await openWhenCataloged(
    page,
    '/catalog/default/component/storefront/routing',
    'Routes (2)',
  );

  const ready = page.getByRole('row', { name: /shop\/storefront labelled/ });
  await expect(ready.getByText('ready')).toBeVisible();
  await expect(
    ready.getByRole('link', { name: 'https://storefront.shop.example.com/' }),
  ).toHaveAttribute('href', 'https://storefront.shop.example.com/');
  await expect(ready.getByText('infra/public')).toBeVisible();
  await expect(ready.getByText('Accepted: True')).toBeVisible();

  const failed = page.getByRole('row', { name: /storefront-legacy-domain/ });
  await expect(failed.getByText('failed')).toBeVisible();
  await expect(failed.getByText(/NoMatchingListenerHostname/)).toBeVisible();
});

test('a route without the entity label is found through the Service it points at', async ({
  page,
}) => {
  await openWhenCataloged(
    page,
    '/catalog/default/component/checkout/routing',
    'Routes (1)',
  );
  const row = page.getByRole('row', { name: /shop\/checkout-api/ });
  await expect(row.getByText('degraded')).toBeVisible();
  await expect(
    row.getByRole('link', { name: 'https://checkout.shop.example.com/api' }),
  ).toBeVisible();
});
