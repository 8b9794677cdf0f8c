import type { Locator, Page } from 'playwright-core';

/** The header's bell, whichever of its two renderings (before and after its menu's code loads) is shown. */
export function bell(page: Page): Locator {
  return page.getByTestId('notification-bell');
}

/**
 * The unread count the bell says in its accessible name: "Notifications, 3 unread" or
 * "Avisos, 3 sin leer"; the bare "Notifications" / "Avisos" is none. Any other name fails.
 */
export async function bellSays(page: Page): Promise<number> {
  const name = (await bell(page).getAttribute('aria-label')) ?? '';
  const match = /^(?:Notifications|Avisos)(?:, (\d+) (?:unread|sin leer))?$/.exec(name);
  if (!match)
    throw new Error(`The bell is named "${name}", not "Notifications, N unread" or "Avisos, N sin leer"`);
  return Number(match[1] ?? 0);
}

/**
 * The unread count as the API has it for the person signed in to `page` (its context's cookie):
 * what the bell must come to show. Read this way because the bell's name before its first answer
 * ("Notifications") looks like a count of none.
 */
export async function unreadOnServer(page: Page): Promise<number> {
  const response = await page.request.post('/graphql', {
    data: { query: '{ unreadNotificationCount }' },
    headers: { 'content-type': 'application/json' },
  });
  const body = (await response.json()) as { data?: { unreadNotificationCount?: number }; errors?: unknown };
  const count = body.data?.unreadNotificationCount;
  if (typeof count !== 'number') throw new Error(`unreadNotificationCount failed: ${JSON.stringify(body)}`);
  return count;
}

/** Waits until the bell says `count` (it follows the API's pushes, so this is the live update). */
export async function expectBellToSay(page: Page, count: number, timeout = 10_000): Promise<void> {
  await expect.poll(() => bellSays(page), { timeout, message: `the bell's unread count` }).toBe(count);
}

/**
 * On the workgroup page open in `lead` (its lead's), posts an action item for `owner` with no due
 * date (so no reminder sweep adds to the owner's inbox, and the list's most urgent items stay first),
 * and waits until the list shows it: the change, and so the notification, is committed.
 */
export async function postActionItem(lead: Page, title: string, owner: string): Promise<void> {
  await lead.getByRole('button', { name: 'Post an action item' }).click();
  const form = lead.getByRole('form', { name: 'Post an action item' });
  await form.getByLabel(/^What needs doing/).fill(title);
  await form.getByLabel(/^Owner/).selectOption({ label: owner });
  await form.getByRole('button', { name: 'Post the item' }).click();
  await lead.getByTestId('action-item').filter({ hasText: title }).waitFor();
}
