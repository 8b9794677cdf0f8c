import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from './demo';

/** Signs in through the page, as a person would, and waits for their collaborative to open. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.locator('input[autocomplete="username"]').fill(email);
  await page.locator('input[autocomplete="current-password"]').fill(password);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL(/\/collaboratives\/[0-9a-f-]{36}$/);
  await page.locator('h1').waitFor();
}
