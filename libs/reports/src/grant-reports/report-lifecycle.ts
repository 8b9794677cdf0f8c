import { GrantReportStatus } from '@braid/contracts';
import { Lifecycle } from '@braid/kernel';

const { DRAFT, SUBMITTED, RESUBMITTED, CHANGES_REQUESTED, ACCEPTED } = GrantReportStatus;

/**
 * Every move a report version may make; anything else is refused (CONFLICT). A version leaves
 * DRAFT once and never returns: what a reviewer read is what stays on record. Changes come as the
 * next version, which starts as a DRAFT copy of the one that needed them.
 */
export const REPORT_LIFECYCLE = new Lifecycle<
  GrantReportStatus,
  'submit' | 'resubmit' | 'accept' | 'requestChanges'
>({
  subject: 'report',
  transitions: [
    { from: DRAFT, to: SUBMITTED, name: 'submit' },
    { from: DRAFT, to: RESUBMITTED, name: 'resubmit' },
    { from: SUBMITTED, to: ACCEPTED, name: 'accept' },
    { from: SUBMITTED, to: CHANGES_REQUESTED, name: 'requestChanges' },
    { from: RESUBMITTED, to: ACCEPTED, name: 'accept' },
    { from: RESUBMITTED, to: CHANGES_REQUESTED, name: 'requestChanges' },
  ],
});

/** The status a draft takes when submitted: the first version is SUBMITTED, later ones RESUBMITTED. */
export function submittedStatus(version: number): GrantReportStatus {
  return version === 1 ? SUBMITTED : RESUBMITTED;
}

/**
 * What the partner may do next for a requirement, given its latest version: start the first
 * draft, keep editing the draft, start a revision, or nothing (under review, accepted).
 */
export function nextVersion(
  latest: { version: number; status: GrantReportStatus } | null,
):
  | { action: 'create'; version: number }
  | { action: 'continue' }
  | { action: 'none'; why: 'ACCEPTED' | 'UNDER_REVIEW' } {
  if (!latest) return { action: 'create', version: 1 };
  switch (latest.status) {
    case DRAFT:
      return { action: 'continue' };
    case CHANGES_REQUESTED:
      return { action: 'create', version: latest.version + 1 };
    case ACCEPTED:
      return { action: 'none', why: 'ACCEPTED' };
    default:
      return { action: 'none', why: 'UNDER_REVIEW' };
  }
}
