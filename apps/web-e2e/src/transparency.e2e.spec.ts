import { expectNoSeriousViolations } from './support/axe';
import { DESKTOP, PHONE, screenshot, useBrowser } from './support/browser';
import { COLLABORATIVE, DEMO, DEMO_SLUG } from './support/demo';
import { centsShown } from './support/money';
import { signIn } from './support/sign-in';

/** Acceptance story step 7: the public view shows decisions and dollars without private data. */
describe('the public transparency page', () => {
  const { newPage } = useBrowser();

  it('shows anyone, signed out, the decisions taken and the dollars, and nothing private', async () => {
    const page = await newPage({ viewport: DESKTOP });
    await page.goto('/public');
    await page.getByRole('heading', { level: 1, name: 'Public transparency' }).waitFor();
    await page.getByRole('link', { name: COLLABORATIVE }).click();
    await page.waitForURL(`**/public/${DEMO_SLUG}`);
    await page.getByRole('heading', { level: 1, name: COLLABORATIVE }).waitFor();

    // Decisions: the funding motion the board passed, with its tally and each seat's named vote.
    const decisions = page.getByTestId('public-decisions');
    const trc = decisions.locator('li', { hasText: 'Fund the Stockton Trauma Recovery Center, year one' });
    await trc.waitFor();
    expect(await trc.getByText('Passed', { exact: true }).count()).toBe(1);
    expect(await trc.getByText(/\d+ yes, \d+ no, \d+ abstaining, [1-9]\d* recused/).count()).toBe(1);
    await trc.getByText(/^How each seat voted/).click();
    await trc.getByRole('rowheader', { name: 'Resident seat 1' }).waitFor();

    // What the grants achieved: the partners' reported metrics, summed, with no organization named.
    const outcomes = page
      .getByRole('region', { name: 'What the grants achieved' })
      .getByTestId('outcomes-table');
    await outcomes.waitFor();
    expect(await outcomes.getByRole('rowheader', { name: /Non-duplicated clients enrolled/ }).count()).toBe(
      1,
    );
    expect(await outcomes.getByText('Stockton Trauma Recovery Center').count()).toBe(0);

    // Dollars received by kind of funder, and by purpose: each kind of the demo's streams is there.
    const received = page.getByTestId('public-received-table');
    for (const kind of ['County', 'Federal', 'Health plan']) {
      expect(await received.getByRole('rowheader', { name: kind }).count()).toBe(1);
    }
    const purposes = page.getByTestId('public-purposes-table');
    expect(await purposes.getByRole('rowheader', { name: 'Trauma recovery services' }).count()).toBe(1);
    expect(
      await page
        .getByTestId('public-recipients-table')
        .getByRole('rowheader', { name: 'Stockton Trauma Recovery Center' })
        .count(),
    ).toBe(1);

    // Nobody's name or email appears: seats, organizations and sums only.
    const text = await page.locator('main').innerText();
    for (const person of Object.values(DEMO)) {
      expect(text).not.toContain(person.name);
      expect(text).not.toContain(person.email);
    }
    expect(text).not.toContain('@demo.braid.example');
    await expectNoSeriousViolations(page, 'public page');
    await screenshot(page, 'public-page');
  });

  it('shows the same fund totals the members see', async () => {
    const member = await newPage({ viewport: DESKTOP });
    await signIn(member, DEMO.chair.email);
    await member.getByTestId('fund-balances').waitFor();
    const memberReceived = centsShown(
      await member
        .getByTestId('fund-balances')
        .getByTestId('figure-received')
        .locator('dd')
        .first()
        .innerText(),
    );

    const visitor = await newPage({ viewport: DESKTOP });
    await visitor.goto(`/public/${DEMO_SLUG}`);
    const publicReceived = visitor.getByTestId('public-received').locator('dd');
    await publicReceived.waitFor();
    expect(centsShown(await publicReceived.innerText())).toBe(memberReceived);
  });

  it('answers a collaborative that does not publish, or does not exist, with a message', async () => {
    const page = await newPage({ viewport: PHONE });
    await page.goto('/public/no-such-collaborative');
    await page
      .getByRole('alert')
      .filter({ hasText: 'This collaborative does not publish a transparency page, or it does not exist.' })
      .waitFor();
    await expectNoSeriousViolations(page, 'public page not found');
  });
});
