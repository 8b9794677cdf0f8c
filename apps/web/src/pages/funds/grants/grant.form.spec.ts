import { type GrantValues, scheduleProblems, splitEvenly } from './grant.form';

const grant = (overrides: Partial<GrantValues> = {}): GrantValues => ({
  approvingMotionId: 'm-1',
  title: 'Stockton Trauma Recovery Center, year one',
  purpose: 'Trauma recovery services',
  recipientOrganizationId: 'o-trc',
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  amount: '300,000',
  allocations: [
    { fundingStreamId: 's-county', amount: '200,000' },
    { fundingStreamId: 's-ovc', amount: '100,000.00' },
  ],
  tranches: [
    { plannedOn: '2026-01-15', amount: '100,000' },
    { plannedOn: '2026-05-15', amount: '100,000' },
    { plannedOn: '2026-09-15', amount: '100,000' },
  ],
  ...overrides,
});

describe('checking a grant’s schedule before it is sent', () => {
  it('accepts streams and tranches that each add up to the amount, in order within the period', () => {
    expect(scheduleProblems(grant())).toEqual({ allocations: null, tranches: null });
  });

  it('says when the streams or the tranches do not add up to the amount, to the cent', () => {
    expect(
      scheduleProblems(grant({ allocations: [{ fundingStreamId: 's-county', amount: '299,999.99' }] }))
        .allocations,
    ).toEqual({ id: 'funds.grantForm.allocationsSum' });
    expect(
      scheduleProblems(grant({ tranches: [{ plannedOn: '2026-01-15', amount: '300,000.01' }] })).tranches,
    ).toEqual({ id: 'funds.grantForm.tranchesSum' });
  });

  it('wants at least one stream and one tranche, each stream once', () => {
    expect(scheduleProblems(grant({ allocations: [], tranches: [] }))).toEqual({
      allocations: { id: 'funds.grantForm.needAllocation' },
      tranches: { id: 'funds.grantForm.needTranche' },
    });
    expect(
      scheduleProblems(
        grant({
          allocations: [
            { fundingStreamId: 's-county', amount: '150,000' },
            { fundingStreamId: 's-county', amount: '150,000' },
          ],
        }),
      ).allocations,
    ).toEqual({ id: 'funds.grantForm.streamTwice' });
  });

  it('wants the tranches in date order and inside the grant’s period', () => {
    const [first, second, third] = grant().tranches;
    expect(scheduleProblems(grant({ tranches: [second, first, third] })).tranches).toEqual({
      id: 'funds.grantForm.tranchesOrder',
    });
    expect(
      scheduleProblems(grant({ tranches: [first, second, { plannedOn: '2027-01-15', amount: '100,000' }] }))
        .tranches,
    ).toEqual({ id: 'funds.grantForm.tranchesPeriod' });
  });

  it('leaves an unreadable amount to its own field’s rule', () => {
    expect(scheduleProblems(grant({ amount: 'three hundred' }))).toEqual({
      allocations: null,
      tranches: null,
    });
  });

  it('splits an amount into equal tranches without losing a cent', () => {
    expect(splitEvenly('30000000', 3)).toEqual(['10000000', '10000000', '10000000']);
    expect(splitEvenly('10000', 3)).toEqual(['3333', '3333', '3334']);
    expect(splitEvenly('9007199254740993', 2)).toEqual(['4503599627370496', '4503599627370497']);
  });
});
