import { FUND_REMINDERS_TASK } from '@braid/funds';
import { passFundingMotion } from '../support/motions';
import { createTenant, TestTenant } from '../support/tenant';
import { startTestApp, TestApp } from '../support/test-app';
import { FundBuilder, RELEASE, releaseKey } from './fund-fixtures';
import { about, emailOf, Mailbox, recipients, speaksSpanish } from '../support/mailbox';
import { startSmtpServer, type SmtpTestServer as SmtpServer } from '../support/smtp';

const $ = (dollars: number) => BigInt(dollars) * 100n;
const at = (date: string) => new Date(`${date}T12:00:00Z`);

/**
 * Issue 20: the fund tells people what they still owe an action on, by email, in their language.
 * The grant's partner contacts hear of its award, its releases and a tranche held back; the fund
 * administrators hear of pledges behind and restricted money about to lapse. Nobody else does: not
 * the other grantee's contact, not another collaborative. Sweeps walk the clock and never repeat.
 */
describe('Funds notifications', () => {
  let app: TestApp;
  let smtp: SmtpServer;
  let mail: Mailbox;
  let a: TestTenant;
  let b: TestTenant;
  let fundA: FundBuilder;
  let grantA: Awaited<ReturnType<FundBuilder['grant']>>;
  let countyId: string;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    app = await startTestApp('funds-notifications', { smtpUrl: smtp.url });
    app.clock.travelTo(at('2026-04-02'));
    a = await createTenant(app, 'fnotify-a');
    b = await createTenant(app, 'fnotify-b');
    await speaksSpanish(a, 'partnerA');
    fundA = new FundBuilder(app, a);
    // Received in full: a pledge paid up is never behind, so this stream stays quiet.
    countyId = (
      await fundA.stream({
        name: 'County Wellness Fund',
        awardCents: $(500_000),
        pledgedCents: $(500_000),
        receivedCents: $(500_000),
      })
    ).id;
    mail = new Mailbox(app, smtp);
    await mail.fresh();
  });

  afterAll(async () => {
    await app?.close();
    await smtp?.close();
  });

  it('announces a grant entered by hand to its partner contacts only, in their language', async () => {
    grantA = await fundA.grant({
      title: 'Trauma recovery center',
      allocations: [{ fundingStreamId: countyId, cents: $(300_000) }],
      tranches: [$(100_000), $(100_000), $(100_000)],
    });
    const mails = about(await mail.fresh(), 'Trauma recovery center');
    expect(recipients(mails)).toEqual([emailOf(a, 'partnerA')]);
    const [spanish] = mails;
    expect(spanish.text).toContain(`/collaboratives/${a.collaborativeId}/funds/grants/${grantA.id}`);
    // Spanish as written in the United States: the dollar amount reads the same.
    expect(spanish.text).toContain('$300,000.00');
    expect(spanish.text).toContain('Se otorgó la subvención Trauma recovery center');
    expect(spanish.subject).toMatch(/subvención/i);

    // Another collaborative's grantee hears of its own grant, in English, and of nothing else.
    const fundB = new FundBuilder(app, b);
    const streamB = await fundB.stream({
      name: 'Foundation for Youth',
      awardCents: $(200_000),
      pledgedCents: $(200_000),
      receivedCents: $(200_000),
    });
    const grantB = await fundB.grant({
      title: 'Youth mentoring',
      allocations: [{ fundingStreamId: streamB.id, cents: $(100_000) }],
      tranches: [$(100_000)],
    });
    // The board of B voted the grant (their own motion mail); the grantee hears of the grant.
    const english = about(await mail.fresh(), '/funds/grants/');
    expect(recipients(english)).toEqual([emailOf(b, 'partnerA')]);
    expect(english[0].text).toContain('Youth mentoring');
    expect(english[0].text).toContain('$100,000.00');
    expect(english[0].text).toContain(`/collaboratives/${b.collaborativeId}/funds/grants/${grantB.id}`);
  });

  it('announces a grant the board made by passing a funding motion', async () => {
    await passFundingMotion(app, a, {
      title: 'Housing navigation',
      recipientOrganizationId: a.organizations.granteeB,
      purpose: 'Housing navigation',
      amountCents: $(50_000),
      allocations: [{ fundingStreamId: countyId, cents: $(50_000) }],
      tranches: [{ cents: $(50_000), plannedOn: '2025-10-01' }],
    });
    // The board heard of the motion itself (votes); the grantee hears of the grant.
    const mails = about(await mail.fresh(), '/funds/grants/');
    expect(recipients(mails)).toEqual([emailOf(a, 'partnerB')]);
    expect(mails[0].text).toContain('$50,000.00');
  });

  it('tells the partner when a tranche is released, once', async () => {
    const key = releaseKey();
    const release = { input: { disbursementId: grantA.disbursements[0].id, idempotencyKey: key } };
    await fundA.admin.data(RELEASE, release);
    const mails = await mail.fresh();
    expect(recipients(mails)).toEqual([emailOf(a, 'partnerA')]);
    expect(mails[0].text).toContain('Trauma recovery center');
    expect(mails[0].text).toContain('Se liberó un tramo de $100,000.00');
    expect(mails[0].text).toContain(`/collaboratives/${a.collaborativeId}/funds/grants/${grantA.id}`);

    // The client retries the same release: nothing is posted, nobody is told again.
    await fundA.admin.data(RELEASE, release);
    expect(await mail.fresh()).toEqual([]);
  });

  it('tells the fund administrators of a pledge behind, once per quarter end', async () => {
    const stream = await fundA.stream({
      name: 'Health plan community benefit',
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      awardCents: $(400_000),
    });
    const pledge = await fundA.pledge(stream.id, $(400_000), '2026-01-15');
    await fundA.receive(pledge, $(50_000), '2026-02-01');
    await mail.fresh();

    // A quarter of the pledge was expected by 31 March; an eighth arrived. The fund's news waits
    // for the administrator's 7:00 digest (the FUNDS category's default).
    expect(about(await mail.afterTask(FUND_REMINDERS_TASK), 'Health plan community benefit')).toEqual([]);
    const first = about(await mail.digestOf('2026-04-02'), 'Health plan community benefit');
    expect(recipients(first)).toEqual([emailOf(a, 'fundAdmin')]);
    expect(first[0].text).toContain('$100,000.00');
    expect(first[0].text).toContain('$50,000.00');
    expect(first[0].text).toContain(`/collaboratives/${a.collaborativeId}/funds/contributions`);

    // The next sweep has nothing new to say.
    await mail.afterTask(FUND_REMINDERS_TASK);
    expect(about(await mail.digestOf('2026-04-03'), 'Health plan community benefit')).toEqual([]);

    // By 30 June half was expected: a new checkpoint, a new message.
    app.clock.travelTo(at('2026-07-02'));
    await mail.afterTask(FUND_REMINDERS_TASK);
    const second = about(await mail.digestOf('2026-07-02'), 'Health plan community benefit');
    expect(recipients(second)).toEqual([emailOf(a, 'fundAdmin')]);
    expect(second[0].text).toContain('$200,000.00');
    await mail.afterTask(FUND_REMINDERS_TASK);
    expect(about(await mail.digestOf('2026-07-03'), 'Health plan community benefit')).toEqual([]);
  });

  it('tells the fund administrators, 60 days ahead, of restricted money nobody committed', async () => {
    await fundA.stream({
      name: 'Violence prevention (restricted)',
      restricted: true,
      allowedPurposes: ['Violence prevention'],
      startsOn: '2025-01-01',
      endsOn: '2026-09-30',
      awardCents: $(250_000),
      pledgedCents: $(250_000),
      receivedCents: $(250_000),
    });
    await mail.fresh();
    // 90 days before the end: not yet.
    await mail.afterTask(FUND_REMINDERS_TASK);
    expect(about(await mail.digestOf('2026-07-03'), 'Violence prevention')).toEqual([]);

    app.clock.travelTo(at('2026-08-01'));
    await mail.afterTask(FUND_REMINDERS_TASK);
    const mails = about(await mail.digestOf('2026-08-01'), 'Violence prevention');
    expect(recipients(mails)).toEqual([emailOf(a, 'fundAdmin')]);
    expect(mails[0].text).toContain('$250,000.00');
    expect(mails[0].text).toContain('60 days');
    await mail.afterTask(FUND_REMINDERS_TASK);
    expect(about(await mail.digestOf('2026-08-02'), 'Violence prevention')).toEqual([]);
  });

  it('tells the partner when a tranche’s date comes while a late report holds it', async () => {
    const held = await createTenant(app, 'fnotify-held');
    const fund = new FundBuilder(app, held, { reportHolds: true });
    const stream = await fund.stream({
      name: 'Hospital community benefit',
      awardCents: $(300_000),
      pledgedCents: $(300_000),
      receivedCents: $(300_000),
    });
    // The first report (October to December) was due 30 January; the second tranche comes after it.
    await fund.grant({
      title: 'Street outreach',
      allocations: [{ fundingStreamId: stream.id, cents: $(200_000) }],
      tranches: [$(100_000), $(100_000)],
      plannedOn: ['2025-10-01', '2026-03-02'],
      period: { start: '2025-10-01', end: '2026-09-30' },
    });
    await mail.fresh();

    const mails = about(await mail.afterTask(FUND_REMINDERS_TASK), 'Street outreach');
    expect(recipients(mails)).toEqual([emailOf(held, 'partnerA')]);
    expect(mails[0].text).toContain('$100,000.00');
    expect(mails[0].text).toContain('2026');
    expect(about(await mail.afterTask(FUND_REMINDERS_TASK), 'Street outreach')).toEqual([]);
  });
});
