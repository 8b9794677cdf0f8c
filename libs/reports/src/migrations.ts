import { ReportAttachment } from './attachments/report-attachment.entity';
import { GrantReport } from './grant-reports/grant-report.entity';
import { ReportMetricValue } from './grant-reports/report-metric-value.entity';
import { ReportReview } from './grant-reports/report-review.entity';
import { ReportSpendingLine } from './grant-reports/report-spending-line.entity';
import { ReportSettings } from './holds/report-settings.entity';
import { GrantMetric } from './metrics/grant-metric.entity';
import { Metric } from './metrics/metric.entity';
import { ReportingRequirement } from './requirements/reporting-requirement.entity';
import { RequirementMetricTarget } from './requirements/requirement-metric-target.entity';

import { CreateGrantReports1795437491546 } from './migrations/1795437491546-CreateGrantReports';
import { IndexOutcomeRollupByCollaborative1795442071880 } from './migrations/1795442071880-IndexOutcomeRollupByCollaborative';
import { IndexRequirementPagesInKeysetOrder1796565793446 } from './migrations/1796565793446-IndexRequirementPagesInKeysetOrder';
import { CapReportedSpendingAtOneBillionDollars1796600000003 } from './migrations/1796600000003-CapReportedSpendingAtOneBillionDollars';

export const reportsEntities = [
  Metric,
  GrantMetric,
  ReportingRequirement,
  RequirementMetricTarget,
  GrantReport,
  ReportSpendingLine,
  ReportMetricValue,
  ReportReview,
  ReportAttachment,
  ReportSettings,
];
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const reportsMigrations: Function[] = [
  CreateGrantReports1795437491546,
  IndexOutcomeRollupByCollaborative1795442071880,
  IndexRequirementPagesInKeysetOrder1796565793446,
  CapReportedSpendingAtOneBillionDollars1796600000003,
];
