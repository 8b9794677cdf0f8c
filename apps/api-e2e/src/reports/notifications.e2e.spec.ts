import { REPORT_REMINDERS_TASK } from '@braid/reports';
import { FundBuilder, GrantResult } from '../funds/fund-fixtures';
import { about, emailOf, Mailbox, recipients, speaksSpanish } from '../support/mailbox';
import { startSmtpServer, type SmtpTestServer as SmtpServer } from '../support/smtp';
import { createTenant, TestTenant } from '../support/tenant';
import { startTestApp, TestApp } from '../support/test-app';
import { fillAndSubmit, Report, requirementsOf, REVIEW, START, SUBMIT } from './report-fixtures';

const $ = (dollars: number) => BigInt(dollars) * 100n;
const at = (date: string) => new Date(`${date}T12:00:00Z`);
const TITLE = 'Trauma recovery center, 2026';

/**
 * Issue 20: a partner is reminded of a report 14 and 3 days before it is due, told when it is late
 * and what that holds back, and told what the reviewer decided; the fund administrators hear which
 * organization is late. The sweep walks the clock and a second sweep sends nothing new; the other
 * grantee and another collaborative hear nothing of it.
 */
describe('Reports notifications', () => {
  let app: TestApp;
  let smtp: SmtpServer;
  let mail: Mailbox;
  let tenant: TestTenant;
  let other: TestTenant;
  let grant: GrantResult;
  let requirementId: string;
  let link: string;

  const sweep = async () => about(await mail.afterTask(REPORT_REMINDERS_TASK), TITLE);

  beforeAll(async () => {
    smtp = await startSmtpServer();
    app = await startTestApp('reports-notifications', { smtpUrl: smtp.url });
    app.clock.travelTo(at('2026-04-10'));
    tenant = await createTenant(app, 'rnotify');
    other = await createTenant(app, 'rnotify-other');
    await speaksSpanish(tenant, 'fundAdmin');
    const fund = new FundBuilder(app, tenant, { reportHolds: true });
    const stream = await fund.stream({
      name: 'County trauma-informed care',
      awardCents: $(400_000),
      pledgedCents: $(400_000),
      receivedCents: $(400_000),
    });
    // Quarterly reports; the first (January to March) is due 30 April and comes before tranche two.
    grant = await fund.grant({
      title: TITLE,
      allocations: [{ fundingStreamId: stream.id, cents: $(200_000) }],
      tranches: [$(100_000), $(100_000)],
      plannedOn: ['2026-01-05', '2026-05-15'],
      period: { start: '2026-01-01', end: '2026-12-31' },
    });
    const [first] = await requirementsOf(fund.admin, tenant.collaborativeId, grant.id);
    expect(first.dueOn).toBe('2026-04-30');
    requirementId = first.id;
    link = `/collaboratives/${tenant.collaborativeId}/reports/${requirementId}`;

    // Another collaborative's grant on the same calendar: its people hear only of their own.
    const otherFund = new FundBuilder(app, other, { reportHolds: true });
    const otherStream = await otherFund.stream({
      name: 'Other county',
      awardCents: $(100_000),
      pledgedCents: $(100_000),
      receivedCents: $(100_000),
    });
    await otherFund.grant({
      title: 'Other collaborative’s grant',
      allocations: [{ fundingStreamId: otherStream.id, cents: $(100_000) }],
      tranches: [$(100_000)],
      plannedOn: ['2026-01-05'],
      period: { start: '2026-01-01', end: '2026-12-31' },
    });
    mail = new Mailbox(app, smtp);
    await mail.fresh();
  });

  afterAll(async () => {
    await app?.close();
    await smtp?.close();
  });

  it('says nothing 20 days before the due date', async () => {
    expect(await sweep()).toEqual([]);
  });

  it('reminds the partner 14 days before, once', async () => {
    app.clock.travelTo(at('2026-04-16'));
    const mails = await sweep();
    expect(recipients(mails)).toEqual([emailOf(tenant, 'partnerA')]);
    expect(mails[0].text).toContain(link);
    expect(mails[0].text).toContain('14');
    expect(await sweep()).toEqual([]);
  });

  it('reminds the partner again 3 days before, once', async () => {
    app.clock.travelTo(at('2026-04-27'));
    const mails = await sweep();
    expect(recipients(mails)).toEqual([emailOf(tenant, 'partnerA')]);
    expect(mails[0].text).toContain('3');
    expect(await sweep()).toEqual([]);
  });

  it('tells the partner a late report holds money, and the fund administrators who is late', async () => {
    app.clock.travelTo(at('2026-05-05'));
    const mails = await sweep();
    expect(recipients(mails)).toEqual([emailOf(tenant, 'fundAdmin'), emailOf(tenant, 'partnerA')].sort());
    const partner = mails.find((mail) => mail.to === emailOf(tenant, 'partnerA'));
    expect(partner?.text).toContain('5 days late');
    expect(partner?.text).toContain('$100,000.00');
    expect(partner?.text).toContain(link);
    // The fund administrator reads Spanish: the organization's name as stored, the rest in Spanish.
    const fund = mails.find((mail) => mail.to === emailOf(tenant, 'fundAdmin'));
    expect(fund?.text).toContain('Grantee A');
    expect(fund?.text).toContain('días de atraso');
    expect(fund?.text).toContain(link);

    // Nothing twice; nobody else (the other grantee, another collaborative's people) about it.
    const again = await mail.afterTask(REPORT_REMINDERS_TASK);
    expect(about(again, TITLE)).toEqual([]);
    const strangers = [
      emailOf(tenant, 'partnerB'),
      ...Object.keys(other.users).map((role) => emailOf(other, role as never)),
    ];
    expect(mails.filter((mail) => strangers.includes(mail.to))).toEqual([]);
  });

  it('tells the partner what the reviewer asked for, then that the report was accepted', async () => {
    const partner = tenant.clients.partnerA;
    const submitted = await fillAndSubmit(partner, requirementId, []);
    expect(about(await mail.fresh(), TITLE)).toEqual([]);

    const note = 'Please split the spending between the two case managers.';
    await tenant.clients.fundAdmin.data(REVIEW, {
      input: {
        reportId: submitted.id,
        decision: 'CHANGES_REQUESTED',
        comments: [{ section: 'SPENDING', comment: note }],
      },
    });
    const changes = about(await mail.fresh(), TITLE);
    expect(recipients(changes)).toEqual([emailOf(tenant, 'partnerA')]);
    expect(changes[0].text).toContain(note);
    expect(changes[0].text).toContain(link);

    const { startGrantReport: revision } = await partner.data<{ startGrantReport: Report }>(START, {
      requirementId,
    });
    await partner.data(SUBMIT, { input: { reportId: revision.id } });
    await tenant.clients.fundAdmin.data(REVIEW, { input: { reportId: revision.id, decision: 'ACCEPTED' } });
    const accepted = about(await mail.fresh(), TITLE);
    expect(recipients(accepted)).toEqual([emailOf(tenant, 'partnerA')]);
    expect(accepted[0].text).toContain(link);
  });
});
