import { restrictionViolation } from './stream-restrictions';

const county = {
  restricted: true,
  allowedPurposes: ['Trauma-informed care'],
  allowedWorkgroupIds: [],
  startsOn: '2025-07-01',
  endsOn: '2028-06-30',
};
const recoveryCenter = {
  purpose: 'trauma-informed  care',
  workgroupId: null,
  periodStart: '2025-09-01',
  periodEnd: '2026-08-31',
};

describe("a funding stream's restrictions", () => {
  it('fund an allowed purpose within the period, ignoring case and spacing', () => {
    expect(restrictionViolation(county, recoveryCenter)).toBeNull();
  });

  it('refuse a purpose the funder did not allow, naming the allowed ones', () => {
    expect(restrictionViolation(county, { ...recoveryCenter, purpose: 'Housing policy' })).toBe(
      'it may only fund "Trauma-informed care", not "Housing policy"',
    );
  });

  it('refuse a grant that runs past the end of the award', () => {
    expect(restrictionViolation(county, { ...recoveryCenter, periodEnd: '2028-12-31' })).toMatch(
      /between 2025-07-01 and 2028-06-30/,
    );
  });

  it('refuse a grant outside the workgroups a stream is restricted to', () => {
    const workgroupOnly = { ...county, allowedPurposes: [], allowedWorkgroupIds: ['trauma-workgroup'] };
    expect(restrictionViolation(workgroupOnly, recoveryCenter)).toMatch(/workgroups/);
    expect(
      restrictionViolation(workgroupOnly, { ...recoveryCenter, workgroupId: 'trauma-workgroup' }),
    ).toBeNull();
  });

  it('let unrestricted money fund anything', () => {
    expect(
      restrictionViolation(
        { ...county, restricted: false },
        { ...recoveryCenter, purpose: 'Anything', periodEnd: '2031-01-01' },
      ),
    ).toBeNull();
  });
});
