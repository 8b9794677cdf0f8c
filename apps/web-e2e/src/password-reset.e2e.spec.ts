import type { Page } from 'playwright-core';
import { expectNoSeriousViolations } from './support/axe';
import { PHONE, screenshot, useBrowser } from './support/browser';
import { DEMO } from './support/demo';
import { inviteThroughPage } from './support/invite';
import { newestMail } from './support/mail';
import { signIn } from './support/sign-in';

/** The browser suites share one database: a person of this run only, so no demo password changes. */
const RUN = Date.now().toString(36);
const PERSON = { name: `Rosa Fuentes ${RUN}`, email: `rosa.fuentes.${RUN}@example.org` };
const FIRST_PASSWORD = 'first-secret-of-rosa';
const NEW_PASSWORD = 'second-secret-of-rosa';

async function acceptInvitation(page: Page, link: string): Promise<void> {
  await page.goto(link);
  await page.getByLabel(/^Choose a password/).fill(FIRST_PASSWORD);
  await page.getByLabel(/^Type the password again/).fill(FIRST_PASSWORD);
  await page.getByRole('button', { name: /^Create account/ }).click();
  await page.waitForURL(/\/collaboratives\/[0-9a-f-]{36}$/);
}

describe('a forgotten password', () => {
  const { newPage } = useBrowser();

  it('is reset through a link by email, on a phone, and the new password signs in', async () => {
    const admin = await newPage();
    await signIn(admin, DEMO.admin.email);
    await acceptInvitation(await newPage(), await inviteThroughPage(admin, PERSON));

    const phone = await newPage({ viewport: PHONE });
    await phone.goto('/sign-in');
    await phone.getByRole('link', { name: 'Forgot your password?' }).click();
    await phone.waitForURL('**/forgot-password');
    await phone.getByRole('heading', { level: 1, name: 'Reset your password' }).waitFor();
    await expectNoSeriousViolations(phone, 'forgot password (phone)');
    // Keyboard only: the field, then the button.
    await phone.getByLabel(/^Email/).focus();
    await phone.keyboard.type(PERSON.email);
    await phone.keyboard.press('Enter');
    const sent = phone.getByRole('status');
    await sent.waitFor();
    expect(await sent.innerText()).toContain(`If an account exists for ${PERSON.email}, we sent it a link`);
    await screenshot(phone, 'forgot-password-sent');

    const mail = await newestMail(PERSON.email, /^Choose a new Braid password$/);
    const link = mail.text.match(/https?:\/\/\S+\/reset-password\/[A-Za-z0-9_%-]+/)?.[0];
    if (!link) throw new Error(`No reset link in the email: ${mail.text}`);
    await phone.goto(new URL(link).pathname);
    await phone.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
    await expectNoSeriousViolations(phone, 'reset password (phone)');
    await phone.getByLabel(/^New password/).fill(NEW_PASSWORD);
    await phone.getByLabel(/^Type the new password again/).fill(NEW_PASSWORD);
    await phone.getByRole('button', { name: 'Save the new password' }).click();
    await phone.getByRole('status').filter({ hasText: 'Your password was changed' }).waitFor();
    await screenshot(phone, 'reset-password-done');

    // The link works once.
    await phone.goto(new URL(link).pathname);
    await phone.getByLabel(/^New password/).fill('a third password, unused');
    await phone.getByLabel(/^Type the new password again/).fill('a third password, unused');
    await phone.getByRole('button', { name: 'Save the new password' }).click();
    expect(await phone.getByRole('alert').innerText()).toContain('This link no longer works');

    await phone.getByRole('link', { name: 'Ask for a new link' }).waitFor();
    await signIn(phone, PERSON.email, NEW_PASSWORD);
  });
});
