import { AuditedRecords, Principals } from '@braid/kernel';
import { Module, OnModuleInit } from '@nestjs/common';
import { Collaborative } from './collaborative.entity';
import { CollaborativeResolver } from './collaborative.resolver';
import { CollaborativeService } from './collaborative.service';
import { Invitation } from './invitation.entity';
import { InvitationResolver } from './invitation.resolver';
import { InvitationService } from './invitation.service';
import { MembershipFactsEnricher } from './membership-facts.enricher';
import { Membership } from './membership.entity';
import { MembershipResolver } from './membership.resolver';
import { MembershipService } from './membership.service';
import { Organization } from './organization.entity';
import { OrganizationResolver } from './organization.resolver';
import { OrganizationService } from './organization.service';
import { Seat } from './seat.entity';
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
  constructor(
    private readonly principals: Principals,
    private readonly auditedRecords: AuditedRecords,
  ) {}

  onModuleInit(): void {
    this.principals.addEnricher(new MembershipFactsEnricher());
    this.auditedRecords.describe(
      { entityType: 'Collaborative', entity: Collaborative },
      { entityType: 'Organization', entity: Organization },
      { entityType: 'Seat', entity: Seat },
      { entityType: 'Membership', entity: Membership },
      { entityType: 'Invitation', entity: Invitation },
    );
  }
}
