import {
  CollaborativeService,
  MembershipService,
  Organization,
  OrganizationService,
  Seat,
  SeatService,
} from '@braid/collaboratives';
import { principalOf, User, UsersService } from '@braid/identity';
import { RequestContextService } from '@braid/kernel';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  DEMO_COLLABORATIVE,
  DEMO_ORGANIZATIONS,
  DEMO_PASSWORD,
  DEMO_PEOPLE,
  DEMO_SEATS,
  DemoOrganizationKey,
  DemoPersonKey,
} from '../demo-cast';
import { DemoWorld } from '../demo-world';

/**
 * Story step 1: an administrator creates the collaborative, its organizations, its seats in every
 * sector and its members, each with their roles.
 */
@Injectable()
export class PeopleChapter {
  readonly title = 'The collaborative, its seats and its members';

  constructor(
    private readonly contexts: RequestContextService,
    private readonly users: UsersService,
    private readonly collaboratives: CollaborativeService,
    private readonly organizations: OrganizationService,
    private readonly memberships: MembershipService,
    private readonly seats: SeatService,
  ) {}

  async write(em: EntityManager): Promise<DemoWorld> {
    const system = this.contexts.systemContext(em);
    const people = {} as Record<DemoPersonKey, User>;
    for (const [key, person] of Object.entries(DEMO_PEOPLE) as [
      DemoPersonKey,
      (typeof DEMO_PEOPLE)[DemoPersonKey],
    ][]) {
      people[key] =
        (await this.users.findByEmail(em, person.email)) ??
        (await this.users.create(system, {
          email: person.email,
          displayName: person.displayName,
          password: DEMO_PASSWORD,
          preferredLanguage: person.language,
        }));
    }
    const as = (person: DemoPersonKey) => this.contexts.contextFor(principalOf(people[person]), em);

    const collaborative = await this.collaboratives.create(await as('admin'), DEMO_COLLABORATIVE);
    const admin = await as('admin');

    const organizations = {} as Record<DemoOrganizationKey, Organization>;
    for (const [key, organization] of Object.entries(DEMO_ORGANIZATIONS) as [
      DemoOrganizationKey,
      (typeof DEMO_ORGANIZATIONS)[DemoOrganizationKey],
    ][]) {
      organizations[key] = await this.organizations.create(admin, {
        collaborativeId: collaborative.id,
        ...organization,
      });
    }

    for (const [key, person] of Object.entries(DEMO_PEOPLE) as [
      DemoPersonKey,
      (typeof DEMO_PEOPLE)[DemoPersonKey],
    ][]) {
      if (key === 'admin') continue; // the creator is already its administrator
      await this.memberships.add(admin, {
        collaborativeId: collaborative.id,
        userId: people[key].id,
        roles: person.roles,
        organizationId: person.organization ? organizations[person.organization].id : null,
      });
    }

    const seats: Record<string, Seat> = {};
    for (const plan of DEMO_SEATS) {
      const seat = await this.seats.create(admin, {
        collaborativeId: collaborative.id,
        name: plan.name,
        sector: plan.sector,
        organizationId: plan.organization ? organizations[plan.organization].id : null,
        voting: true,
      });
      seats[plan.name] = await this.seats.assign(admin, {
        seatId: seat.id,
        holderUserId: people[plan.holder].id,
        alternateUserId: plan.alternate ? people[plan.alternate].id : null,
        termStart: '2025-01-01',
        termEnd: '2027-12-31',
      });
    }

    return { collaborativeId: collaborative.id, people, organizations, seats, as };
  }
}
