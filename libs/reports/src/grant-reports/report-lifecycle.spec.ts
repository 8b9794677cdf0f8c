import { GrantReportStatus } from '@braid/contracts';
import { nextVersion, REPORT_LIFECYCLE, submittedStatus } from './report-lifecycle';

const { DRAFT, SUBMITTED, RESUBMITTED, CHANGES_REQUESTED, ACCEPTED } = GrantReportStatus;

describe('the report lifecycle', () => {
  it('allows exactly draft → submitted/resubmitted → accepted/changes requested', () => {
    const all = Object.values(GrantReportStatus);
    const allowed = all.flatMap((from) =>
      all.filter((to) => REPORT_LIFECYCLE.can(from, to)).map((to) => `${from}→${to}`),
    );
    expect(allowed.sort()).toEqual(
      [
        `${DRAFT}→${SUBMITTED}`,
        `${DRAFT}→${RESUBMITTED}`,
        `${SUBMITTED}→${ACCEPTED}`,
        `${SUBMITTED}→${CHANGES_REQUESTED}`,
        `${RESUBMITTED}→${ACCEPTED}`,
        `${RESUBMITTED}→${CHANGES_REQUESTED}`,
      ].sort(),
    );
  });

  it('calls the first submission SUBMITTED and later ones RESUBMITTED', () => {
    expect(submittedStatus(1)).toBe(SUBMITTED);
    expect(submittedStatus(2)).toBe(RESUBMITTED);
  });

  it('starts the first version, keeps the open draft, revises after changes were requested, and nothing else', () => {
    expect(nextVersion(null)).toEqual({ action: 'create', version: 1 });
    expect(nextVersion({ version: 1, status: DRAFT })).toEqual({ action: 'continue' });
    expect(nextVersion({ version: 2, status: CHANGES_REQUESTED })).toEqual({ action: 'create', version: 3 });
    expect(nextVersion({ version: 1, status: SUBMITTED })).toMatchObject({ action: 'none' });
    expect(nextVersion({ version: 3, status: ACCEPTED })).toMatchObject({ action: 'none' });
  });
});
