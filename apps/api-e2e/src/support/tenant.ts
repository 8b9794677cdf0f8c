import { Role, Sector, OrganizationKind } from '@braid/contracts';
import {
  CollaborativeService,
  MembershipService,
  OrganizationService,
  SeatService,
} from '@braid/collaboratives';
import { principalOf, User, UsersService } from '@braid/identity';
import { RequestContextService } from '@braid/kernel';
import { GraphQLClient } from './graphql-client';
import { TestApp } from './test-app';

export const PASSWORD = 'correct horse battery staple';

/** The people of a test collaborative, one per role the permission matrix checks. */
export const TENANT_ROLES = {
  admin: { roles: [Role.ADMIN] },
  chair: { roles: [Role.CHAIR, Role.MEMBER], seat: Sector.GOVERNMENT },
  fundAdmin: { roles: [Role.FUND_ADMINISTRATOR] },
  lead: { roles: [Role.WORKGROUP_LEAD, Role.MEMBER], seat: Sector.COMMUNITY_ORG },
  member: { roles: [Role.MEMBER], seat: Sector.HEALTH_PLAN },
  resident: { roles: [Role.MEMBER], seat: Sector.RESIDENT },
  partnerA: { roles: [Role.PARTNER_CONTACT], organization: 'granteeA' },
  partnerB: { roles: [Role.PARTNER_CONTACT], organization: 'granteeB' },
  observer: { roles: [Role.OBSERVER] },
} as const satisfies Record<string, { roles: Role[]; seat?: Sector; organization?: 'granteeA' | 'granteeB' }>;

export type TenantRole = keyof typeof TENANT_ROLES;

export interface TestTenant {
  slug: string;
  collaborativeId: string;
  users: Record<TenantRole, User>;
  organizations: { granteeA: string; granteeB: string; funder: string };
  seats: Partial<Record<TenantRole, string>>;
  /** One signed-in client per role. */
  clients: Record<TenantRole, GraphQLClient>;
}

/**
 * A collaborative with one person per role, made through the domain services (acting as its
 * administrator), each person then signed in through the API.
 */
export async function createTenant(app: TestApp, slug: string): Promise<TestTenant> {
  const contexts = app.get(RequestContextService);
  const usersService = app.get(UsersService);
  const tenant = await app.dataSource.transaction(async (em) => {
    const system = contexts.systemContext(em);
    const users = {} as Record<TenantRole, User>;
    for (const key of Object.keys(TENANT_ROLES) as TenantRole[]) {
      users[key] = await usersService.create(system, {
        email: `${key}@${slug}.test`,
        displayName: `${key} of ${slug}`,
        password: PASSWORD,
      });
    }
    const asAdmin = () => contexts.contextFor(principalOf(users.admin), em);
    const collaborative = await app
      .get(CollaborativeService)
      // Published, as the transparency suites read it; new collaboratives are private unless chosen.
      .create(await asAdmin(), { name: `Collaborative ${slug}`, slug, publicTransparency: true });
    const admin = await asAdmin();
    const organizationService = app.get(OrganizationService);
    const organization = (name: string, kinds: OrganizationKind[]) =>
      organizationService.create(admin, { collaborativeId: collaborative.id, name, kinds });
    const organizations = {
      granteeA: (await organization('Grantee A', [OrganizationKind.FUNDED_PARTNER])).id,
      granteeB: (await organization('Grantee B', [OrganizationKind.FUNDED_PARTNER])).id,
      funder: (await organization('Funder', [OrganizationKind.FUNDER])).id,
    };
    const seats: Partial<Record<TenantRole, string>> = {};
    for (const [key, plan] of Object.entries(TENANT_ROLES) as [
      TenantRole,
      (typeof TENANT_ROLES)[TenantRole],
    ][]) {
      if (key !== 'admin') {
        await app.get(MembershipService).add(admin, {
          collaborativeId: collaborative.id,
          userId: users[key].id,
          roles: [...plan.roles],
          organizationId: 'organization' in plan ? organizations[plan.organization] : null,
        });
      }
      if ('seat' in plan) {
        const seatService = app.get(SeatService);
        const seat = await seatService.create(admin, {
          collaborativeId: collaborative.id,
          name: `${key} seat`,
          sector: plan.seat,
        });
        await seatService.assign(admin, { seatId: seat.id, holderUserId: users[key].id });
        seats[key] = seat.id;
      }
    }
    return { slug, collaborativeId: collaborative.id, users, organizations, seats };
  });
  const clients = {} as Record<TenantRole, GraphQLClient>;
  await Promise.all(
    (Object.keys(TENANT_ROLES) as TenantRole[]).map(async (key) => {
      clients[key] = await app.client(`${key}@${slug}`).signIn(tenant.users[key].email, PASSWORD);
    }),
  );
  return { ...tenant, clients };
}
