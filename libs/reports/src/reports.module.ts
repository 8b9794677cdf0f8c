import { GRANT_CREATED, GrantCreatedPayload } from '@braid/contracts';
import { CollaborativesModule } from '@braid/collaboratives';
import { FundsModule } from '@braid/funds';
import { AuditedRecords, CalendarSources, DomainChecks, DomainEvents, Jobs } from '@braid/kernel';
import { DynamicModule, Module, OnModuleInit } from '@nestjs/common';
import { AttachmentController } from './attachments/attachment.controller';
import { AttachmentService } from './attachments/attachment.service';
import { REPORT_STORAGE, REPORTS_OPTIONS, ReportsOptions, storageFor } from './attachments/report-storage';
import { GrantReport } from './grant-reports/grant-report.entity';
import { GrantReportResolver } from './grant-reports/grant-report.resolver';
import { GrantReportService } from './grant-reports/grant-report.service';
import { LateReportHold } from './holds/late-report.hold';
import { ReportSettings } from './holds/report-settings.entity';
import { ReportSettingsResolver } from './holds/report-settings.resolver';
import { ReportSettingsService } from './holds/report-settings.service';
import { GrantMetric } from './metrics/grant-metric.entity';
import { Metric } from './metrics/metric.entity';
import { GrantMetricResolver, MetricResolver } from './metrics/metric.resolver';
import { MetricService } from './metrics/metric.service';
import { MetricOutcomeResolver, OutcomeResolver } from './outcomes/outcome.resolver';
import { OutcomeService } from './outcomes/outcome.service';
import { OutcomesExportController } from './outcomes/outcomes-export.controller';
import { REPORT_REMINDERS_TASK, ReportReminders } from './reminders/report-reminders';
import { ReportsWorkResolver, ReportsWorkService } from './my-work/reports-work';
import { GrantCreatedHandler } from './requirements/grant-created.handler';
import {
  GrantReportingResolver,
  ReportingRequirementResolver,
  RequirementMetricTargetResolver,
} from './requirements/requirement.resolver';
import { ReportDueDatesCalendarSource } from './requirements/report-due-dates-calendar.source';
import { ReportingRequirement } from './requirements/reporting-requirement.entity';
import { RequirementService } from './requirements/requirement.service';

/** Every resolver of reports, whose root operations the reports permission matrix covers. */
export const REPORTS_RESOLVERS = [
  MetricResolver,
  GrantMetricResolver,
  ReportingRequirementResolver,
  RequirementMetricTargetResolver,
  GrantReportingResolver,
  GrantReportResolver,
  ReportSettingsResolver,
  OutcomeResolver,
  MetricOutcomeResolver,
];

/** The REST endpoints of reports (attachments, CSV), which the matrix covers as well. */
export const REPORTS_CONTROLLERS = [AttachmentController, OutcomesExportController];

/** Grant reports and outcomes (issue 5, docs/REPORTS.md). */
@Module({})
export class ReportsModule implements OnModuleInit {
  constructor(
    private readonly domainEvents: DomainEvents,
    private readonly checks: DomainChecks,
    private readonly lateReports: LateReportHold,
    private readonly grantCreated: GrantCreatedHandler,
    private readonly auditedRecords: AuditedRecords,
    private readonly calendars: CalendarSources,
    private readonly jobs: Jobs,
    private readonly reminders: ReportReminders,
  ) {}

  static forRoot(options: ReportsOptions): DynamicModule {
    return {
      module: ReportsModule,
      // Configured once by the app; the demo story and tests reach its services from anywhere.
      global: true,
      imports: [CollaborativesModule, FundsModule],
      controllers: REPORTS_CONTROLLERS,
      providers: [
        ...REPORTS_RESOLVERS,
        { provide: REPORTS_OPTIONS, useValue: options },
        { provide: REPORT_STORAGE, useFactory: () => storageFor(options.storage) },
        MetricService,
        RequirementService,
        GrantReportService,
        AttachmentService,
        ReportSettingsService,
        LateReportHold,
        OutcomeService,
        GrantCreatedHandler,
        ReportReminders,
        ReportsWorkService,
        ReportsWorkResolver,
      ],
      exports: [
        MetricService,
        RequirementService,
        GrantReportService,
        AttachmentService,
        OutcomeService,
        REPORT_STORAGE,
      ],
    };
  }

  onModuleInit(): void {
    this.domainEvents.on<GrantCreatedPayload>(GRANT_CREATED, (event, ctx) =>
      this.grantCreated.handle(event, ctx),
    );
    this.lateReports.register(this.checks);
    this.calendars.register(new ReportDueDatesCalendarSource());
    this.auditedRecords.describe(
      { entityType: 'GrantReport', entity: GrantReport },
      { entityType: 'ReportingRequirement', entity: ReportingRequirement },
      { entityType: 'Metric', entity: Metric },
      // A grant's metric targets are part of the grant: whoever reads the grant reads them.
      { entityType: 'GrantMetric', entity: GrantMetric, readAs: 'Grant' },
      // One row per collaborative, keyed by it.
      { entityType: 'ReportSettings', entity: ReportSettings, key: 'collaborativeId' },
    );
    // Due in 14 and 3 days, late: hourly as of the Clock; dedupe keys make a rerun send nothing.
    this.jobs.define(REPORT_REMINDERS_TASK, (_payload, ctx) => this.reminders.sweep(ctx));
    this.jobs.every(REPORT_REMINDERS_TASK, '10 * * * *');
  }
}
