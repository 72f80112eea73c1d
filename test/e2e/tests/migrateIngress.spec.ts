import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { openWhenCataloged, signInAsGuest, waitForCatalog } from './helpers';
import { git, pick, reviewAndCreate } from './exposeHelpers';

test('"Migrate to Gateway API" on an Ingress of the Routing tab opens migrate-ingress with the Ingress ticked, previews the routes and the notes, and puts the routes and the report on a branch; the tab then shows the Ingress as requested', async ({
  page,
}) => {
  await waitForCatalog(page);
  await signInAsGuest(page);
  await openWhenCataloged(
    page,
    '/catalog/default/component/checkout/routing',
    'Legacy Ingress',
  );
  const ingress = page.getByRole('listitem', {
    name: 'Ingress shop/checkout-legacy',
  });
  await expect(ingress.getByText(/^not started: /)).toBeVisible();
  await ingress.getByRole('link', { name: 'Migrate to Gateway API' }).click();

  await expect(
    page.getByText('Migrate Ingresses to the Gateway API').first(),
  ).toBeVisible();
  await expect(
    page.getByRole('checkbox', { name: /checkout-legacy/ }),
  ).toBeChecked();
  await page.getByRole('button', { name: 'Next' }).click();
  await pick(
    page,
    'Gateway listener',
    /infra\/public · https \*\.shop\.example\.com · HTTPS/,
  );
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(
    page.getByText(
      'clusters/demo/shop/checkout/httproute-checkout-legacy.yaml',
    ),
  ).toBeVisible({ timeout: 30_000 });
  await expect(
    page.getByText(/whitelist-source-range: not carried over/),
  ).toBeVisible();
  await reviewAndCreate(page, /The migration can be requested/);

  const branch = 'portway/migrate-ingress/shop/checkout-legacy';
  expect(git('rev-list', '--count', `main..${branch}`).trim()).toBe('1');
  const route = parse(
    git(
      'show',
      `${branch}:clusters/demo/shop/checkout/httproute-checkout-legacy.yaml`,
    ),
  );
  expect(route).toMatchObject({
    kind: 'HTTPRoute',
    metadata: { name: 'checkout-legacy', namespace: 'shop' },
    spec: {
      parentRefs: [
        { namespace: 'infra', name: 'public', sectionName: 'https' },
      ],
      hostnames: ['orders.shop.example.com'],
      rules: [
        {
          matches: [{ path: { type: 'PathPrefix', value: '/api' } }],
          backendRefs: [{ name: 'checkout', port: 8080 }],
        },
      ],
    },
  });
  const redirect = parse(
    git(
      'show',
      `${branch}:clusters/demo/shop/checkout/httproute-checkout-legacy-http.yaml`,
    ),
  );
  expect(redirect.spec.parentRefs).toEqual([
    { namespace: 'infra', name: 'public', sectionName: 'http' },
  ]);
  const message = git('log', '-1', '--format=%B', branch);
  expect(message).toContain(
    'Migrate Ingress shop/checkout-legacy to Gateway API routes',
  );
  expect(message).toContain('nginx.ingress.kubernetes.io/proxy-body-size');

  await page.getByRole('link', { name: /Routing of the component/ }).click();
  const migrated = page.getByRole('listitem', {
    name: 'Ingress shop/checkout-legacy',
  });
  await expect(migrated.getByText(/^route requested: /)).toBeVisible({
    timeout: 30_000,
  });
  await expect(migrated.getByText('pending').first()).toBeVisible();
  const pending = page.getByRole('listitem', {
    name: 'HTTPRoute shop/checkout-legacy',
    exact: true,
  });
  await expect(pending.getByText('pending', { exact: true })).toBeVisible();
});

test('"Remove the Ingress" on a migrated Ingress opens remove-ingress and puts its removal on a branch: the manifest deleted, kustomization.yaml without it', async ({
  page,
}) => {
  await waitForCatalog(page);
  await signInAsGuest(page);
  await openWhenCataloged(
    page,
    '/catalog/default/component/storefront/routing',
    'Legacy Ingress',
  );
  const ingress = page.getByRole('listitem', {
    name: 'Ingress shop/storefront-legacy',
  });
  await expect(ingress.getByText(/^safe to remove: /)).toBeVisible();
  await ingress.getByRole('link', { name: 'Remove the Ingress' }).click();

  await expect(
    page.getByRole('checkbox', { name: /storefront-legacy/ }),
  ).toBeChecked();
  await page.getByRole('button', { name: 'Next' }).click();
  await reviewAndCreate(page, /The removal can be requested/);

  const branch = 'portway/remove-ingress/shop/storefront-legacy';
  const folder = 'clusters/demo/shop/storefront';
  expect(git('diff', '--name-status', 'main', branch)).toBe(
    `D\t${folder}/ingress-storefront-legacy.yaml\nM\t${folder}/kustomization.yaml\n`,
  );
  const kustomization = parse(
    git('show', `${branch}:${folder}/kustomization.yaml`),
  );
  expect(kustomization.resources).toEqual(['service.yaml']);
});
