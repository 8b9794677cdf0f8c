// The public face of the library: what the app, the tests and the domains built on this one use.
// Everything else is the domain's own; export a name here only when another library needs it
// (docs/ARCHITECTURE.md, "Between domains").
export { Collaborative } from './collaborative.entity';
export { CollaborativeService } from './collaborative.service';
export { CollaborativesModule } from './collaboratives.module';
export { MembershipService } from './membership.service';
export { collaborativesEntities, collaborativesMigrations } from './migrations';
export { Organization } from './organization.entity';
export { OrganizationService } from './organization.service';
export { Seat } from './seat.entity';
export { SeatService } from './seat.service';
