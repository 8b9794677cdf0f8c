import { Role } from '@braid/contracts';
import { MembershipService } from '@braid/collaboratives';
import { UsersService } from '@braid/identity';
import { RequestContextService } from '@braid/kernel';
import { GraphQLClient } from '../support/graphql-client';
import { subscribe } from '../support/subscriptions';
import { PASSWORD } from '../support/tenant';
import { ALL_MEMBERS, everyone, MatrixEnv, MatrixRole, MatrixRow, onlyRoles } from './matrix';

let sequence = 0;
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++sequence}`;

/** A member nobody else depends on, for calls that change or end a membership. */
async function throwawayMembership(env: MatrixEnv): Promise<string> {
  const { app, tenant } = env;
  return app.dataSource.transaction(async (em) => {
    const ctx = app.get(RequestContextService).systemContext(em);
    const user = await app
      .get(UsersService)
      .create(ctx, { email: `${unique('tmp')}@matrix.test`, displayName: 'Temporary' });
    const membership = await app.get(MembershipService).add(ctx, {
      collaborativeId: tenant.collaborativeId,
      userId: user.id,
      roles: [Role.MEMBER],
      organizationId: null,
    });
    return membership.id;
  });
}

async function invitation(
  env: MatrixEnv,
  collaborativeId: string,
  email: string,
): Promise<{ id: string; token: string }> {
  const admin =
    collaborativeId === env.other.collaborativeId ? env.other.clients.admin : env.tenant.clients.admin;
  const { inviteMember } = await admin.data<{ inviteMember: { token: string; invitation: { id: string } } }>(
    `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { token invitation { id } } }`,
    { input: { collaborativeId, email, displayName: 'Invitee', roles: ['OBSERVER'] } },
  );
  return { id: inviteMember.invitation.id, token: inviteMember.token };
}

/** A fresh session of the person behind a role, so signing it out spares the role's own client. */
async function freshSession(env: MatrixEnv, role: MatrixRole) {
  const user = env.userOf(role);
  return user ? env.app.client(`${role} (second session)`).signIn(user.email, PASSWORD) : env.app.client();
}

const revokeMembershipsOf = (env: MatrixEnv) => async (collaborativeId: unknown) => {
  if (typeof collaborativeId === 'string') {
    await env.app.dataSource.query(`UPDATE membership SET status = 'REVOKED' WHERE collaborative_id = $1`, [
      collaborativeId,
    ]);
  }
};

/** A client whose `request` subscribes over the websocket and answers with the first result. */
function overWebsocket(client: GraphQLClient): GraphQLClient {
  return {
    request: async (document: string, variables: Record<string, unknown>) => {
      const subscription = subscribe(client, document, variables);
      try {
        const result = await subscription.next();
        return {
          data: result.data ?? null,
          errors: result.errors,
          status: 200,
          headers: new Headers(),
          sqlQueries: null,
        };
      } catch (errors) {
        return { data: null, errors, status: 200, headers: new Headers(), sqlQueries: null };
      } finally {
        await subscription.close();
      }
    },
  } as unknown as GraphQLClient;
}

/** Each person's own calendar feed only: rows give the role's person one, or take it away after. */
const dropCalendarFeed = (env: MatrixEnv, role: MatrixRole) => async () => {
  const user = env.userOf(role);
  if (user) await env.app.dataSource.query(`DELETE FROM calendar_feed WHERE user_id = $1`, [user.id]);
};
const withCalendarFeed = async (env: MatrixEnv, role: MatrixRole) => {
  const user = env.userOf(role);
  if (user)
    await env.app.dataSource.query(
      `INSERT INTO calendar_feed (user_id, token_hash, issued_at) VALUES ($1, md5(random()::text), now())
       ON CONFLICT (user_id) DO NOTHING`,
      [user.id],
    );
  return { cleanup: dropCalendarFeed(env, role) };
};

export const FOUNDATION_MATRIX: MatrixRow[] = [
  {
    operation: 'Query.me',
    document: `{ me { id } }`,
    prepare: () => ({}),
    expect: everyone('allowed', { anonymous: 'empty' }),
  },
  {
    operation: 'Query.myPermissions',
    document: `{ myPermissions }`,
    prepare: () => ({}),
    expect: everyone('allowed', { anonymous: 'empty' }),
  },
  {
    operation: 'Query.myCollaboratives',
    document: `{ myCollaboratives { id } }`,
    prepare: () => ({}),
    expect: everyone('allowed', { anonymous: 'UNAUTHENTICATED' }),
  },
  {
    // The person's own work: every signed-in caller gets an answer about themself only.
    operation: 'Query.myWork',
    document: `{ myWork { collaborativeIds votesOwed(first: 0) { totalCount } } }`,
    prepare: () => ({}),
    expect: everyone('allowed', { anonymous: 'UNAUTHENTICATED' }),
  },
  {
    operation: 'Query.publishedCollaboratives',
    document: `{ publishedCollaboratives { id } }`,
    prepare: () => ({}),
    expect: everyone('allowed'),
  },
  {
    operation: 'Query.collaborative',
    document: `query ($id: ID!) { collaborative(id: $id) { id name } }`,
    prepare: ({ tenant }) => ({ variables: { id: tenant.collaborativeId } }),
    expect: onlyRoles(ALL_MEMBERS),
  },
  {
    operation: 'Query.collaborativeBySlug',
    document: `query ($slug: String!) { collaborativeBySlug(slug: $slug) { id } }`,
    // The matrix tenant does not publish a transparency view: only its members find it.
    prepare: ({ tenant }) => ({ variables: { slug: tenant.slug } }),
    expect: everyone('allowed', { anonymous: 'empty', outsider: 'empty' }),
  },
  ...(['organizations', 'seats'] as const).map((field): MatrixRow => ({
    operation: `Query.${field}`,
    document: `query ($id: ID!) { ${field}(collaborativeId: $id) { id } }`,
    prepare: ({ tenant }) => ({ variables: { id: tenant.collaborativeId } }),
    expect: onlyRoles(ALL_MEMBERS, { outsider: 'empty' }),
  })),
  {
    operation: 'Query.memberships',
    document: `query ($id: ID!) { memberships(collaborativeId: $id) { nodes { id } } }`,
    prepare: ({ tenant }) => ({ variables: { id: tenant.collaborativeId } }),
    expect: onlyRoles(ALL_MEMBERS, { outsider: 'empty' }),
  },
  {
    operation: 'Query.invitations',
    document: `query ($id: ID!) { invitations(collaborativeId: $id) { id } }`,
    prepare: async (env) => {
      await invitation(env, env.tenant.collaborativeId, `${unique('pending')}@matrix.test`);
      return { variables: { id: env.tenant.collaborativeId } };
    },
    expect: onlyRoles(['admin'], { outsider: 'empty' }),
  },
  {
    operation: 'Query.invitationPreview',
    document: `query ($token: String!) { invitationPreview(token: $token) { email } }`,
    prepare: async (env) => ({
      variables: {
        token: (await invitation(env, env.tenant.collaborativeId, `${unique('preview')}@matrix.test`)).token,
      },
    }),
    expect: everyone('allowed'),
  },
  {
    operation: 'Query.auditEvents',
    document: `query ($id: ID!) { auditEvents(collaborativeId: $id) { nodes { id } } }`,
    prepare: ({ tenant }) => ({ variables: { id: tenant.collaborativeId } }),
    // The fund administrator reads only the fund's events, and this tenant's fund has none.
    expect: onlyRoles(['admin', 'chair'], { outsider: 'empty', fundAdmin: 'empty' }),
  },
  {
    operation: 'Mutation.signIn',
    document: `mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }`,
    prepare: (env, role) => {
      const user = env.userOf(role) ?? env.userOf('member');
      return { variables: { input: { email: user?.email, password: PASSWORD } }, client: env.app.client() };
    },
    expect: everyone('allowed'),
  },
  {
    operation: 'Mutation.signOut',
    document: `mutation { signOut }`,
    prepare: async (env, role) => ({ client: await freshSession(env, role) }),
    expect: everyone('allowed', { anonymous: 'UNAUTHENTICATED' }),
  },
  {
    operation: 'Mutation.updateMyProfile',
    document: `mutation { updateMyProfile(input: { preferredLanguage: EN }) { id } }`,
    prepare: () => ({}),
    expect: everyone('allowed', { anonymous: 'UNAUTHENTICATED' }),
  },
  {
    operation: 'Mutation.changePassword',
    // A wrong current password: BAD_USER_INPUT proves the caller got past authorization without
    // changing anyone's password (which would sign the role's client out).
    document: `mutation { changePassword(input: { currentPassword: "not the password", newPassword: "a new long password" }) }`,
    prepare: () => ({}),
    expect: everyone('BAD_USER_INPUT', { anonymous: 'UNAUTHENTICATED' }),
  },
  {
    operation: 'Query.calendarFeed',
    document: `{ calendarFeed { issuedAt } }`,
    prepare: () => ({}),
    expect: everyone('empty', { anonymous: 'UNAUTHENTICATED' }),
  },
  {
    operation: 'Mutation.createCalendarFeed',
    document: `mutation { createCalendarFeed { url } }`,
    prepare: (env, role) => ({ cleanup: dropCalendarFeed(env, role) }),
    expect: everyone('allowed', { anonymous: 'UNAUTHENTICATED' }),
  },
  {
    operation: 'Mutation.regenerateCalendarFeed',
    document: `mutation { regenerateCalendarFeed { url } }`,
    prepare: withCalendarFeed,
    expect: everyone('allowed', { anonymous: 'UNAUTHENTICATED' }),
  },
  {
    operation: 'Mutation.revokeCalendarFeed',
    document: `mutation { revokeCalendarFeed }`,
    prepare: withCalendarFeed,
    expect: everyone('allowed', { anonymous: 'UNAUTHENTICATED' }),
  },
  {
    operation: 'Query.notifications',
    // pageInfo rather than nodes: whether a role's person has notifications depends on the story.
    document: `{ notifications(first: 1) { pageInfo { hasNextPage } } }`,
    prepare: () => ({}),
    expect: everyone('allowed', { anonymous: 'UNAUTHENTICATED' }),
  },
  {
    operation: 'Query.unreadNotificationCount',
    document: `{ unreadNotificationCount }`,
    prepare: () => ({}),
    expect: everyone('allowed', { anonymous: 'UNAUTHENTICATED' }),
  },
  {
    operation: 'Query.notificationPreferences',
    document: `{ notificationPreferences { category email inApp } }`,
    prepare: () => ({}),
    expect: everyone('allowed', { anonymous: 'UNAUTHENTICATED' }),
  },
  {
    operation: 'Mutation.markNotificationsRead',
    // Nobody may mark a notification that is not their own: a made-up one is NOT_FOUND to all.
    document: `mutation { markNotificationsRead(ids: ["00000000-0000-4000-8000-000000000000"]) { id } }`,
    prepare: () => ({}),
    expect: everyone('NOT_FOUND', { anonymous: 'UNAUTHENTICATED' }),
  },
  {
    operation: 'Mutation.markAllNotificationsRead',
    document: `mutation { markAllNotificationsRead }`,
    prepare: () => ({}),
    expect: everyone('allowed', { anonymous: 'UNAUTHENTICATED' }),
  },
  {
    operation: 'Mutation.setNotificationPreference',
    // The default for funds: the role's person hears as before.
    document: `mutation { setNotificationPreference(input: { category: FUNDS, email: DAILY_DIGEST, inApp: true }) { category } }`,
    prepare: () => ({}),
    expect: everyone('allowed', { anonymous: 'UNAUTHENTICATED' }),
  },
  {
    operation: 'Subscription.unreadNotificationCountChanged',
    document: `subscription { unreadNotificationCountChanged }`,
    // Over the websocket, as a browser subscribes: the first answer is the current count.
    prepare: (env, role) => ({ client: overWebsocket(env.clients[role]) }),
    expect: everyone('allowed', { anonymous: 'UNAUTHENTICATED' }),
  },
  {
    operation: 'Mutation.requestPasswordReset',
    // Anyone may ask, signed in or not; the answer is the same whether the account exists.
    document: `mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`,
    prepare: () => ({ variables: { input: { email: `${unique('nobody')}@matrix.test` } } }),
    expect: everyone('allowed'),
  },
  {
    operation: 'Mutation.resetPassword',
    // A made-up link: refused the same way for everyone, and nobody's password changes.
    document: `mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) }`,
    prepare: () => ({
      variables: { input: { token: 'not-a-real-link-token', newPassword: 'a new long password' } },
    }),
    expect: everyone('BAD_USER_INPUT'),
  },
  {
    operation: 'Mutation.createCollaborative',
    document: `mutation ($input: CreateCollaborativeInput!) { createCollaborative(input: $input) { id } }`,
    prepare: (env) => ({
      variables: { input: { name: 'Matrix collaborative', slug: unique('matrix') } },
      // The creator becomes its ADMIN; end that so it cannot change this person's later rows.
      cleanup: (data) =>
        revokeMembershipsOf(env)((data?.['createCollaborative'] as { id?: string } | null)?.id),
    }),
    expect: everyone('allowed', { anonymous: 'UNAUTHENTICATED' }),
  },
  {
    operation: 'Mutation.updateCollaborative',
    document: `mutation ($input: UpdateCollaborativeInput!) { updateCollaborative(input: $input) { id } }`,
    prepare: ({ tenant }) => ({
      variables: { input: { id: tenant.collaborativeId, region: 'South Stockton' } },
    }),
    expect: onlyRoles(['admin']),
  },
  {
    operation: 'Mutation.createOrganization',
    document: `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`,
    prepare: ({ tenant }) => ({
      variables: {
        input: { collaborativeId: tenant.collaborativeId, name: unique('Org'), kinds: ['FUNDER'] },
      },
    }),
    expect: onlyRoles(['admin']),
  },
  {
    operation: 'Mutation.updateOrganization',
    document: `mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }`,
    prepare: ({ tenant }) => ({
      variables: { input: { id: tenant.organizations.funder, website: 'https://funder.example.org' } },
    }),
    expect: onlyRoles(['admin']),
  },
  {
    operation: 'Mutation.createSeat',
    document: `mutation ($input: CreateSeatInput!) { createSeat(input: $input) { id } }`,
    prepare: ({ tenant }) => ({
      variables: {
        input: { collaborativeId: tenant.collaborativeId, name: unique('Seat'), sector: 'RESIDENT' },
      },
    }),
    expect: onlyRoles(['admin']),
  },
  {
    operation: 'Mutation.updateSeat',
    document: `mutation ($input: UpdateSeatInput!) { updateSeat(input: $input) { id } }`,
    prepare: ({ tenant }) => ({
      variables: { input: { id: tenant.seats.member, name: unique('Health plan seat') } },
    }),
    expect: onlyRoles(['admin']),
  },
  {
    operation: 'Mutation.assignSeat',
    document: `mutation ($input: AssignSeatInput!) { assignSeat(input: $input) { id } }`,
    prepare: ({ tenant }) => ({
      variables: {
        input: { seatId: tenant.seats.member, holderUserId: tenant.users.member.id, termEnd: '2028-06-30' },
      },
    }),
    expect: onlyRoles(['admin']),
  },
  {
    operation: 'Mutation.updateMembership',
    document: `mutation ($input: UpdateMembershipInput!) { updateMembership(input: $input) { id } }`,
    prepare: async (env) => ({
      variables: { input: { id: await throwawayMembership(env), roles: ['OBSERVER'] } },
    }),
    expect: onlyRoles(['admin']),
  },
  {
    operation: 'Mutation.revokeMembership',
    document: `mutation ($id: ID!) { revokeMembership(id: $id) { id } }`,
    prepare: async (env) => ({ variables: { id: await throwawayMembership(env) } }),
    expect: onlyRoles(['admin']),
  },
  {
    operation: 'Mutation.inviteMember',
    document: `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { token } }`,
    prepare: ({ tenant }) => ({
      variables: {
        input: {
          collaborativeId: tenant.collaborativeId,
          email: `${unique('new')}@matrix.test`,
          displayName: 'New',
          roles: ['MEMBER'],
        },
      },
    }),
    expect: onlyRoles(['admin']),
  },
  {
    operation: 'Mutation.revokeInvitation',
    document: `mutation ($id: ID!) { revokeInvitation(id: $id) { id } }`,
    prepare: async (env) => ({
      variables: {
        id: (await invitation(env, env.tenant.collaborativeId, `${unique('revoke')}@matrix.test`)).id,
      },
    }),
    expect: onlyRoles(['admin']),
  },
  {
    operation: 'Mutation.acceptInvitation',
    document: `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { collaborative { id } } }`,
    prepare: async (env, role) => {
      // Everyone accepts an invitation to the outsider's collaborative addressed to them; the
      // outsider, one to join this tenant. Each membership is ended at once (cleanup).
      const user = env.userOf(role);
      const into = role === 'outsider' ? env.tenant.collaborativeId : env.other.collaborativeId;
      const { token } = await invitation(env, into, user?.email ?? `${unique('anon')}@matrix.test`);
      return {
        variables: { input: user ? { token } : { token, password: 'a long new password' } },
        client: user ? env.clients[role] : env.app.client(),
        cleanup: async () => {
          if (user) {
            await env.app.dataSource.query(
              `UPDATE membership SET status = 'REVOKED' WHERE collaborative_id = $1 AND user_id = $2`,
              [into, user.id],
            );
          }
        },
      };
    },
    expect: everyone('allowed'),
  },
];
