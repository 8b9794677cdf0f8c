import { createTenant, TestTenant } from '../support/tenant';
import { startTestApp, TestApp } from '../support/test-app';
import { FundBuilder } from './fund-fixtures';

const AUDIT = `query ($c: ID!, $after: String) { auditEvents(collaborativeId: $c, first: 2, after: $after) {
  nodes { action entityType actorName recordName } pageInfo { endCursor hasNextPage } } }`;

interface AuditPage {
  auditEvents: {
    nodes: { action: string; entityType: string; actorName: string; recordName: string | null }[];
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
}

describe("The fund's audit trail, for the fund administrator's audit log page", () => {
  let app: TestApp;
  let tenant: TestTenant;

  beforeAll(async () => {
    app = await startTestApp('fund-audit-trail');
    tenant = await createTenant(app, 'audited');
    await new FundBuilder(app, tenant).stream({
      name: 'Health plan community benefit',
      awardCents: 10_000_000n,
      pledgedCents: 5_000_000n,
      receivedCents: 2_000_000n,
    });
  });
  afterAll(() => app.close());

  async function everyEvent(role: 'fundAdmin' | 'admin') {
    const events: AuditPage['auditEvents']['nodes'] = [];
    let after: string | null = null;
    do {
      const { auditEvents }: AuditPage = await tenant.clients[role].data<AuditPage>(AUDIT, {
        c: tenant.collaborativeId,
        after,
      });
      events.push(...auditEvents.nodes);
      after = auditEvents.pageInfo.hasNextPage ? auditEvents.pageInfo.endCursor : null;
    } while (after);
    return events;
  }

  it('shows the fund administrator, page by page, every change to the fund and nothing else', async () => {
    const events = await everyEvent('fundAdmin');
    expect(events.map((event) => event.action).sort()).toEqual(
      ['contribution.received', 'contribution.pledged', 'fundingStream.created'].sort(),
    );
    expect(new Set(events.map((event) => event.actorName))).toEqual(new Set(['fundAdmin of audited']));
  });

  it('still shows the administrator the whole trail, memberships included', async () => {
    const types = new Set((await everyEvent('admin')).map((event) => event.entityType));
    expect(types.has('Membership')).toBe(true);
    expect(types.has('FundingStream')).toBe(true);
  });

  it('names the record each change concerns, so the log never shows an id', async () => {
    const named = (await everyEvent('fundAdmin')).map(({ action, recordName }) => ({ action, recordName }));
    expect(named).toContainEqual({
      action: 'fundingStream.created',
      recordName: 'Health plan community benefit',
    });
    // A contribution has no name of its own: the page says what kind of record it is instead.
    expect(named).toContainEqual({ action: 'contribution.pledged', recordName: null });
  });
});
