import { expect, Page } from '@playwright/test';

const BACKEND = 'http://localhost:7007';

/**
 * Waits until the backend is up and the catalog has read the demo entities and the template:
 * just after start the catalog is still empty, and guest sign-in looks the user up in it.
 */
export async function waitForCatalog(page: Page) {
  await expect
    .poll(
      async () => {
        const refresh = await page.request
          .get(`${BACKEND}/api/auth/guest/refresh`, {
            headers: { 'X-Requested-With': 'XMLHttpRequest' },
          })
          .catch(() => undefined);
        if (!refresh?.ok()) return 'auth not ready';
        const { backstageIdentity } = await refresh.json();
        const template = await page.request.get(
          `${BACKEND}/api/catalog/entities/by-name/template/default/expose-http`,
          { headers: { Authorization: `Bearer ${backstageIdentity.token}` } },
        );
        return template.ok() ? 'ready' : 'template not in the catalog yet';
      },
      { timeout: 120_000, intervals: [1_000] },
    )
    .toBe('ready');
}

/** Signs in with the guest provider, as a newcomer does on the sign-in page. */
export async function signInAsGuest(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Enter' }).click();
  await expect(page.getByText('My Group').first()).toBeVisible();
}

/** Opens a page that needs catalog data, reloading until the catalog has processed it. */
export async function openWhenCataloged(
  page: Page,
  path: string,
  visible: RegExp | string,
) {
  await expect(async () => {
    await page.goto(path);
    await expect(page.getByText(visible).first()).toBeVisible({
      timeout: 5_000,
    });
  }).toPass({ timeout: 90_000 });
}
