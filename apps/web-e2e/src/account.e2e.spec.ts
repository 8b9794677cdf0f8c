import type { Page } from 'playwright-core';
import { expectNoSeriousViolations } from './support/axe';
import { DEMO } from './support/demo';
import { PHONE, screenshot, useBrowser } from './support/browser';
import { inviteThroughPage } from './support/invite';
import { signIn } from './support/sign-in';

/** The browser suites share one database: a person of this run only, so no demo password changes. */
const RUN = Date.now().toString(36);
const PERSON = { name: `Tomás Reyes ${RUN}`, email: `tomas.reyes.${RUN}@example.org` };
const FIRST_PASSWORD = 'first-secret-of-tomas';
const NEW_PASSWORD = 'second-secret-of-tomas';

/** The invited person creates their account through the link, and lands in the collaborative. */
async function acceptInvitation(page: Page, link: string): Promise<void> {
  await page.goto(link);
  await page.getByLabel(/^Choose a password/).fill(FIRST_PASSWORD);
  await page.getByLabel(/^Type the password again/).fill(FIRST_PASSWORD);
  await page.getByRole('button', { name: /^Create account/ }).click();
  await page.waitForURL(/\/collaboratives\/[0-9a-f-]{36}$/);
}

describe('my account', () => {
  const { newPage } = useBrowser();

  it('lets a person change their password, which signs out their other devices, and rename themself', async () => {
    const admin = await newPage();
    await signIn(admin, DEMO.admin.email);
    const link = await inviteThroughPage(admin, PERSON);

    // Tomás on his phone (where he accepts) and on a laptop, signed in on both.
    const phone = await newPage({ viewport: PHONE });
    await acceptInvitation(phone, link);
    const laptop = await newPage();
    await signIn(laptop, PERSON.email, FIRST_PASSWORD);

    // The account page is in the user menu.
    await phone.getByRole('button', { name: `${PERSON.name}: account menu` }).click();
    await phone.getByRole('menuitem', { name: 'My account' }).click();
    await phone.waitForURL('**/account');
    await phone.getByRole('heading', { level: 1, name: 'My account' }).waitFor();
    await expectNoSeriousViolations(phone, 'my account (phone)');
    const widths = await phone.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      viewport: innerWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);

    // The password rules are checked before anything is sent; a wrong current password is the API's word.
    const password = phone.getByRole('form', { name: 'Change your password' });
    await password.getByLabel(/^Current password/).fill('not-my-password');
    await password.getByLabel(/^New password/).fill('short');
    await password.getByLabel(/^Type the new password again/).fill('shorter');
    await password.getByRole('button', { name: 'Change password' }).click();
    await password.getByText('Use at least 10 characters.').waitFor();
    await password.getByText('The two passwords are not the same.').waitFor();
    await password.getByLabel(/^New password/).fill(NEW_PASSWORD);
    await password.getByLabel(/^Type the new password again/).fill(NEW_PASSWORD);
    await password.getByRole('button', { name: 'Change password' }).click();
    // Braid's sentence, in the alert and beside the field; never the API's fragment "is not right".
    await password.getByText('Your current password is not right.').first().waitFor();

    await password.getByLabel(/^Current password/).fill(FIRST_PASSWORD);
    await password.getByRole('button', { name: 'Change password' }).click();
    await password.getByRole('status').getByText('Your password was changed.').waitFor();
    await screenshot(phone, 'account-password-changed');

    // The laptop's session has ended: its next request sends it to sign in, where only the new password works.
    await laptop.goto('/');
    await laptop.waitForURL('**/sign-in');
    await laptop.getByLabel(/^Email/).fill(PERSON.email);
    await laptop.getByLabel(/^Password/).fill(FIRST_PASSWORD);
    await laptop.getByRole('button', { name: 'Sign in' }).click();
    await laptop.getByText('That email and password do not match an account.').waitFor();
    await signIn(laptop, PERSON.email, NEW_PASSWORD);

    // The phone, where the password was changed, is still signed in.
    await phone.reload();
    await phone.getByRole('heading', { level: 1, name: 'My account' }).waitFor();

    // His name as the collaborative sees it.
    const profile = phone.getByRole('form', { name: 'Profile' });
    expect(await profile.getByLabel(/^Email/).inputValue()).toBe(PERSON.email);
    await profile.getByLabel(/^Your name/).fill(`Tomás A. Reyes ${RUN}`);
    await profile.getByRole('button', { name: 'Save profile' }).click();
    await profile.getByText('Your profile was saved.').waitFor();
    await phone.getByRole('button', { name: `Tomás A. Reyes ${RUN}: account menu` }).waitFor();
  });
});
