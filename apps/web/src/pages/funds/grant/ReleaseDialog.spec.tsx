import { GraphQLError } from 'graphql';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPage, type TestPerson } from '../../../testing/render';
import { FundSummaryQuery } from '../operations';
import { ReleaseDisbursementMutation } from './operations';
import { ReleaseDialog } from './ReleaseDialog';

const HSS = 'c-hss';
const usd = (cents: string) => ({ __typename: 'Money' as const, cents, currency: 'USD' });

const FUND_ADMIN: TestPerson = {
  id: 'u-funds',
  displayName: 'Linh Tran',
  email: 'funds@demo.braid.example',
  preferredLanguage: 'EN',
  rules: [{ action: 'release', subject: 'Disbursement', conditions: { collaborativeId: HSS } }],
};

function summary(cashCents: string) {
  return {
    request: { query: FundSummaryQuery, variables: { collaborativeId: HSS } },
    result: {
      data: {
        fundSummary: {
          __typename: 'FundSummary' as const,
          collaborativeId: HSS,
          totals: [
            {
              __typename: 'FundTotals' as const,
              currency: 'USD',
              streamCount: 3,
              grantCount: 1,
              pledged: usd('70299734'),
              received: usd('40908400'),
              committed: usd('30000000'),
              disbursed: usd('10000000'),
              cashOnHand: usd(cashCents),
              availableToCommit: usd('40299734'),
            },
          ],
        },
      },
    },
  };
}

const keys: string[] = [];
/** Any idempotency key for this tranche; each one the dialog sends is kept to compare. */
const forTranche = (variables: { input: { disbursementId: string; idempotencyKey: string } }) => {
  keys.push(variables.input.idempotencyKey);
  return variables.input.disbursementId === 'd-2';
};

function renderDialog(mocks: Parameters<typeof renderPage>[1]['mocks']) {
  return renderPage(
    <ReleaseDialog
      opened
      onClose={() => undefined}
      collaborativeId={HSS}
      tranche={{
        id: 'd-2',
        sequence: 2,
        plannedOn: '2027-04-12',
        amount: { cents: '10000000', currency: 'USD' },
      }}
      recipient="Stockton Trauma Recovery Center"
      grantRemaining={{ cents: '20000000', currency: 'USD' }}
      streamCash={[
        { cents: '4166700', currency: 'USD' },
        { cents: '4241700', currency: 'USD' },
      ]}
    />,
    { person: FUND_ADMIN, mocks },
  );
}

describe('releasing a tranche', () => {
  beforeEach(() => keys.splice(0));

  it('shows what the fund and the grant will have left, and warns when the streams hold too little', async () => {
    renderDialog([{ ...summary('30908400'), maxUsageCount: 5 }]);
    expect(await screen.findByText('$209,084.00')).toBeTruthy();
    expect(screen.getByText('$309,084.00')).toBeTruthy();
    // Still to release: $200,000.00 now, $100,000.00 after.
    expect(screen.getByText('$200,000.00')).toBeTruthy();
    expect(screen.getByText("The grant's streams may not hold enough cash")).toBeTruthy();
  });

  it('words the API’s refusal itself, with the figures formatted, and retries with the same key', async () => {
    const said =
      'Not enough cash has been received for this: “County ARPA” ($9,084.00). The shortfall is $90,916.00.';
    const refusal = {
      request: { query: ReleaseDisbursementMutation, variables: forTranche },
      result: {
        errors: [
          new GraphQLError(
            'Insufficient funds: "County ARPA" has USD 9084.00 in cash available for this grant; the shortfall is USD 90916.00.',
            {
              extensions: {
                code: 'CONFLICT',
                reason: 'INSUFFICIENT_FUNDS',
                what: 'CASH',
                shortfallCents: '9091600',
                currency: 'USD',
                streams: [{ fundingStreamId: 's-1', name: 'County ARPA', availableCents: '908400' }],
              },
            },
          ),
        ],
      },
    };
    renderDialog([{ ...summary('30908400'), maxUsageCount: 5 }, refusal, refusal]);
    const release = await screen.findByRole('button', { name: 'Release $100,000.00' });
    await userEvent.click(release);
    expect(await screen.findByText(said)).toBeTruthy();
    expect(screen.queryByText(/USD 90916\.00/)).toBeNull();
    await userEvent.click(release);
    await screen.findByText(said);
    expect(keys.length).toBeGreaterThanOrEqual(2);
    expect(new Set(keys).size).toBe(1);
  });

  it('names the late report that holds the tranche and releases it anyway only with a reason', async () => {
    const hold = 'the report for 2026-07-01 to 2026-09-30, due 2026-10-30, has not been submitted';
    const sent: (string | undefined)[] = [];
    const byOverride = (variables: { input: { disbursementId: string; holdOverrideReason?: string } }) => {
      sent.push(variables.input.holdOverrideReason);
      return variables.input.holdOverrideReason === undefined;
    };
    renderDialog([
      { ...summary('30908400'), maxUsageCount: 5 },
      {
        request: { query: ReleaseDisbursementMutation, variables: byOverride },
        result: {
          errors: [
            new GraphQLError(`This tranche is on hold: ${hold}.`, {
              extensions: {
                code: 'CONFLICT',
                reason: 'DISBURSEMENT_ON_HOLD',
                holds: [
                  {
                    hold: 'REPORT_LATE',
                    periodStart: '2026-07-01',
                    periodEnd: '2026-09-30',
                    dueOn: '2026-10-30',
                  },
                ],
              },
            }),
          ],
        },
      },
      {
        request: {
          query: ReleaseDisbursementMutation,
          variables: (variables: { input: { holdOverrideReason?: string } }) =>
            variables.input.holdOverrideReason === 'Report agreed by phone',
        },
        result: {
          data: {
            releaseDisbursement: {
              __typename: 'Disbursement' as const,
              id: 'd-2',
              status: 'RELEASED' as const,
              releasedAt: '2026-11-23T13:00:00.000Z',
            },
          },
        },
      },
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Release $100,000.00' }));
    expect(await screen.findByText('This tranche is on hold')).toBeTruthy();
    // The hold in Braid's words, with the dates as the reader's language writes them.
    expect(
      screen.getByText(
        'the report for Jul 1, 2026 to Sep 30, 2026, due Oct 30, 2026, has not been submitted',
      ),
    ).toBeTruthy();
    expect(screen.queryByText(hold)).toBeNull();
    const anyway = screen.getByRole('button', { name: 'Release $100,000.00 anyway' });
    // No reason: refused before anything is sent.
    await userEvent.click(anyway);
    expect(await screen.findByText('Say why the hold is overridden.')).toBeTruthy();
    expect(sent).toEqual([undefined]);
    await userEvent.type(screen.getByLabelText(/Reason to release it anyway/), 'Report agreed by phone');
    await userEvent.click(anyway);
    expect(await screen.findByText('The tranche was released.')).toBeTruthy();
  });

  it('says the tranche was released and shows the balance the API now reports', async () => {
    renderDialog([
      summary('30908400'),
      {
        request: { query: ReleaseDisbursementMutation, variables: forTranche },
        result: {
          data: {
            releaseDisbursement: {
              __typename: 'Disbursement' as const,
              id: 'd-2',
              status: 'RELEASED' as const,
              releasedAt: '2026-11-23T13:00:00.000Z',
            },
          },
        },
      },
      { ...summary('20908400'), maxUsageCount: 5 },
    ]);
    // MockLink answers after 20-50 ms at random: a release answered before the first summary would
    // have its refetch merged into that request still in flight, and never read the new balance.
    expect(await screen.findByText('$309,084.00')).toBeTruthy();
    await userEvent.click(await screen.findByRole('button', { name: 'Release $100,000.00' }));
    expect(await screen.findByText('The tranche was released.')).toBeTruthy();
    expect(await screen.findByText("The fund's cash on hand is now $209,084.00.")).toBeTruthy();
  });
});
