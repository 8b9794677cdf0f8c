import {
  FUNDING_GRANT_REFUSED,
  FundingGrantRefusedPayload,
  GRANT_CREATED,
  GrantCreatedPayload,
} from '@braid/contracts';
import { isUUID } from 'class-validator';
import { CollaborativesModule } from '@braid/collaboratives';
import { AuditedRecords, CalendarSources, DomainEvents, Jobs, Principals } from '@braid/kernel';
import { Module, OnModuleInit } from '@nestjs/common';
import { MeetingCalendarController } from './meetings/meeting-calendar.controller';
import { Meeting } from './meetings/meeting.entity';
import { MeetingResolver } from './meetings/meeting.resolver';
import { MeetingService } from './meetings/meeting.service';
import { MeetingsCalendarSource } from './meetings/meetings-calendar.source';
import { RosterService } from './meetings/roster.service';
import { Minutes } from './minutes/minutes.entity';
import { MinutesResolver } from './minutes/minutes.resolver';
import { MinutesService } from './minutes/minutes.service';
import { Ballot } from './motions/ballots/ballot.entity';
import { BallotService } from './motions/ballots/ballot.service';
import { ConflictDeclaration } from './motions/ballots/conflict-declaration.entity';
import { ConflictService } from './motions/ballots/conflict.service';
import { MotionLiveResolver } from './motions/live/motion-live.resolver';
import { MotionLive } from './motions/live/motion-live.service';
import {
  BallotResolver,
  ConflictDeclarationResolver,
  FundingProposalResolver,
  MotionResolver,
} from './motions/motion.resolver';
import { Motion } from './motions/motion.entity';
import { MotionService } from './motions/motion.service';
import { TallyService } from './motions/tally/tally.service';
import { GovernanceNotices } from './notifications/governance-notices';
import { GovernanceReminders } from './notifications/governance-reminders';
import { GovernanceWorkResolver } from './my-work/my-work.resolver';
import { GovernanceWorkService } from './my-work/my-work.service';
import { VotingRules } from './voting-rules/voting-rules.entity';
import { VotingRulesResolver } from './voting-rules/voting-rules.resolver';
import { VotingRulesService } from './voting-rules/voting-rules.service';
import { ActionItem } from './workgroups/action-item.entity';
import { ActionItemsCalendarSource } from './workgroups/action-items-calendar.source';
import { ActionItemService } from './workgroups/action-item.service';
import { Workgroup } from './workgroups/workgroup.entity';
import { WorkgroupFactsEnricher } from './workgroups/workgroup-facts.enricher';
import {
  ActionItemResolver,
  WorkgroupMemberResolver,
  WorkgroupResolver,
} from './workgroups/workgroup.resolver';
import { WorkgroupService } from './workgroups/workgroup.service';

/** Every resolver of governance: the permission matrix test takes its operations from these. */
export const GOVERNANCE_RESOLVERS = [
  WorkgroupResolver,
  WorkgroupMemberResolver,
  ActionItemResolver,
  MeetingResolver,
  MinutesResolver,
  VotingRulesResolver,
  MotionResolver,
  BallotResolver,
  ConflictDeclarationResolver,
  FundingProposalResolver,
  MotionLiveResolver,
];

@Module({
  // Imported (not only used) so that its enricher registers first: ours fills in its memberships.
  imports: [CollaborativesModule],
  controllers: [MeetingCalendarController],
  providers: [
    WorkgroupService,
    ActionItemService,
    MeetingService,
    RosterService,
    MinutesService,
    VotingRulesService,
    MotionService,
    BallotService,
    ConflictService,
    TallyService,
    MotionLive,
    GovernanceNotices,
    GovernanceReminders,
    GovernanceWorkService,
    GovernanceWorkResolver,
    ...GOVERNANCE_RESOLVERS,
  ],
  exports: [
    WorkgroupService,
    ActionItemService,
    MeetingService,
    MinutesService,
    VotingRulesService,
    MotionService,
    BallotService,
    ConflictService,
    TallyService,
  ],
})
export class GovernanceModule implements OnModuleInit {
  constructor(
    private readonly principals: Principals,
    private readonly auditedRecords: AuditedRecords,
    private readonly domainEvents: DomainEvents,
    private readonly motions: MotionService,
    private readonly calendars: CalendarSources,
    private readonly jobs: Jobs,
    private readonly reminders: GovernanceReminders,
  ) {}

  onModuleInit(): void {
    this.principals.addEnricher(new WorkgroupFactsEnricher());
    this.calendars.register(new MeetingsCalendarSource(), new ActionItemsCalendarSource());
    // Reminders that only time causes (action items due or overdue, tomorrow's meetings).
    this.jobs.define(GovernanceReminders.TASK, (_payload, ctx) => this.reminders.sweep(ctx));
    this.jobs.every(GovernanceReminders.TASK, GovernanceReminders.SCHEDULE);
    this.auditedRecords.describe(
      { entityType: 'Workgroup', entity: Workgroup },
      { entityType: 'ActionItem', entity: ActionItem },
      { entityType: 'Meeting', entity: Meeting },
      { entityType: 'Minutes', entity: Minutes },
      // One row per collaborative, keyed by it: its events name the collaborative.
      { entityType: 'VotingRules', entity: VotingRules, key: 'collaborativeId' },
      { entityType: 'Motion', entity: Motion },
      { entityType: 'Ballot', entity: Ballot },
      { entityType: 'ConflictDeclaration', entity: ConflictDeclaration },
    );
    // Funds' answers about a passed FUNDING motion's grant, shown on the motion. Payloads are JSON
    // from another library: a motion id that is not one is ignored.
    this.domainEvents.on<FundingGrantRefusedPayload>(FUNDING_GRANT_REFUSED, async (event, ctx) => {
      const { motionId, reason, message } = event.payload;
      if (typeof motionId !== 'string' || !isUUID(motionId)) return;
      await this.motions.recordGrantRefused(ctx, motionId, {
        reason: String(reason ?? 'Refused'),
        message: String(message ?? ''),
      });
    });
    this.domainEvents.on<GrantCreatedPayload>(GRANT_CREATED, async (event, ctx) => {
      const { approvingMotionId } = event.payload;
      if (typeof approvingMotionId !== 'string' || !isUUID(approvingMotionId)) return;
      await this.motions.recordGrantMade(ctx, approvingMotionId);
    });
  }
}
