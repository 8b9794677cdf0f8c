import { Organization, Seat } from '@braid/collaboratives';
import { User } from '@braid/identity';
import { RequestContext } from '@braid/kernel';
import { DemoOrganizationKey, DemoPersonKey } from './demo-cast';

/** What the chapters of the demo story share: who is who, and a way to act as each person. */
export interface DemoWorld {
  collaborativeId: string;
  people: Record<DemoPersonKey, User>;
  organizations: Record<DemoOrganizationKey, Organization>;
  seats: Record<string, Seat>;
  /** A context for this person inside the seeding transaction, with their ability as it is now. */
  as(person: DemoPersonKey): Promise<RequestContext>;
}

/** One part of the acceptance story (docs/DOMAIN-GUIDE.md), written through the domain services. */
export interface DemoChapter {
  readonly title: string;
  write(world: DemoWorld): Promise<void>;
}

/** The chapters after the people chapter, in story order (see DemoModule). */
export const DEMO_CHAPTERS = Symbol('DEMO_CHAPTERS');
