import { OrganizationKind, Role, Sector } from '@braid/contracts';
import { MembershipService, OrganizationService, SeatService } from '@braid/collaboratives';
import { principalOf, UsersService } from '@braid/identity';
import { RequestContextService } from '@braid/kernel';
import { startTestApp, TestApp } from './support/test-app';
import { createTenant, TestTenant } from './support/tenant';

/**
 * Nested fields are batched (DataLoader), so the number of SQL statements a request runs does
 * not grow with the number of rows it returns.
 */
describe('SQL statements per request', () => {
  let app: TestApp;
  let tenant: TestTenant;

  beforeAll(async () => {
    app = await startTestApp('query-counts', { queryStats: true });
    tenant = await createTenant(app, 'counted');
    const contexts = app.get(RequestContextService);
    await app.dataSource.transaction(async (em) => {
      const system = contexts.systemContext(em);
      const admin = await contexts.contextFor(principalOf(tenant.users.admin), em);
      for (let i = 0; i < 40; i++) {
        const user = await app
          .get(UsersService)
          .create(system, { email: `person${i}@counted.test`, displayName: `Person ${i}` });
        const organization = await app.get(OrganizationService).create(admin, {
          collaborativeId: tenant.collaborativeId,
          name: `Organization ${i}`,
          kinds: [OrganizationKind.MEMBER_ORGANIZATION],
        });
        await app.get(MembershipService).add(admin, {
          collaborativeId: tenant.collaborativeId,
          userId: user.id,
          roles: [Role.MEMBER],
          organizationId: organization.id,
        });
        const seat = await app.get(SeatService).create(admin, {
          collaborativeId: tenant.collaborativeId,
          name: `Seat ${i}`,
          sector: Sector.COMMUNITY_ORG,
          organizationId: organization.id,
        });
        await app.get(SeatService).assign(admin, { seatId: seat.id, holderUserId: user.id });
      }
    });
  });
  afterAll(() => app.close());

  it('reports the count in a response header', async () => {
    const response = await tenant.clients.member.request(`{ me { id } }`);
    expect(response.sqlQueries).toBeGreaterThan(0);
  });

  it('costs the same for a page of 10 members as for a page of 45, nested users and organizations included', async () => {
    const query = `query ($id: ID!, $first: Int!) { memberships(collaborativeId: $id, first: $first) { nodes { id user { displayName } organization { name } } } }`;
    // 40 of the 49 members have an organization, so any 10 of them include one: both pages need
    // the user and the organization batches. The chair's principal is read once, then remembered
    // (PrincipalCache): warm it so that both pages are counted alike.
    await tenant.clients.chair.request(`{ me { id } }`);
    const small = await tenant.clients.chair.request<{ memberships: { nodes: { organization: unknown }[] } }>(
      query,
      {
        id: tenant.collaborativeId,
        first: 10,
      },
    );
    expect(small.data?.memberships.nodes.some((node) => node.organization)).toBe(true);
    const large = await tenant.clients.chair.request<{ memberships: { nodes: unknown[] } }>(query, {
      id: tenant.collaborativeId,
      first: 45,
    });
    expect(large.data?.memberships.nodes).toHaveLength(45);
    expect(large.sqlQueries).toBe(small.sqlQueries);
  });

  it('loads the whole leadership team with holders, alternates and organizations in a fixed number of statements', async () => {
    const response = await tenant.clients.member.request<{ myCollaboratives: { seats: unknown[] }[] }>(
      `{ myCollaboratives { seats { name holder { displayName } alternate { displayName } organization { name } } organizations { name } } }`,
    );
    expect(response.data?.myCollaboratives[0].seats.length).toBeGreaterThan(40);
    // session + memberships, the collaboratives, seats, organizations, users, seat organizations
    expect(response.sqlQueries).toBeLessThanOrEqual(8);
  });

  it('answers My work with one statement per list, whatever the lists hold', async () => {
    const query = `{ myWork {
      votesOwed(first: 50) { totalCount nodes { motion { id title meeting { title } } seatName } }
      votesCast(first: 50) { totalCount nodes { motion { id } choice } }
      actionItems(first: 50) { totalCount nodes { actionItem { id title dueOn } workgroupName overdue } }
      reportsOwed(first: 50) { totalCount nodes { requirement { id covers grant { title } } status daysLate } }
      minutesToReview(first: 50) { totalCount nodes { minutes { id } meeting { title } } }
      nextMeetings(first: 50) { totalCount nodes { id title scheduledAt } }
    } }`;
    await tenant.clients.member.request(`{ me { id } }`);
    const response = await tenant.clients.member.request<{ myWork: unknown }>(query);
    expect(response.errors).toBeUndefined();
    // Six lists, one statement each; nested fields (a motion's meeting, a requirement's grant)
    // are batched and add at most one each when their lists are not empty.
    expect(response.sqlQueries).toBeLessThanOrEqual(8);
  });
});
