import type { Page } from 'playwright-core';
import { expectNoSeriousViolations } from './support/axe';
import { DEMO } from './support/demo';
import { PHONE, screenshot, useBrowser } from './support/browser';
import { signIn } from './support/sign-in';

/** The demo's fund administrator (apps/api/src/demo/demo-cast.ts), whom support/demo.ts does not list. */
const FUND_ADMIN = { email: 'funds@demo.braid.example' } as const;

/** The smallest file the API recognises as a PDF from its bytes. */
const SIGN_IN_SHEETS = {
  name: 'Sign-in sheets Q2.pdf',
  mimeType: 'application/pdf',
  buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
};

const WRONG_FILE = { ...SIGN_IN_SHEETS, name: 'Board minutes (wrong file).pdf' };

async function openReports(page: Page): Promise<void> {
  await page.getByTestId('nav-reports').click();
  await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
}

async function openRequirement(page: Page, status: string): Promise<void> {
  await page.getByTestId('requirement').filter({ hasText: status }).first().getByRole('link').click();
  await page.getByRole('heading', { level: 1, name: /^Report \d+$/ }).waitFor();
}

/** Story step 6: the trauma recovery center reports on its grant; the fund administrator reviews. */
describe('a funded partner reports, the fund administrator reviews', () => {
  const { newPage } = useBrowser();

  it('submits the late report, is asked for a change, resubmits, and the report is accepted', async () => {
    const partner = await newPage({ viewport: PHONE });
    await signIn(partner, DEMO.partner.email);
    await openReports(partner);
    // The partner reads its own grant's reports and none of the governance screens.
    expect(await partner.getByTestId('nav-meetings').count()).toBe(0);
    await openRequirement(partner, 'Late');
    await partner.getByTestId('start-report').click();
    await partner.getByTestId('report-narrative').fill('We enrolled new survivors and ran two workshops.');
    const metricInputs = partner.locator('section[aria-labelledby="section-metrics"] input');
    await metricInputs.first().waitFor();
    // A wrong value is named before anything is sent.
    await metricInputs.first().fill('-4');
    await partner.getByTestId('submit-report').click();
    await partner.getByText('Enter a whole number, 0 or more.').waitFor();
    for (let i = 0; i < (await metricInputs.count()); i++) await metricInputs.nth(i).fill(String(20 + i));
    await partner.getByTestId('add-spending-line').click();
    await partner.getByTestId('spending-line-0').fill('Case managers');
    await partner.getByTestId('spending-amount-0').fill('12,500.50');
    await partner.getByTestId('autosave-status').getByText('Saved').waitFor();
    // A file added by mistake comes off the draft again.
    await partner.locator('input[type="file"]').setInputFiles(WRONG_FILE);
    await partner.getByRole('link', { name: WRONG_FILE.name }).waitFor();
    await partner.getByRole('button', { name: `Remove ${WRONG_FILE.name}` }).click();
    await partner.getByText('The file was removed from the draft.').waitFor();
    expect(await partner.getByRole('link', { name: WRONG_FILE.name }).count()).toBe(0);
    await partner.locator('input[type="file"]').setInputFiles(SIGN_IN_SHEETS);
    await partner.getByRole('link', { name: SIGN_IN_SHEETS.name }).waitFor();
    await expectNoSeriousViolations(partner, 'report form (phone)');
    await screenshot(partner, 'report-form-phone');
    await partner.getByTestId('submit-report').click();
    await partner
      .getByText('This report was sent and is waiting for review. It cannot be edited while it is reviewed.')
      .waitFor();

    const admin = await newPage();
    await signIn(admin, FUND_ADMIN.email);
    await openReports(admin);
    await admin
      .locator('label')
      .filter({ hasText: /^Submitted$/ })
      .click();
    await openRequirement(admin, 'Under review');
    await admin.getByRole('link', { name: SIGN_IN_SHEETS.name }).waitFor();
    await admin.getByTestId('review-request-changes').click();
    await admin.getByText('Write at least one comment to request changes.').waitFor();
    await admin
      .getByTestId('review-comment-METRICS')
      .fill('Count enrolled clients without walk-ins, please.');
    await admin.getByTestId('review-request-changes').click();
    await admin
      .getByTestId('review-history')
      .getByText('Count enrolled clients without walk-ins, please.')
      .waitFor();

    await partner.reload();
    await partner
      .getByTestId('review-history')
      .getByText('Count enrolled clients without walk-ins, please.')
      .waitFor();
    // The note above the button says the same as the button: revise and resubmit.
    await partner
      .getByTestId('report-state')
      .getByText(/^Changes were requested\. Revise and resubmit/)
      .waitFor();
    await partner.getByTestId('start-report').click();
    await metricInputs.first().fill('18');
    await partner.getByTestId('submit-report').click();
    await partner
      .getByText('This report was sent and is waiting for review. It cannot be edited while it is reviewed.')
      .waitFor();

    await admin.reload();
    await admin.getByTestId('review-accept').click();
    await admin.getByText('Accepted', { exact: true }).first().waitFor();
    expect(await admin.getByTestId('review-form').count()).toBe(0);
    expect(await admin.getByTestId('outcomes-csv').count()).toBe(0); // only on the list page
    await openReports(admin);
    await admin.getByTestId('outcomes-csv').waitFor();
  }, 180_000);

  it('a leadership member reads the outcomes, target against achieved, on a phone', async () => {
    const chair = await newPage({ viewport: PHONE });
    await signIn(chair, DEMO.chair.email);
    await chair.getByTestId('nav-outcomes').click();
    await chair.getByRole('heading', { level: 1, name: 'Outcomes' }).waitFor();
    const rows = chair.getByTestId('outcomes-table').first().locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(0);
    await chair.getByRole('heading', { level: 2, name: 'By funder' }).waitFor();
    await expectNoSeriousViolations(chair, 'outcomes (phone)');
    const widths = await chair.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    await screenshot(chair, 'outcomes-phone');
  });
});
