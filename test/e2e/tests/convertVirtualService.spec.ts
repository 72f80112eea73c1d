import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { openWhenCataloged, signInAsGuest, waitForCatalog } from './helpers';
import { git, reviewAndCreate } from './exposeHelpers';

const formData = encodeURIComponent(
  JSON.stringify({ entityRef: 'component:default/storefront' }),
);

test('convert-virtualservice lists the storefront’s mesh VirtualServices as checkboxes, previews the GRPCRoute and the notes on its Check page, and puts the route and the report on a branch', async ({
  page,
}) => {
  await waitForCatalog(page);
  await signInAsGuest(page);
  await openWhenCataloged(
    page,
    `/create/templates/default/convert-virtualservice?formData=${formData}`,
    'Convert VirtualServices to Gateway API mesh routes (experimental)',
  );

  await page.getByRole('checkbox', { name: 'storefront-catalog-grpc' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(
    page.getByText(
      'clusters/demo/shop/storefront/grpcroute-storefront-catalog-grpc.yaml',
    ),
  ).toBeVisible({ timeout: 30_000 });
  await expect(
    page.getByRole('group', {
      name: 'VirtualService shop/storefront-catalog-grpc',
    }),
  ).toContainText('spec.http[0].timeout');
  await page
    .getByRole('checkbox', {
      name: /I understand that Gateway API mesh routing is experimental/,
    })
    .check();
  await reviewAndCreate(page, /The conversion can be requested/);

  const branch =
    'portway/convert-virtualservice/storefront/shop/storefront-catalog-grpc';
  expect(git('rev-list', '--count', `main..${branch}`).trim()).toBe('1');
  const route = parse(
    git(
      'show',
      `${branch}:clusters/demo/shop/storefront/grpcroute-storefront-catalog-grpc.yaml`,
    ),
  );
  expect(route).toMatchObject({
    kind: 'GRPCRoute',
    metadata: { name: 'storefront-catalog-grpc', namespace: 'shop' },
    spec: { parentRefs: [{ group: '', kind: 'Service', name: 'storefront' }] },
  });
  expect(git('log', '-1', '--format=%B', branch)).toContain(
    'Convert VirtualService shop/storefront-catalog-grpc to Gateway API mesh routes (experimental)',
  );

  // The converted route shows as pending on storefront's tab while the branch exists; the other
  // specs check the demo's storefront as it ships.
  git('branch', '-D', branch);
});
