import type { Page } from 'playwright-core';
import { expectNoSeriousViolations } from './support/axe';
import { COLLABORATIVE, DEMO, DEMO_SLUG } from './support/demo';
import { DESKTOP, PHONE, screenshot, useBrowser } from './support/browser';
import { inviteThroughPage } from './support/invite';
import { signIn } from './support/sign-in';

/** Nothing may be wider than a 360 px phone: no sideways scrolling to read a page. */
async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
  }));
  expect(widths.page, `${where} scrolls sideways`).toBeLessThanOrEqual(widths.viewport);
}

/** Every page of this step, checked by axe on a phone and on a desktop screen. */
describe.each([
  ['phone', PHONE],
  ['desktop', DESKTOP],
])('accessibility on a %s', (device, viewport) => {
  const { newPage } = useBrowser();

  async function check(page: Page, name: string) {
    await expectNoSeriousViolations(page, `${name} (${device})`);
    if (device === 'phone') await expectNoSidewaysScroll(page, name);
    await screenshot(page, `${name}-${device}`);
  }

  it('sign-in page, empty and with its validation messages', async () => {
    const page = await newPage({ viewport });
    await page.goto('/sign-in');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await check(page, 'sign-in');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Enter an email address.').waitFor();
    await check(page, 'sign-in-invalid');
  });

  it("an administrator's collaborative page, with the invitation just issued", async () => {
    const page = await newPage({ viewport });
    await signIn(page, DEMO.admin.email);
    await inviteThroughPage(page, {
      name: `Jordan Lee (${device})`,
      email: `jordan.lee.${device}@example.org`,
    });
    await page.getByRole('button', { name: 'Load more members' }).click();
    await page.getByText(/^1[3-9] members shown$/).waitFor();
    await check(page, 'collaborative-admin');
  });

  it("a resident's collaborative page in Spanish, and the user menu open", async () => {
    const page = await newPage({ viewport });
    await signIn(page, DEMO.resident.email);
    await page.getByRole('heading', { level: 1, name: COLLABORATIVE }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Equipo de liderazgo' }).waitFor();
    await check(page, 'collaborative-resident');
    await page.getByRole('button', { name: `${DEMO.resident.name}: menú de la cuenta` }).click();
    await page.getByRole('menuitem', { name: 'Cerrar sesión' }).waitFor();
    await check(page, 'user-menu');
  });

  it('the invitation page of a new person, and of an unknown link', async () => {
    const admin = await newPage({ viewport });
    await signIn(admin, DEMO.admin.email);
    const link = await inviteThroughPage(admin, {
      name: `Sam Rivera (${device})`,
      email: `sam.rivera.${device}@example.org`,
    });

    const invitee = await newPage({ viewport });
    await invitee.goto(link);
    await invitee.getByRole('heading', { name: 'Create your account' }).waitFor();
    await check(invitee, 'accept-invitation');
    await invitee.getByLabel(/^Choose a password/).fill('short');
    await invitee.getByRole('button', { name: 'Create account and join' }).click();
    await invitee.getByText('Use at least 10 characters.').waitFor();
    await check(invitee, 'accept-invitation-invalid');

    await invitee.goto('/invitations/unknown');
    await invitee.getByRole('alert').waitFor();
    await check(invitee, 'accept-invitation-unknown');
  });

  it("the fund's balances on the overview and the fund administrator's budget", async () => {
    const page = await newPage({ viewport });
    await signIn(page, DEMO.fundAdmin.email);
    await page.getByTestId('fund-balances').waitFor();
    await check(page, 'funds-overview-balances');
    await page.getByTestId('nav-funds-budget').click();
    await page.getByTestId('streams-table').waitFor();
    await check(page, 'funds-budget');
  });

  it("the fund's ledger", async () => {
    const page = await newPage({ viewport });
    await signIn(page, DEMO.fundAdmin.email);
    // One table per transaction, several of the same kind and minute: no two landmarks of one name.
    await page.getByTestId('nav-funds-ledger').click();
    await page.getByRole('heading', { level: 1, name: 'Ledger' }).waitFor();
    await page
      .getByRole('group', { name: /^Entries: / })
      .first()
      .waitFor();
    await check(page, 'funds-ledger');
  });

  it("the fund administrator's contributions, with validation messages, and the fund's audit log", async () => {
    const page = await newPage({ viewport });
    await signIn(page, DEMO.fundAdmin.email);
    await page.getByTestId('nav-funds-contributions').click();
    const pledge = page.getByTestId('pledge-form');
    await pledge.getByRole('button', { name: 'Record the pledge' }).click();
    await pledge.getByText('Enter an amount.').waitFor();
    await check(page, 'funds-contributions-invalid');
    await page.getByTestId('nav-funds-audit').click();
    await page.getByTestId('audit-table').waitFor();
    await check(page, 'funds-audit');
  });

  it("the fund's grants, a grant with the release dialog open, and the new grant page", async () => {
    const page = await newPage({ viewport });
    await signIn(page, DEMO.fundAdmin.email);
    await page.getByTestId('nav-funds-grants').click();
    await page.getByTestId('grants-table').waitFor();
    await check(page, 'funds-grants');
    await page.getByRole('link', { name: 'New grant' }).click();
    await page.getByRole('heading', { level: 1, name: 'New grant' }).waitFor();
    await page.getByRole('link', { name: 'Back to the grants' }).waitFor();
    await check(page, 'funds-new-grant');
    await page.getByRole('link', { name: 'Back to the grants' }).click();
    await page.getByTestId('grants-table').getByRole('link').first().click();
    await page.getByTestId('tranches-table').waitFor();
    await check(page, 'funds-grant');
    const release = page.getByRole('button', { name: /^Release tranche \d…$/ }).first();
    await release.click();
    await page.getByTestId('release-dialog').waitFor();
    await check(page, 'funds-release-dialog');
  });

  it("a partner's grants, and the public transparency pages signed out", async () => {
    const partner = await newPage({ viewport });
    await signIn(partner, DEMO.partner.email);
    await partner.getByTestId('nav-funds-my-grants').click();
    await partner.getByTestId('grants-table').waitFor();
    await check(partner, 'funds-my-grants');

    const visitor = await newPage({ viewport });
    await visitor.goto('/public');
    await visitor.getByRole('link', { name: COLLABORATIVE }).waitFor();
    await check(visitor, 'public-directory');
    await visitor.goto(`/public/${DEMO_SLUG}`);
    await visitor.getByTestId('public-decisions').waitFor();
    await check(visitor, 'public-transparency');
  });

  it('the page-not-found page, a grant that is not there, and a public page that is not there', async () => {
    const page = await newPage({ viewport });
    await signIn(page, DEMO.chair.email);
    const collaborative = new URL(page.url()).pathname;
    await page.goto('/no/such/page');
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await check(page, 'not-found');
    // A record page that cannot show its record keeps its heading (axe: page-has-heading-one).
    await page.goto(`${collaborative}/funds/grants/00000000-0000-4000-8000-000000000000`);
    await page.getByRole('alert').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Grant' }).waitFor();
    await check(page, 'grant-not-found');

    const visitor = await newPage({ viewport });
    await visitor.goto('/public/no-such-collaborative');
    await visitor.getByRole('alert').waitFor();
    await check(visitor, 'public-not-found');
  });

  it("the chair's meetings, today's meeting with its quorum, and a motion open for a vote", async () => {
    const page = await newPage({ viewport });
    await signIn(page, DEMO.chair.email);
    await page.getByTestId('nav-meetings').click();
    await page.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor();
    const upcoming = page.getByRole('region', { name: 'Coming up' });
    await upcoming.getByRole('link').first().waitFor();
    await check(page, 'governance-meetings');
    await upcoming.getByRole('link', { name: 'Leadership team' }).first().click();
    await page.getByTestId('quorum').waitFor();
    await page.getByLabel('Attendance of Resident seat 1').waitFor();
    await check(page, 'governance-meeting-chair');
    await page.getByRole('button', { name: 'Move a motion' }).click();
    await page.getByRole('button', { name: 'Move the motion' }).click();
    await page.getByRole('form', { name: 'Move a motion' }).getByText('This is required.').waitFor();
    await check(page, 'governance-move-motion-invalid');
    await page
      .getByRole('link', { name: /trust builders/ })
      .first()
      .click();
    await page.getByRole('region', { name: 'For County Public Health' }).waitFor();
    await page.getByTestId('named-votes').waitFor();
    await check(page, 'governance-motion-chair');
  });

  it("the decisions page, the chair's close-vote dialog, and a partner at a page not for them", async () => {
    const page = await newPage({ viewport });
    await signIn(page, DEMO.chair.email);
    await page.getByTestId('nav-decisions').click();
    await page.getByRole('heading', { level: 1, name: 'Decisions' }).waitFor();
    await page.getByTestId('decision-tally').first().waitFor();
    await check(page, 'governance-decisions');
    await page
      .getByRole('link', { name: /trust builders/ })
      .first()
      .click();
    await page.getByRole('button', { name: /^Close the vote and count/ }).click();
    await page.getByRole('dialog').getByTestId('closing-figures').waitFor();
    await check(page, 'governance-close-vote-dialog');
    await page.getByRole('button', { name: 'Keep the vote open' }).click();

    const partner = await newPage({ viewport });
    await signIn(partner, DEMO.partner.email);
    const overview = new URL(partner.url()).pathname.match(/^\/collaboratives\/[^/]+/)?.[0] ?? '';
    expect(overview).not.toBe('');
    await partner.goto(`${overview}/funds/ledger`);
    await partner.getByRole('heading', { level: 1, name: 'Not available to you' }).waitFor();
    await check(partner, 'not-available');
  });

  it("the workgroups and the lead's workgroup page, with a progress form open", async () => {
    const page = await newPage({ viewport });
    await signIn(page, DEMO.lead.email);
    await page.getByTestId('nav-workgroups').click();
    // The overview still shown has meeting links with the same words: wait for the workgroups page.
    await page.getByRole('heading', { level: 1, name: 'Workgroups' }).waitFor();
    const workgroup = page.getByRole('link', { name: 'Trauma-Informed Care', exact: true });
    await workgroup.waitFor();
    await check(page, 'governance-workgroups');
    await workgroup.click();
    const item = page.getByTestId('action-item').first();
    await item.waitFor();
    await item.getByRole('button', { name: /^Post progress on/ }).click();
    await item.getByRole('button', { name: 'Post', exact: true }).click();
    await item.getByText('This is required.').waitFor();
    await check(page, 'governance-workgroup');
  });
  it("a seat holder's bell menu open, the inbox, and how they hear about things", async () => {
    const page = await newPage({ viewport });
    await signIn(page, DEMO.kaiser.email);
    await page.getByTestId('notification-bell').click();
    const menu = page.getByTestId('notification-menu');
    // The demo's votes and meetings told him about some: the menu is checked with its list.
    await menu.getByTestId('notification').first().waitFor();
    await check(page, 'notifications-menu');
    await menu.getByRole('link', { name: 'See all notifications' }).click();
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    await page.getByRole('list', { name: 'Notifications' }).getByTestId('notification').first().waitFor();
    await check(page, 'notifications-inbox');
    await page.getByRole('link', { name: 'Choose how you hear about things' }).click();
    await page.getByRole('group', { name: 'Votes' }).getByLabel('Email').waitFor();
    await check(page, 'notifications-preferences');
  });

  it("the partner's reports and an accepted report, and the leadership's outcomes", async () => {
    const page = await newPage({ viewport });
    await signIn(page, DEMO.partner.email);
    await page.getByTestId('nav-reports').click();
    await page.getByTestId('requirement').first().waitFor();
    await check(page, 'reports-partner');
    await page.getByTestId('requirement').filter({ hasText: 'Accepted' }).first().getByRole('link').click();
    await page.getByTestId('report-view').waitFor();
    await check(page, 'report-accepted');
    const chair = await newPage({ viewport });
    await signIn(chair, DEMO.chair.email);
    await chair.getByTestId('nav-outcomes').click();
    await chair.getByTestId('outcomes-table').first().waitFor();
    await check(chair, 'outcomes');
  });
});
