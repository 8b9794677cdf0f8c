// The public face of the library: what the app, the tests and the domains built on this one use.
// Everything else is the domain's own; export a name here only when another library needs it
// (docs/ARCHITECTURE.md, "Between domains").
export { BudgetService } from './budget/budget.service';
export { GrantTotals } from './budget/budget.types';
export { Contribution } from './contributions/contribution.entity';
export { ContributionService } from './contributions/contribution.service';
export { Disbursement } from './disbursements/disbursement.entity';
export { DisbursementService } from './disbursements/disbursement.service';
export { FUNDS_RESOLVERS, FundsModule } from './funds.module';
export { Grant, GrantOrigin, ReportDue } from './grants/grant.entity';
export { GrantService } from './grants/grant.service';
export { LedgerAccountKind } from './ledger/chart-of-accounts';
export { fundsEntities, fundsMigrations } from './migrations';
export { FUND_REMINDERS_TASK } from './notifications/fund-reminders';
export { fundAdministratorsOf, partnerContactsOf } from './notifications/recipients';
export { FundingStreamKind } from './streams/funding-stream.entity';
export { FundingStreamService } from './streams/funding-stream.service';
