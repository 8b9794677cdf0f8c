import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from './demo';

/**
 * Signs in through the page, as a person would: they land on My work, then open their
 * collaborative from it (the one they last opened comes first).
 */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.locator('input[autocomplete="username"]').fill(email);
  await page.locator('input[autocomplete="current-password"]').fill(password);
  await page.locator('form button[type="submit"]').click();
  await page.getByRole('heading', { level: 1, name: /^(My work|Mi trabajo)$/ }).waitFor();
  await page.getByTestId('my-work-collaborative').first().click();
  await page.waitForURL(/\/collaboratives\/[0-9a-f-]{36}$/);
  await page.locator('h1').waitFor();
}
