import { GrantReportStatus } from '@braid/contracts';
import { RequirementStatus, requirementStatus } from './requirement-status';

const quarter = { periodEnd: '2026-03-31', dueOn: '2026-04-30' };

describe('requirementStatus', () => {
  it('follows the calendar until something is submitted: upcoming, due, late', () => {
    expect(requirementStatus(quarter, null, '2026-03-31')).toBe(RequirementStatus.UPCOMING);
    expect(requirementStatus(quarter, null, '2026-04-01')).toBe(RequirementStatus.DUE);
    expect(requirementStatus(quarter, null, '2026-04-30')).toBe(RequirementStatus.DUE);
    expect(requirementStatus(quarter, null, '2026-05-01')).toBe(RequirementStatus.LATE);
  });

  it('follows the latest submitted version once there is one', () => {
    expect(requirementStatus(quarter, GrantReportStatus.SUBMITTED, '2026-06-01')).toBe(
      RequirementStatus.UNDER_REVIEW,
    );
    expect(requirementStatus(quarter, GrantReportStatus.RESUBMITTED, '2026-06-01')).toBe(
      RequirementStatus.UNDER_REVIEW,
    );
    expect(requirementStatus(quarter, GrantReportStatus.CHANGES_REQUESTED, '2026-04-10')).toBe(
      RequirementStatus.CHANGES_REQUESTED,
    );
    expect(requirementStatus(quarter, GrantReportStatus.ACCEPTED, '2027-01-01')).toBe(
      RequirementStatus.ACCEPTED,
    );
  });
});
