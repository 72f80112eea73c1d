import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { openWhenCataloged, signInAsGuest, waitForCatalog } from './helpers';
import { git, pick, reviewAndCreate } from './exposeHelpers';

test('"Expose an HTTP service" from the empty Routing tab, with the pickers, puts an HTTPRoute on a branch of the local GitOps repository, shown as pending and as an open request that its owner withdraws', async ({
  page,
}) => {
  await waitForCatalog(page);
  await signInAsGuest(page);
  await openWhenCataloged(
    page,
    '/catalog/default/component/reviews/routing',
    'No routes found',
  );

  await page.getByRole('link', { name: 'Request exposure' }).first().click();
  await expect(page.getByText('Expose an HTTP service').first()).toBeVisible();
  await expect(page.getByLabel('Component')).toHaveValue(
    'component:default/reviews',
  );

  await pick(page, 'Service', /reviews/);
  await page.getByRole('button', { name: 'Next' }).click();
  await pick(page, 'Gateway listener', /https/);
  await page.getByRole('button', { name: 'Next' }).click();
  await page
    .getByRole('textbox', { name: /^Hostname 1/ })
    .fill('reviews.shop.example.com');
  await page.getByRole('button', { name: 'Next' }).click();
  await reviewAndCreate(page);

  const branch = 'portway/expose-reviews-http-reviews';
  expect(git('branch', '--list', branch)).toContain(branch);
  expect(git('rev-list', '--count', `main..${branch}`).trim()).toBe('1');
  const route = parse(
    git('show', `${branch}:clusters/demo/shop/reviews/httproute-reviews.yaml`),
  );
  expect(route).toMatchObject({
    kind: 'HTTPRoute',
    metadata: { name: 'reviews', namespace: 'shop' },
    spec: {
      parentRefs: [
        { namespace: 'infra', name: 'public', sectionName: 'https' },
      ],
      hostnames: ['reviews.shop.example.com'],
      rules: [{ backendRefs: [{ name: 'reviews', port: 8080 }] }],
    },
  });
  const kustomization = parse(
    git('show', `${branch}:clusters/demo/shop/reviews/kustomization.yaml`),
  );
  expect(kustomization.resources).toEqual(['httproute-reviews.yaml']);

  await page.getByRole('link', { name: /Routing of the component/ }).click();
  const pending = page.getByRole('listitem', {
    name: 'HTTPRoute shop/reviews',
  });
  await expect(pending.getByText('pending', { exact: true })).toBeVisible();
  await expect(
    pending.getByText(`Waiting for review on branch ${branch}`, {
      exact: false,
    }),
  ).toBeVisible();
  await expect(
    pending.getByRole('link', { name: 'https://reviews.shop.example.com/' }),
  ).toBeVisible();

  // The request is recorded, holds its hostname, and can be withdrawn by its owner.
  const recorded = page
    .getByRole('row', { name: /reviews\.shop\.example\.com/ })
    .filter({ hasText: `branch ${branch}` });
  await expect(recorded.getByText('open', { exact: true })).toBeVisible();
  await recorded.getByRole('button', { name: 'Withdraw' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('reviews.shop.example.com')).toBeVisible();
  await dialog.getByRole('button', { name: 'Withdraw' }).click();
  await expect(recorded.getByText('closed', { exact: true })).toBeVisible();
  await expect(
    recorded.getByText(/withdrawn by user:default\/guest/),
  ).toBeVisible();
});
