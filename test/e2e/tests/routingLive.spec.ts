import { expect, test } from '@playwright/test';
import { openWhenCataloged, signInAsGuest, waitForCatalog } from './helpers';
import {
  applyWithStatus,
  deleteIfPresent,
  LIVE_CLUSTER,
  liveKubeConfig,
  UNREACHABLE_CLUSTER,
} from './liveCluster';

const BOOKSHOP_TAB = '/catalog/default/component/bookshop/routing';

/** A route a team adds while the tab is open. */
const previewRoute = {
  apiVersion: 'gateway.networking.k8s.io/v1',
  kind: 'HTTPRoute',
  metadata: {
    name: 'bookshop-preview',
    namespace: 'books',
    labels: { 'backstage.io/kubernetes-id': 'bookshop' },
  },
  spec: {
    parentRefs: [{ name: 'edge', sectionName: 'https' }],
    hostnames: ['preview.books.example.com'],
    rules: [{ backendRefs: [{ name: 'bookshop', port: 8080 }] }],
  },
};

test.beforeEach(async ({ page }) => {
  await waitForCatalog(page);
  await signInAsGuest(page);
});

test.afterAll(async () => {
  await deleteIfPresent(liveKubeConfig(), previewRoute);
});

test('an entity in the real API server shows its HTTPRoute, VirtualService and Ingress, with the unreachable cluster warned about apart', async ({
  page,
}) => {
  await openWhenCataloged(page, BOOKSHOP_TAB, 'books/bookshop-legacy');
  const live = page.getByRole('region', { name: `Cluster ${LIVE_CLUSTER}` });

  const route = live.getByRole('listitem', {
    name: 'HTTPRoute books/bookshop',
  });
  await expect(route.getByText('ready', { exact: true })).toBeVisible();
  const url = route.getByRole('link', {
    name: 'https://shop.books.example.com/',
  });
  await expect(url).toHaveAttribute('href', 'https://shop.books.example.com/');
  await expect(url).toHaveAttribute('target', '_blank');
  await expect(route.getByText(/Certificate ready, expires/)).toBeVisible();

  const mesh = live.getByRole('listitem', {
    name: 'VirtualService books/bookshop-search-grpc',
  });
  await expect(
    mesh.getByText('grpc://bookshop.books.svc.cluster.local:9090'),
  ).toBeVisible();
  await expect(mesh.getByText(/gRPC books\.search\.v1\.Search/)).toBeVisible();

  const ingress = live.getByRole('listitem', {
    name: 'Ingress books/bookshop-legacy',
  });
  await expect(
    ingress.getByRole('link', { name: 'http://legacy.books.example.com/' }),
  ).toHaveAttribute('href', 'http://legacy.books.example.com/');
  await expect(ingress.getByText(/not started/).first()).toBeVisible();

  const unreachable = page.getByRole('region', {
    name: `Cluster ${UNREACHABLE_CLUSTER}`,
  });
  await expect(
    unreachable.getByText(new RegExp(`Cluster ${UNREACHABLE_CLUSTER}: error`)),
  ).toBeVisible();
});

test('a route added in the cluster appears on the open tab without a reload, and goes when it is deleted', async ({
  page,
}) => {
  await openWhenCataloged(page, BOOKSHOP_TAB, 'books/bookshop-legacy');
  const kubeConfig = liveKubeConfig();
  const link = page.getByRole('link', {
    name: 'https://preview.books.example.com/',
  });
  await expect(link).toHaveCount(0);

  const start = Date.now();
  await applyWithStatus(kubeConfig, [previewRoute]);
  await expect(link).toBeVisible();
  const shownAfterMs = Date.now() - start;
  test.info().annotations.push({
    type: 'live update',
    description: `a new route reached the open tab ${shownAfterMs} ms after it was written`,
  });
  process.stdout.write(
    `live update: the new route showed ${shownAfterMs} ms after it was written\n`,
  );

  await deleteIfPresent(kubeConfig, previewRoute);
  await expect(link).toHaveCount(0);
});

test('the gateways page lists the live Gateway with its listener, certificate and the entity attached', async ({
  page,
}) => {
  await openWhenCataloged(page, '/routing', 'books/edge');
  const listener = page
    .getByRole('region', { name: 'Listener https' })
    .filter({ hasText: '*.books.example.com' });
  await expect(listener.getByText(/Certificate ready/)).toBeVisible();
  await expect(listener.getByRole('link', { name: 'bookshop' })).toBeVisible();
});

test('the overview card shows the entity URLs and one health line', async ({
  page,
}) => {
  await openWhenCataloged(
    page,
    '/catalog/default/component/bookshop',
    'https://shop.books.example.com/',
  );
  await expect(
    page.getByRole('link', { name: 'https://shop.books.example.com/' }).first(),
  ).toHaveAttribute('href', 'https://shop.books.example.com/');
  await expect(page.getByText(/unreachable/).first()).toBeVisible();
});
