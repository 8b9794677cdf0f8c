import type { Page } from 'playwright-core';
import { expectNoSeriousViolations } from './support/axe';
import { DEMO, DEMO_PASSWORD } from './support/demo';
import { PHONE, screenshot, useBrowser } from './support/browser';

/** Signs in and stays on the page sign-in lands on: My work. */
async function signInToMyWork(page: Page, email: string, heading: string): Promise<void> {
  await page.goto('/sign-in');
  await page.locator('input[autocomplete="username"]').fill(email);
  await page.locator('input[autocomplete="current-password"]').fill(DEMO_PASSWORD);
  await page.locator('form button[type="submit"]').click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

describe('My work, the page after sign-in', () => {
  const { newPage } = useBrowser();

  it(
    'asks a seat holder for their vote, shows a member her action item and vote, and a partner its reports',
    { timeout: 90_000 },
    async () => {
      // Marcus Bell holds the Fathers and Families seat, present at today's meeting, and has not
      // voted on the trust builders motion.
      const marcus = await newPage();
      await signInToMyWork(marcus, DEMO.lead.email, 'My work');
      const owed = marcus.getByRole('region', { name: 'Votes you owe' });
      const trustBuilders = owed.getByRole('listitem').filter({ hasText: /trust builders/ });
      await trustBuilders.getByText('Your vote is needed').waitFor();
      await expectNoSeriousViolations(marcus, 'my work');
      await screenshot(marcus, 'my-work-seat-holder');
      // Into the collaborative, where the navigation counts what needs him.
      await marcus.getByTestId('my-work-collaborative').first().click();
      await marcus.waitForURL(/\/collaboratives\/[0-9a-f-]{36}$/);
      const link = marcus.getByTestId('nav-my-work');
      await link.getByTestId('my-work-count').waitFor();
      expect(await link.textContent()).toMatch(/My work\d+, \d+ things? needs? you/);
      await link.click();
      await marcus.getByRole('heading', { level: 1, name: 'My work' }).waitFor();

      // Gloria Hernández, in Spanish on her phone: the outreach materials she owes, and her vote.
      const gloria = await newPage({ viewport: PHONE });
      await signInToMyWork(gloria, DEMO.resident.email, 'Mi trabajo');
      const items = gloria.getByRole('region', { name: 'Sus tareas' });
      await items.getByRole('listitem').filter({ hasText: 'Spanish-language outreach materials' }).waitFor();
      const cast = gloria.getByRole('region', { name: 'Votos emitidos' });
      await cast
        .getByRole('listitem')
        .filter({ hasText: /trust builders/ })
        .getByText(/Usted votó: A favor/)
        .waitFor();
      await expectNoSeriousViolations(gloria, 'my work (phone, Spanish)');
      await screenshot(gloria, 'my-work-phone-es');

      // Carmen Díaz, the trauma recovery center's contact: the reports her organization owes.
      const carmen = await newPage();
      await signInToMyWork(carmen, DEMO.partner.email, 'My work');
      const reports = carmen.getByRole('region', { name: 'Reports your organization owes' });
      // What her organization still owes depends on whether the reports story (another file, same
      // demo database) has run first and had her reports accepted: an owed report, said in words,
      // or the section saying nothing needs her. The API e2e (my-work) checks the list itself.
      await reports
        .getByRole('listitem')
        .filter({ hasText: /Late by|Due |Changes requested/ })
        .first()
        .or(reports.getByText('Nothing needs you.'))
        .waitFor();
      await carmen.getByRole('region', { name: 'Votes you owe' }).getByText('Nothing needs you.').waitFor();
      await screenshot(carmen, 'my-work-partner');
    },
  );
});
