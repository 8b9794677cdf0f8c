import { emptyMotion, motionInput, moveMotionProblems } from './move-motion.form';

describe('moving a motion', () => {
  it('asks only for a title on a general motion', () => {
    expect(moveMotionProblems(emptyMotion)).toEqual({ title: { id: 'form.required' } });
    expect(moveMotionProblems({ ...emptyMotion, title: 'Adopt the referral protocol' })).toEqual({});
  });

  it('asks a funding motion for the whole grant, in order', () => {
    const funding = { ...emptyMotion, kind: 'FUNDING' as const, title: 'Fund the center', amount: 'lots' };
    expect(Object.keys(moveMotionProblems(funding)).sort()).toEqual(
      ['amount', 'periodEnd', 'periodStart', 'purpose', 'recipientOrganizationId'].sort(),
    );
    const backwards = {
      ...funding,
      amount: '300,000',
      recipientOrganizationId: 'o-trc',
      purpose: 'Trauma recovery services',
      periodStart: '2027-01-01',
      periodEnd: '2026-01-01',
    };
    expect(moveMotionProblems(backwards)).toEqual({ periodEnd: { id: 'governance.form.periodOrder' } });
  });

  it('sends the amount in cents with tranches that add up to it', () => {
    const input = motionInput('me-1', {
      ...emptyMotion,
      kind: 'FUNDING',
      title: ' Fund the center ',
      amount: '300,000',
      recipientOrganizationId: 'o-trc',
      purpose: 'Trauma recovery services',
      periodStart: '2026-12-10',
      periodEnd: '2027-12-09',
      trancheCount: '3',
    });
    expect(input).toMatchObject({ meetingId: 'me-1', kind: 'FUNDING', title: 'Fund the center' });
    expect('funding' in input && input.funding.amount).toEqual({ cents: '30000000', currency: 'USD' });
    expect('funding' in input && input.funding.tranches.map((t) => t.cents)).toEqual([
      '10000000',
      '10000000',
      '10000000',
    ]);
  });

  it('names the minutes a minutes-approval motion approves', () => {
    expect(moveMotionProblems({ ...emptyMotion, kind: 'MINUTES_APPROVAL', title: 'Approve' })).toEqual({
      minutesId: { id: 'form.chooseOne' },
    });
    expect(
      motionInput('me-1', { ...emptyMotion, kind: 'MINUTES_APPROVAL', title: 'Approve', minutesId: 'mi-1' }),
    ).toMatchObject({
      minutesId: 'mi-1',
    });
  });
});
