import { Principals } from '@braid/kernel';
import { Module, OnModuleInit } from '@nestjs/common';
import { CollaborativeResolver } from './collaborative.resolver';
import { CollaborativeService } from './collaborative.service';
import { InvitationResolver } from './invitation.resolver';
import { InvitationService } from './invitation.service';
import { MembershipFactsEnricher } from './membership-facts.enricher';
import { MembershipResolver } from './membership.resolver';
import { MembershipService } from './membership.service';
import { OrganizationResolver } from './organization.resolver';
import { OrganizationService } from './organization.service';
import { SeatResolver } from './seat.resolver';
import { SeatService } from './seat.service';

@Module({
  providers: [
    CollaborativeService,
    CollaborativeResolver,
    OrganizationService,
    OrganizationResolver,
    SeatService,
    SeatResolver,
    MembershipService,
    MembershipResolver,
    InvitationService,
    InvitationResolver,
  ],
  exports: [CollaborativeService, OrganizationService, SeatService, MembershipService, InvitationService],
})
export class CollaborativesModule implements OnModuleInit {
  constructor(private readonly principals: Principals) {}

  onModuleInit(): void {
    this.principals.addEnricher(new MembershipFactsEnricher());
  }
}
