import { COLLABORATIVE, DEMO, DEMO_PASSWORD } from './support/demo';
import { screenshot, useBrowser } from './support/browser';
import { signIn } from './support/sign-in';

describe('signing in', () => {
  const { newPage } = useBrowser();

  it('shows a member their collaborative: the leadership team and their own roles', async () => {
    const page = await newPage();
    await page.goto('/');
    // Signed out, home sends the person to sign in.
    await page.waitForURL('**/sign-in');
    await page.getByLabel(/^Email/).fill(DEMO.chair.email);
    await page.getByLabel(/^Password/).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();

    // Signing in lands on My work, which opens each of the person's collaboratives.
    await page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
    await page.getByRole('link', { name: COLLABORATIVE, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: COLLABORATIVE }).waitFor();
    expect(await page.title()).toBe(`${COLLABORATIVE} · Braid`);
    const roles = page.getByText('Your roles:').locator('..');
    expect(await roles.innerText()).toMatch(
      /Chair[\s\S]*Member[\s\S]*San Joaquin County Public Health Services/,
    );

    const team = page.getByRole('region', { name: 'Leadership team' });
    // The demo's nine seats are filled; the set-up story (same database) may have added a vacant one.
    expect(await team.getByText(/^\d+ seats, (all filled|\d+ vacant)$/).count()).toBe(1);
    const residentSeat = team.getByRole('listitem').filter({ hasText: 'Resident seat 1' });
    expect(await residentSeat.innerText()).toMatch(
      /Resident[\s\S]*Held by\s*Gloria Hernández[\s\S]*Alternate\s*Luis Ortega/,
    );
    await screenshot(page, 'collaborative-chair');

    // A chair is not an administrator: no invitation form.
    expect(await page.getByRole('region', { name: 'Invite a member' }).count()).toBe(0);

    await page.getByRole('button', { name: `${DEMO.chair.name}: account menu` }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.waitForURL('**/sign-in');
    await page.goto('/');
    await page.waitForURL('**/sign-in');
  });

  it('says when the email and password do not match', async () => {
    const page = await newPage();
    await page.goto('/sign-in');
    await page.getByLabel(/^Email/).fill(DEMO.partner.email);
    await page.getByLabel(/^Password/).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('That email and password do not match an account.');
    expect(page.url()).toMatch(/\/sign-in$/);
    await screenshot(page, 'sign-in-wrong-password');
  });

  it('can be done with the keyboard alone', async () => {
    const page = await newPage();
    await page.goto('/sign-in');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();

    // The first Tab reaches the skip link, which jumps past the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('email');
    await page.keyboard.type(DEMO.partner.email);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('password');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
    await page.getByRole('link', { name: COLLABORATIVE, exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: COLLABORATIVE }).waitFor();
    expect(await page.getByText('Partner contact').first().isVisible()).toBe(true);
  });

  it('brings a person back to the page they asked for', async () => {
    const page = await newPage();
    await signIn(page, DEMO.lead.email);
    const address = page.url();
    await page.context().clearCookies();
    await page.goto(address);
    await page.waitForURL('**/sign-in');
    // The address changes before the form renders: wait for the notice, then check it is said once.
    const notice = page.getByText('Sign in to continue.');
    await notice.waitFor();
    expect(await notice.count()).toBe(1);
    await page.getByLabel(/^Email/).fill(DEMO.lead.email);
    await page.getByLabel(/^Password/).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(address);
  });

  it('sends a person whose session has ended to sign in, and back', async () => {
    const page = await newPage();
    await signIn(page, DEMO.lead.email);
    const address = page.url();
    // The members table is below the fold and arrives once the page is idle: wait for it first.
    const loadMore = page.getByRole('button', { name: 'Load more members' });
    await loadMore.waitFor();
    // The session ends while the page is open (expired, or signed out on another device).
    await page.context().clearCookies();
    await loadMore.click();
    await page.waitForURL('**/sign-in');
    await page.getByText('Sign in to continue.').waitFor();
    await page.getByLabel(/^Email/).fill(DEMO.lead.email);
    await page.getByLabel(/^Password/).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(address);
  });
});
