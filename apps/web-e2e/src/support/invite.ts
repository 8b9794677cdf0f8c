import type { Page } from 'playwright-core';

/**
 * Fills the "Invite a member" form of the collaborative page open in `page` (an administrator's)
 * and returns the one-time invitation link it shows.
 */
export async function inviteThroughPage(
  page: Page,
  invitee: { name: string; email: string; roles?: string[] },
): Promise<string> {
  const form = page.getByRole('region', { name: 'Invite a member' });
  await form.getByLabel(/^Name/).fill(invitee.name);
  await form.getByLabel(/^Email/).fill(invitee.email);
  for (const role of invitee.roles ?? []) await form.getByRole('checkbox', { name: role, exact: true }).check();
  await form.getByRole('button', { name: 'Invite' }).click();
  const link = form.getByLabel('Invitation link');
  await link.waitFor();
  return link.inputValue();
}
