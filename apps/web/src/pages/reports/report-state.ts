import type { GrantReportStatus } from '../../graphql/generated/graphql';
import type { MessageId } from '../../i18n/messages';

/**
 * What a sent report's reader may do with it now, in one sentence that agrees with the buttons
 * below it: a report sent back for changes can be revised (a new version; this one stays in the
 * history), a report under review waits, an accepted one is final.
 */
export function reportStateNote(status: Exclude<GrantReportStatus, 'DRAFT'>, mayRevise: boolean): MessageId {
  switch (status) {
    case 'SUBMITTED':
    case 'RESUBMITTED':
      return 'reports.report.state.underReview';
    case 'CHANGES_REQUESTED':
      return mayRevise ? 'reports.report.state.reviseNow' : 'reports.report.state.changesRequested';
    case 'ACCEPTED':
      return 'reports.report.state.accepted';
  }
}
