// The public face of the library: what the app, the tests and the domains built on this one use.
// Everything else is the domain's own; export a name here only when another library needs it
// (docs/ARCHITECTURE.md, "Between domains").
export { AttachmentService } from './attachments/attachment.service';
export type { ReportsOptions, S3Settings } from './attachments/report-storage';
export { GrantReportService } from './grant-reports/grant-report.service';
export { ReviewDecision } from './grant-reports/report-review.entity';
export { MetricService } from './metrics/metric.service';
export { reportsEntities, reportsMigrations } from './migrations';
export { OutcomeService } from './outcomes/outcome.service';
export { REPORT_REMINDERS_TASK } from './reminders/report-reminders';
export { REPORTS_RESOLVERS, ReportsModule } from './reports.module';
export { RequirementService } from './requirements/requirement.service';
