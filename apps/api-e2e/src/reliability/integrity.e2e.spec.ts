import { BUDGET, BudgetResult, FundBuilder, RECORD_CONTRIBUTION } from '../funds/fund-fixtures';
import { changedTables, dbSnapshot } from '../support/db-snapshot';
import { GraphQLClient } from '../support/graphql-client';
import { startTestApp, TestApp } from '../support/test-app';
import { createTenant, TenantRole, TestTenant } from '../support/tenant';

/**
 * Integrity of what people type (issue 17): text that is only white space, names with invisible
 * characters. Each case is a real mutation a form sends; a refusal must change nothing.
 */
describe('Integrity of typed input', () => {
  let app: TestApp;
  let tenant: TestTenant;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestApp('integrity');
    tenant = await createTenant(app, 'integrity');
    const { admin, chair } = tenant.clients;
    ids.collaborativeId = tenant.collaborativeId;
    ids.organizationId = tenant.organizations.granteeA;
    ids.seatId = tenant.seats.member as string;
    ids.leadUserId = tenant.users.lead.id;
    ids.workgroupId = (
      await admin.data<{ createWorkgroup: { id: string } }>(
        `mutation ($input: CreateWorkgroupInput!) { createWorkgroup(input: $input) { id } }`,
        {
          input: { collaborativeId: tenant.collaborativeId, name: 'Outreach', leadUserIds: [ids.leadUserId] },
        },
      )
    ).createWorkgroup.id;
    ids.actionItemId = (
      await tenant.clients.lead.data<{ createActionItem: { id: string } }>(
        `mutation ($input: CreateActionItemInput!) { createActionItem(input: $input) { id } }`,
        { input: { workgroupId: ids.workgroupId, title: 'Print flyers', ownerUserId: ids.leadUserId } },
      )
    ).createActionItem.id;
    ids.meetingId = (
      await chair.data<{ scheduleMeeting: { id: string } }>(
        `mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`,
        {
          input: {
            collaborativeId: tenant.collaborativeId,
            title: 'Leadership team',
            scheduledAt: '2026-03-02T17:00:00Z',
          },
        },
      )
    ).scheduleMeeting.id;
    await chair.data(`mutation ($id: ID!) { startMeeting(id: $id) { id } }`, { id: ids.meetingId });
    ids.minutesId = (
      await chair.data<{ draftMinutes: { id: string } }>(
        `mutation ($input: DraftMinutesInput!) { draftMinutes(input: $input) { id } }`,
        { input: { meetingId: ids.meetingId, body: 'Present: all seats.' } },
      )
    ).draftMinutes.id;
    ids.token = (
      await admin.data<{ inviteMember: { token: string } }>(
        `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { token } }`,
        {
          input: {
            collaborativeId: tenant.collaborativeId,
            email: 'newcomer@integrity.test',
            displayName: 'Newcomer',
            roles: ['MEMBER'],
          },
        },
      )
    ).inviteMember.token;
  });
  afterAll(() => app.close());

  /**
   * Every required text a person types, as the form sends it: `text` marks the field under test.
   * `as` is who sends it (anonymous for accepting an invitation with a new account).
   */
  const TEXT_INPUTS: {
    name: string;
    as: TenantRole | 'anonymous';
    document: string;
    input: (text: string) => Record<string, unknown>;
  }[] = [
    {
      name: 'collaborative name',
      as: 'admin',
      document: `mutation ($input: CreateCollaborativeInput!) { createCollaborative(input: $input) { id } }`,
      input: (text) => ({ name: text, slug: 'blank-collaborative' }),
    },
    {
      name: 'organization name',
      as: 'admin',
      document: `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`,
      input: (text) => ({ collaborativeId: ids.collaborativeId, name: text, kinds: ['FUNDER'] }),
    },
    {
      name: 'organization name, renamed',
      as: 'admin',
      document: `mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }`,
      input: (text) => ({ id: ids.organizationId, name: text }),
    },
    {
      name: 'seat name',
      as: 'admin',
      document: `mutation ($input: CreateSeatInput!) { createSeat(input: $input) { id } }`,
      input: (text) => ({ collaborativeId: ids.collaborativeId, name: text, sector: 'RESIDENT' }),
    },
    {
      name: 'seat name, renamed',
      as: 'admin',
      document: `mutation ($input: UpdateSeatInput!) { updateSeat(input: $input) { id } }`,
      input: (text) => ({ id: ids.seatId, name: text }),
    },
    {
      name: 'display name at invitation',
      as: 'admin',
      document: `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { token } }`,
      input: (text) => ({
        collaborativeId: ids.collaborativeId,
        email: 'blank@integrity.test',
        displayName: text,
        roles: ['MEMBER'],
      }),
    },
    {
      name: 'display name at acceptance',
      as: 'anonymous',
      document: `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { user { id } } }`,
      input: (text) => ({ token: ids.token, displayName: text, password: 'a long enough password' }),
    },
    {
      name: 'own display name',
      as: 'member',
      document: `mutation ($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { id } }`,
      input: (text) => ({ displayName: text }),
    },
    {
      name: 'workgroup name',
      as: 'admin',
      document: `mutation ($input: CreateWorkgroupInput!) { createWorkgroup(input: $input) { id } }`,
      input: (text) => ({ collaborativeId: ids.collaborativeId, name: text }),
    },
    {
      name: 'action item title',
      as: 'lead',
      document: `mutation ($input: CreateActionItemInput!) { createActionItem(input: $input) { id } }`,
      input: (text) => ({ workgroupId: ids.workgroupId, title: text, ownerUserId: ids.leadUserId }),
    },
    {
      name: 'action item title, changed',
      as: 'lead',
      document: `mutation ($input: UpdateActionItemInput!) { updateActionItem(input: $input) { id } }`,
      input: (text) => ({ id: ids.actionItemId, title: text }),
    },
    {
      name: 'progress note',
      as: 'lead',
      document: `mutation ($input: PostActionUpdateInput!) { postActionUpdate(input: $input) { id } }`,
      input: (text) => ({ actionItemId: ids.actionItemId, note: text }),
    },
    {
      name: 'minutes body',
      as: 'chair',
      document: `mutation ($input: UpdateMinutesInput!) { updateMinutes(input: $input) { id } }`,
      input: (text) => ({ id: ids.minutesId, body: text }),
    },
    {
      name: 'meeting title',
      as: 'chair',
      document: `mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`,
      input: (text) => ({
        collaborativeId: ids.collaborativeId,
        title: text,
        scheduledAt: '2026-04-06T17:00:00Z',
      }),
    },
    {
      name: 'motion title',
      as: 'chair',
      document: `mutation ($input: CreateMotionInput!) { createMotion(input: $input) { id } }`,
      input: (text) => ({ meetingId: ids.meetingId, kind: 'GENERAL', title: text }),
    },
  ];

  const clientFor = (as: TenantRole | 'anonymous'): GraphQLClient =>
    as === 'anonymous' ? app.client('anonymous') : tenant.clients[as];

  describe.each(TEXT_INPUTS)('$name', ({ as, document, input }) => {
    it.each([
      ['empty', ''],
      ['only spaces', '   '],
      ['only tabs and line breaks', ' \t\n\u00A0 '],
    ])('refuses text that is %s with BAD_USER_INPUT and changes nothing', async (_kind, text) => {
      const before = await dbSnapshot(app);
      const error = await clientFor(as).error(document, { input: input(text) });
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(changedTables(before, await dbSnapshot(app))).toEqual([]);
    });
  });

  /** Names people tell apart by reading them: people, organizations, seats, collaboratives, workgroups. */
  const NAME_INPUTS = TEXT_INPUTS.filter((entry) => / name/.test(entry.name));

  it('walks every kind of name', () => {
    expect(NAME_INPUTS.map((entry) => entry.name)).toEqual([
      'collaborative name',
      'organization name',
      'organization name, renamed',
      'seat name',
      'seat name, renamed',
      'display name at invitation',
      'display name at acceptance',
      'own display name',
      'workgroup name',
    ]);
  });

  describe.each(NAME_INPUTS)('$name', ({ as, document, input }) => {
    it.each([
      ['a zero-width space', 'Ana\u200BRuiz'],
      ['a zero-width joiner', 'Clinic\u200D'],
      ['a right-to-left override', '\u202Eredaer'],
      ['a directional isolate', 'Seat \u2066one\u2069'],
      ['a byte order mark inside', 'Faith\uFEFFcommunity'],
    ])('refuses a name with %s and changes nothing', async (_kind, text) => {
      const before = await dbSnapshot(app);
      const error = await clientFor(as).error(document, { input: input(text) });
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(changedTables(before, await dbSnapshot(app))).toEqual([]);
    });
  });

  it('accepts names in any language', async () => {
    const created = await tenant.clients.admin.data<{ createOrganization: { name: string } }>(
      `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { name } }`,
      {
        input: {
          collaborativeId: tenant.collaborativeId,
          name: 'Niños y Familias — مركز الشفاء',
          kinds: ['FUNDED_PARTNER'],
        },
      },
    );
    expect(created.createOrganization.name).toBe('Niños y Familias — مركز الشفاء');
  });

  it('stores names without the spaces around them', async () => {
    const created = await tenant.clients.admin.data<{ createSeat: { name: string } }>(
      `mutation ($input: CreateSeatInput!) { createSeat(input: $input) { name } }`,
      { input: { collaborativeId: tenant.collaborativeId, name: '  Faith community  ', sector: 'RESIDENT' } },
    );
    expect(created.createSeat.name).toBe('Faith community');
  });

  describe('amounts', () => {
    /** $1,000,000,000.00, the most one amount may be (docs/FUNDS.md). */
    const MAX = 100_000_000_000n;
    const BIGINT_MAX = '9223372036854775807';
    let fund: FundBuilder;
    let other: TestTenant;

    beforeAll(async () => {
      other = await createTenant(app, 'integrity-money');
      fund = new FundBuilder(app, other);
    });

    it('refuses an amount above $1,000,000,000.00 with BAD_USER_INPUT, in every kind of money input', async () => {
      const stream = await fund.stream({ name: 'County award', awardCents: MAX });
      const before = await dbSnapshot(app);
      const pledge = await fund.admin.error(RECORD_CONTRIBUTION, {
        input: {
          fundingStreamId: stream.id,
          amount: { cents: BIGINT_MAX },
          pledgedOn: '2025-07-01',
          memo: 'Overflow',
        },
      });
      expect(pledge.code).toBe('BAD_USER_INPUT');
      const justOver = await fund.admin.error(RECORD_CONTRIBUTION, {
        input: {
          fundingStreamId: stream.id,
          amount: { cents: (MAX + 1n).toString() },
          pledgedOn: '2025-07-01',
        },
      });
      expect(justOver.code).toBe('BAD_USER_INPUT');
      expect(justOver.extensions?.reason).toBe('AMOUNT_TOO_LARGE');
      // A bare Cents field (a receipt), written in the document rather than as a variable.
      const receipt = await fund.admin.error(
        `mutation { recordContributionReceipt(input: { contributionId: "00000000-0000-4000-8000-000000000000", cents: "${BIGINT_MAX}", receivedOn: "2025-08-01" }) { id } }`,
      );
      expect(receipt.code).toBe('BAD_USER_INPUT');
      const stream2 = await fund.admin.error(
        `mutation ($input: CreateFundingStreamInput!) { createFundingStream(input: $input) { id } }`,
        {
          input: {
            collaborativeId: other.collaborativeId,
            funderOrganizationId: other.organizations.funder,
            name: 'Too large',
            kind: 'COUNTY',
            restricted: false,
            startsOn: '2025-07-01',
            endsOn: '2028-06-30',
            award: { cents: BIGINT_MAX },
          },
        },
      );
      expect(stream2.code).toBe('BAD_USER_INPUT');
      expect(changedTables(before, await dbSnapshot(app))).toEqual([]);
    });

    it('refuses an oversized amount in the database too, whatever path writes it', async () => {
      await expect(
        app.dataSource.query(`UPDATE funding_stream SET award_cents = $1 WHERE collaborative_id = $2`, [
          BIGINT_MAX,
          other.collaborativeId,
        ]),
      ).rejects.toThrow(/funding_stream_award_at_most_max/);
    });

    it('keeps every money view working with many amounts of the largest size', async () => {
      const STREAMS = 40;
      for (let i = 0; i < STREAMS; i++)
        await fund.stream({ name: `Stream ${i}`, awardCents: MAX, pledgedCents: MAX, receivedCents: MAX });
      const expected = (MAX * BigInt(STREAMS)).toString(); // $40 billion, exact

      const { budgetOverview } = await fund.admin.data<BudgetResult>(BUDGET, {
        collaborativeId: other.collaborativeId,
      });
      expect(budgetOverview.fund[0].pledged.cents).toBe(expected);
      expect(budgetOverview.fund[0].received.cents).toBe(expected);
      expect(budgetOverview.fund[0].cashOnHand.cents).toBe(expected);

      const { fundSummary } = await other.clients.observer.data<{
        fundSummary: { totals: { pledged: { cents: string }; received: { cents: string } }[] };
      }>(
        `query ($id: ID!) { fundSummary(collaborativeId: $id) { totals { pledged { cents } received { cents } } } }`,
        { id: other.collaborativeId },
      );
      expect(fundSummary.totals[0]).toEqual({ pledged: { cents: expected }, received: { cents: expected } });

      await other.clients.admin.data(
        `mutation ($input: UpdateCollaborativeInput!) { updateCollaborative(input: $input) { id } }`,
        { input: { id: other.collaborativeId, publicTransparency: true } },
      );
      const { transparency } = await app.client('public').data<{
        transparency: {
          totals: { pledged: { cents: string }; received: { cents: string } }[];
          receivedByStreamKind: { received: { cents: string } }[];
        };
      }>(`query ($slug: String!) { transparency(slug: $slug) { totals { pledged { cents } received { cents } } receivedByStreamKind { received { cents } } } }`, { slug: other.slug });
      expect(transparency.totals[0]).toEqual({ pledged: { cents: expected }, received: { cents: expected } });
      expect(transparency.receivedByStreamKind[0].received.cents).toBe(expected);
    });
  });

  it('keeps a new collaborative’s transparency page private unless its creator chooses to publish it', async () => {
    const CREATE = `mutation ($input: CreateCollaborativeInput!) { createCollaborative(input: $input) { id slug publicTransparency } }`;
    const PUBLIC = `query ($slug: String!) { transparency(slug: $slug) { collaborative { name } } }`;
    const quiet = await tenant.clients.observer.data<{
      createCollaborative: { publicTransparency: boolean };
    }>(CREATE, { input: { name: 'Quiet start', slug: 'quiet-start' } });
    expect(quiet.createCollaborative.publicTransparency).toBe(false);
    expect((await app.client('public').error(PUBLIC, { slug: 'quiet-start' })).code).toBe('NOT_FOUND');

    const open = await tenant.clients.observer.data<{ createCollaborative: { publicTransparency: boolean } }>(
      CREATE,
      { input: { name: 'Open start', slug: 'open-start', publicTransparency: true } },
    );
    expect(open.createCollaborative.publicTransparency).toBe(true);
    expect(await app.client('public').data(PUBLIC, { slug: 'open-start' })).toEqual({
      transparency: { collaborative: { name: 'Open start' } },
    });
  });
});
