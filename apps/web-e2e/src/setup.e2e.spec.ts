import type { Page } from 'playwright-core';
import { expectNoSeriousViolations } from './support/axe';
import { DEMO } from './support/demo';
import { PHONE, screenshot, useBrowser } from './support/browser';
import { inviteThroughPage } from './support/invite';
import { signIn } from './support/sign-in';

/** The browser suites share one database: names unique to this run, so a rerun adds rather than collides. */
const RUN = Date.now().toString(36);
const ORGANIZATION = `Little Manila Rising ${RUN}`;
const SEAT = `Youth liaison ${RUN}`;

async function openSetup(page: Page): Promise<void> {
  await page.getByTestId('nav-setup').click();
  await page.getByRole('heading', { level: 1, name: /^Set up / }).waitFor();
}

describe('setting up a collaborative', () => {
  const { newPage } = useBrowser();

  it('lets the administrator add an organization and a seat, seat a member, and change the voting rules', async () => {
    const page = await newPage({ viewport: PHONE });
    await signIn(page, DEMO.admin.email);
    await openSetup(page);
    await expectNoSeriousViolations(page, 'set-up page (phone)');
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      viewport: innerWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    await screenshot(page, 'setup-phone');

    // An organization: the form says what is missing before anything is sent.
    const addOrganization = page.getByRole('form', { name: 'Add an organization' });
    await addOrganization.getByRole('button', { name: 'Add organization' }).click();
    await addOrganization.getByText('This is required.').waitFor();
    await addOrganization.getByLabel(/^Name/).fill(ORGANIZATION);
    await addOrganization.getByLabel('Its sector').selectOption('COMMUNITY_ORG');
    await addOrganization.getByRole('button', { name: 'Add organization' }).click();
    await addOrganization.getByText(`${ORGANIZATION} was added.`).waitFor();
    await page.getByTestId('setup-organizations').getByText(ORGANIZATION).waitFor();

    // A non-voting seat for it (so the demo's quorum, which other suites count on, stays as it was).
    const addSeat = page.getByRole('form', { name: 'Add a seat' });
    await addSeat.getByLabel(/^Seat name/).fill(SEAT);
    await addSeat.getByLabel(/^Sector of the seat/).selectOption('COMMUNITY_ORG');
    await addSeat.getByLabel('Organization').selectOption({ label: ORGANIZATION });
    await addSeat.getByLabel('This seat votes').uncheck();
    await addSeat.getByRole('button', { name: 'Add seat' }).click();
    await addSeat.getByText(`${SEAT} was added.`).waitFor();
    const seat = page.getByTestId('setup-seat').filter({ hasText: SEAT });
    await seat.getByText('Vacant').waitFor();
    await seat.getByText('Non-voting').waitFor();

    // A member takes the seat.
    await seat.getByLabel(`Holder of ${SEAT}`).selectOption({ label: DEMO.admin.name });
    await seat.getByRole('button', { name: 'Save holders' }).click();
    await seat.getByText(`The holders of ${SEAT} were saved.`).waitFor();
    await seat.getByText('Vacant').waitFor({ state: 'detached' });
    await page.reload();
    const reloadedSeat = page.getByTestId('setup-seat').filter({ hasText: SEAT });
    expect(await reloadedSeat.getByLabel(`Holder of ${SEAT}`).inputValue()).not.toBe('');
    expect(await reloadedSeat.getByText('Vacant').count()).toBe(0);

    // The voting rules: a wrong amount is caught before sending; a right one is kept, in cents.
    const rules = page.getByRole('form', { name: 'Voting rules' });
    const limit = rules.getByLabel(/^Spending limit/);
    const healthPlan = rules.getByLabel('Health plan seats present');
    const originalLimit = await limit.inputValue();
    const originalHealthPlan = await healthPlan.inputValue();
    await limit.fill('12.345');
    await rules.getByRole('button', { name: 'Save voting rules' }).click();
    await rules.getByText('Enter an amount above zero, such as 50,000 or 50000.00.').waitFor();
    await limit.fill('$75,000.50');
    await healthPlan.fill('1');
    await rules.getByRole('button', { name: 'Save voting rules' }).click();
    await rules.getByText('The voting rules were saved.').waitFor();
    await page.reload();
    const reloaded = page.getByRole('form', { name: 'Voting rules' });
    expect(await reloaded.getByLabel(/^Spending limit/).inputValue()).toBe('75000.50');
    expect(await reloaded.getByLabel('Health plan seats present').inputValue()).toBe('1');
    await screenshot(page, 'setup-rules-changed');

    // Put the demo's rules back: the governance suite's votes depend on them.
    await reloaded.getByLabel(/^Spending limit/).fill(originalLimit);
    await reloaded.getByLabel('Health plan seats present').fill(originalHealthPlan);
    await reloaded.getByRole('button', { name: 'Save voting rules' }).click();
    await reloaded.getByText('The voting rules were saved.').waitFor();
    // And vacate the seat again, so the demo's seat holders are as they were.
    await reloadedSeat.getByLabel(`Holder of ${SEAT}`).selectOption('');
    await reloadedSeat.getByRole('button', { name: 'Save holders' }).click();
    await reloadedSeat.getByText('Vacant').waitFor();

    // Correct the organization (its website, checked before sending) and rename the seat: both
    // belong to this run, so no other story reads them.
    const organization = page
      .getByTestId('setup-organizations')
      .getByRole('listitem')
      .filter({ hasText: ORGANIZATION });
    await organization.getByRole('button', { name: `Edit ${ORGANIZATION}`, exact: true }).click();
    const editOrganization = page.getByRole('dialog', { name: `Edit ${ORGANIZATION}` });
    await editOrganization.getByLabel(/^Website/).fill('littlemanilarising.org');
    await editOrganization.getByRole('button', { name: 'Save organization' }).click();
    await editOrganization.getByText(/^Enter a web address starting with https:\/\//).waitFor();
    await editOrganization.getByLabel(/^Website/).fill('https://littlemanilarising.org');
    await expectNoSeriousViolations(page, 'edit organization dialog (phone)');
    await editOrganization.getByRole('button', { name: 'Save organization' }).click();
    await page.getByText(`${ORGANIZATION} was saved.`).waitFor();
    await organization.getByText('https://littlemanilarising.org').waitFor();

    const renamed = `${SEAT} (renamed)`;
    await reloadedSeat.getByRole('button', { name: `Edit ${SEAT}`, exact: true }).click();
    const editSeat = page.getByRole('dialog', { name: `Edit ${SEAT}` });
    expect(await editSeat.getByLabel('This seat votes').isChecked()).toBe(false);
    await editSeat.getByLabel(/^Seat name/).fill(renamed);
    await editSeat.getByRole('button', { name: 'Save seat' }).click();
    await page.getByText(`${renamed} was saved.`).waitFor();
    await page.getByTestId('setup-seat').filter({ hasText: renamed }).getByText('Non-voting').waitFor();
    await screenshot(page, 'setup-seat-renamed');
  });

  it('does not offer the set-up page to a member who is not an administrator', async () => {
    const page = await newPage();
    await signIn(page, DEMO.resident.email);
    expect(await page.getByTestId('nav-setup').count()).toBe(0);
  });

  it('lets a signed-in person start a collaborative and takes them to set it up', async () => {
    // A newcomer (invited, so they have an account) rather than the demo administrator, whose home
    // page the other suites expect to open on the demo collaborative.
    const admin = await newPage();
    await signIn(admin, DEMO.admin.email);
    const link = await inviteThroughPage(admin, {
      name: `Ana Ruiz ${RUN}`,
      email: `ana.ruiz.${RUN}@example.org`,
    });
    const page = await newPage({ viewport: PHONE });
    await page.goto(link);
    await page.getByLabel(/^Choose a password/).fill('a-long-enough-secret');
    await page.getByLabel(/^Type the password again/).fill('a-long-enough-secret');
    await page.getByRole('button', { name: /^Create account/ }).click();
    await page.waitForURL(/\/collaboratives\/[0-9a-f-]{36}$/);

    await page.goto('/collaboratives/new');
    const form = page.getByRole('form', { name: 'New collaborative' });
    await form.getByRole('button', { name: 'Create collaborative' }).click();
    await form.getByText('This is required.').first().waitFor();
    await expectNoSeriousViolations(page, 'new collaborative (phone)');
    await form.getByLabel(/^Name/).fill(`Delta Youth Collaborative ${RUN}`);
    expect(await form.getByLabel(/^Short name/).inputValue()).toBe(`delta-youth-collaborative-${RUN}`);
    await form.getByLabel('Where it works').fill('Stockton, CA');
    await form.getByRole('button', { name: 'Create collaborative' }).click();
    await page.waitForURL(/\/collaboratives\/[0-9a-f-]{36}\/setup$/);
    await page.getByRole('heading', { level: 1, name: `Set up Delta Youth Collaborative ${RUN}` }).waitFor();
    await page.getByText('No organizations yet. Add the first below.').waitFor();
    await screenshot(page, 'setup-new-collaborative');
  });
});
