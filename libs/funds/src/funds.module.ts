import {
  FUNDING_MOTION_PASSED,
  FUNDING_PLAN_CHECK,
  FundingMotionPassedPayload,
  FundingPlan,
  FundingPlanProblem,
} from '@braid/contracts';
import { CollaborativesModule } from '@braid/collaboratives';
import { AuditedRecords, DomainChecks, DomainEvents, Jobs } from '@braid/kernel';
import { Module, OnModuleInit } from '@nestjs/common';
import { BudgetResolver } from './budget/budget.resolver';
import { BudgetService } from './budget/budget.service';
import { Contribution } from './contributions/contribution.entity';
import { ContributionResolver } from './contributions/contribution.resolver';
import { ContributionService } from './contributions/contribution.service';
import { DisbursementHolds } from './disbursements/disbursement-holds';
import { Disbursement } from './disbursements/disbursement.entity';
import { DisbursementResolver } from './disbursements/disbursement.resolver';
import { DisbursementService } from './disbursements/disbursement.service';
import { FundsExportController } from './export/funds-export.controller';
import { FundsExportService } from './export/funds-export.service';
import { FundingMotionHandler } from './grants/funding-motion.handler';
import { FundingPlanCheck } from './grants/funding-plan.check';
import { GrantAllocationResolver, GrantResolver, OrganizationGrantsResolver } from './grants/grant.resolver';
import { Grant } from './grants/grant.entity';
import { GrantService } from './grants/grant.service';
import { LedgerAccountResolver, LedgerEntryResolver, LedgerResolver } from './ledger/ledger.resolver';
import { LedgerTransaction } from './ledger/ledger-transaction.entity';
import { LedgerService } from './ledger/ledger.service';
import { ReversalService } from './ledger/reversal.service';
import { FUND_REMINDERS_TASK, FundReminders } from './notifications/fund-reminders';
import { FundingStream } from './streams/funding-stream.entity';
import { FundingStreamResolver } from './streams/funding-stream.resolver';
import { FundingStreamService } from './streams/funding-stream.service';

/** Every resolver of the fund, whose root operations the fund's permission matrix covers. */
export const FUNDS_RESOLVERS = [
  LedgerResolver,
  LedgerEntryResolver,
  LedgerAccountResolver,
  FundingStreamResolver,
  ContributionResolver,
  GrantResolver,
  GrantAllocationResolver,
  OrganizationGrantsResolver,
  DisbursementResolver,
  BudgetResolver,
];

/** The Wellness Fund: funding streams, contributions, the ledger, grants and their tranches. */
@Module({
  imports: [CollaborativesModule],
  controllers: [FundsExportController],
  providers: [
    ...FUNDS_RESOLVERS,
    LedgerService,
    ReversalService,
    FundingStreamService,
    ContributionService,
    GrantService,
    FundingMotionHandler,
    FundingPlanCheck,
    DisbursementHolds,
    DisbursementService,
    BudgetService,
    FundsExportService,
    FundReminders,
  ],
  exports: [
    FundingStreamService,
    ContributionService,
    GrantService,
    FundingMotionHandler,
    DisbursementService,
    BudgetService,
    LedgerService,
  ],
})
export class FundsModule implements OnModuleInit {
  constructor(
    private readonly domainEvents: DomainEvents,
    private readonly domainChecks: DomainChecks,
    private readonly fundingMotions: FundingMotionHandler,
    private readonly fundingPlans: FundingPlanCheck,
    private readonly auditedRecords: AuditedRecords,
    private readonly jobs: Jobs,
    private readonly reminders: FundReminders,
  ) {}

  onModuleInit(): void {
    this.domainEvents.on<FundingMotionPassedPayload>(FUNDING_MOTION_PASSED, (event, ctx) =>
      this.fundingMotions.handle(event, ctx),
    );
    this.domainChecks.register<FundingPlan, FundingPlanProblem>(FUNDING_PLAN_CHECK, (ctx, plan) =>
      this.fundingPlans.problems(ctx, plan),
    );
    this.auditedRecords.describe(
      { entityType: 'FundingStream', entity: FundingStream },
      { entityType: 'Contribution', entity: Contribution },
      { entityType: 'LedgerTransaction', entity: LedgerTransaction },
      { entityType: 'Grant', entity: Grant },
      { entityType: 'Disbursement', entity: Disbursement },
    );
    // Pledges behind, streams ending, tranches held: hourly, each message once (dedupe keys),
    // so a missed hour or a second process changes nothing.
    this.jobs.define(FUND_REMINDERS_TASK, (_payload, ctx) => this.reminders.sweep(ctx));
    this.jobs.every(FUND_REMINDERS_TASK, '20 * * * *');
  }
}
