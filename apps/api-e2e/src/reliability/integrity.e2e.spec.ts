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
        { input: { collaborativeId: tenant.collaborativeId, name: 'Outreach', leadUserIds: [ids.leadUserId] } },
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

  it('stores names without the spaces around them', async () => {
    const created = await tenant.clients.admin.data<{ createSeat: { name: string } }>(
      `mutation ($input: CreateSeatInput!) { createSeat(input: $input) { name } }`,
      { input: { collaborativeId: tenant.collaborativeId, name: '  Faith community  ', sector: 'RESIDENT' } },
    );
    expect(created.createSeat.name).toBe('Faith community');
  });
});
