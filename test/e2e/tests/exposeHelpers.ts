import { execFileSync } from 'child_process';
import path from 'path';
import { expect, Page } from '@playwright/test';

const gitopsRepository = path.resolve(__dirname, '../../../data/e2e/gitops');

/** Runs git in the portal's local GitOps repository. */
export function git(...args: string[]): string {
  return execFileSync('git', ['-C', gitopsRepository, ...args], {
    encoding: 'utf8',
  });
}

/** Picks an option of one of the Routing pickers (an autocomplete labelled `label`). */
export async function pick(page: Page, label: string, option: RegExp) {
  // The label carries a " *" when the field is required.
  await page.getByLabel(new RegExp(`^${label}\\s*\\*?$`)).click();
  await page.getByRole('option', { name: option }).first().click();
}

/**
 * Goes to the review step, waits for the preflight to pass (its verdict shown), creates, and
 * waits for the task.
 */
export async function reviewAndCreate(
  page: Page,
  verdict: string | RegExp = 'The request can be created',
) {
  await expect(page.getByText(verdict)).toBeVisible({
    timeout: 30_000,
  });
  await page.getByRole('button', { name: 'Review' }).click();
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(
    page.getByRole('link', { name: /Routing of the component/ }),
  ).toBeVisible({ timeout: 60_000 });
}
