import { GrantReportStatus } from '@braid/contracts';
import { RequirementStatus, requirementStatus } from './requirement-status';

const quarter = { periodEnd: '2026-03-31', dueOn: '2026-04-30' };
const LA = 'America/Los_Angeles';
/** Noon in Los Angeles on a date (UTC-7 in spring). */
const noonIn = (date: string) => new Date(`${date}T19:00:00Z`);

describe('requirementStatus', () => {
  it('follows the calendar until something is submitted: upcoming, due, late', () => {
    expect(requirementStatus(quarter, null, noonIn('2026-03-31'), LA)).toBe(RequirementStatus.UPCOMING);
    expect(requirementStatus(quarter, null, noonIn('2026-04-01'), LA)).toBe(RequirementStatus.DUE);
    expect(requirementStatus(quarter, null, noonIn('2026-04-30'), LA)).toBe(RequirementStatus.DUE);
    expect(requirementStatus(quarter, null, noonIn('2026-05-01'), LA)).toBe(RequirementStatus.LATE);
  });

  it("reads the calendar where the collaborative is: late only after its own midnight", () => {
    // 05:00 UTC on May 1 is still April 30 in Los Angeles, already May 1 in UTC.
    const at = new Date('2026-05-01T05:00:00Z');
    expect(requirementStatus(quarter, null, at, LA)).toBe(RequirementStatus.DUE);
    expect(requirementStatus(quarter, null, at, 'UTC')).toBe(RequirementStatus.LATE);
    expect(requirementStatus(quarter, null, new Date('2026-05-01T07:00:00Z'), LA)).toBe(RequirementStatus.LATE);
  });

  it('follows the latest submitted version once there is one', () => {
    expect(requirementStatus(quarter, GrantReportStatus.SUBMITTED, noonIn('2026-06-01'), LA)).toBe(
      RequirementStatus.UNDER_REVIEW,
    );
    expect(requirementStatus(quarter, GrantReportStatus.RESUBMITTED, noonIn('2026-06-01'), LA)).toBe(
      RequirementStatus.UNDER_REVIEW,
    );
    expect(requirementStatus(quarter, GrantReportStatus.CHANGES_REQUESTED, noonIn('2026-04-10'), LA)).toBe(
      RequirementStatus.CHANGES_REQUESTED,
    );
    expect(requirementStatus(quarter, GrantReportStatus.ACCEPTED, noonIn('2027-01-01'), LA)).toBe(
      RequirementStatus.ACCEPTED,
    );
  });
});
