import { GraphQLError } from 'graphql';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPage, type TestPerson } from '../../../testing/render';
import { FundSummaryQuery } from '../operations';
import { ReleaseDisbursementMutation, ReleasePreviewQuery } from './operations';
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

const stream = (id: string, name: string) => ({ __typename: 'FundingStream' as const, id, name });

/** The API's preview: the grant's two streams, the first short of cash, and any holds. */
function preview({
  holds = [] as {
    hold: 'REPORT_LATE' | 'REPORT_CHANGES_REQUESTED';
    periodStart: string;
    periodEnd: string;
    dueOn: string | null;
  }[],
  shortfall = '0',
  draws = [
    { id: 's-ovc', name: 'OVC victim services', now: '4166700', draw: '4166700', after: '0' },
    {
      id: 's-plan',
      name: 'Health plan community reinvestment',
      now: '9241700',
      draw: '5833300',
      after: '3408400',
    },
  ],
} = {}) {
  return {
    request: { query: ReleasePreviewQuery, variables: { id: 'd-2' } },
    result: {
      data: {
        disbursement: {
          __typename: 'Disbursement' as const,
          id: 'd-2',
          releasePreview: {
            __typename: 'ReleasePreview' as const,
            holds: holds.map((hold) => ({ __typename: 'ReleaseHold' as const, ...hold })),
            shortfall: usd(shortfall),
            draws: draws.map((draw) => ({
              __typename: 'ReleasePreviewDraw' as const,
              fundingStream: stream(draw.id, draw.name),
              cashNow: usd(draw.now),
              draw: usd(draw.draw),
              cashAfter: usd(draw.after),
            })),
          },
        },
      },
    },
    maxUsageCount: 5,
  };
}

const keys: string[] = [];
/** Any idempotency key for this tranche; each one the dialog sends is kept to compare. */
const forTranche = (variables: { input: { disbursementId: string; idempotencyKey: string } }) => {
  keys.push(variables.input.idempotencyKey);
  return variables.input.disbursementId === 'd-2';
};

/** A day long past, so the tranche is due unless a test says otherwise. */
function renderDialog(mocks: Parameters<typeof renderPage>[1]['mocks'], plannedOn = '2025-04-12') {
  return renderPage(
    <ReleaseDialog
      onClose={() => undefined}
      collaborativeId={HSS}
      tranche={{
        id: 'd-2',
        sequence: 2,
        plannedOn,
        amount: { cents: '10000000', currency: 'USD' },
      }}
      recipient="Stockton Trauma Recovery Center"
      grantRemaining={{ cents: '20000000', currency: 'USD' }}
    />,
    { person: FUND_ADMIN, mocks },
  );
}

const rowOf = (name: string) =>
  within(screen.getByRole('rowheader', { name }).closest('tr') as HTMLElement)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

describe('releasing a tranche', () => {
  beforeEach(() => keys.splice(0));

  it("shows what each of the grant's own streams pays and keeps, not the whole fund's cash", async () => {
    renderDialog([{ ...summary('30908400'), maxUsageCount: 5 }, preview()]);
    await screen.findByRole('group', { name: 'Where the money comes from' });
    expect(rowOf('OVC victim services')).toEqual(['$41,667.00', '$41,667.00', '$0.00']);
    expect(rowOf('Health plan community reinvestment')).toEqual(['$92,417.00', '$58,333.00', '$34,084.00']);
    expect(screen.getByTestId('grant-remaining')).toHaveTextContent(
      'Still to release on this grant: $200,000.00 now, $100,000.00 after this tranche.',
    );
    // Nothing about the fund's $309,084.00 in the preview, and no warning when the streams cover it.
    expect(screen.queryByText('$309,084.00')).toBeNull();
    expect(screen.queryByText("The grant's streams may not hold enough cash")).toBeNull();
    expect(screen.queryByTestId('release-early')).toBeNull();
  });

  it('warns when the streams together hold less than the tranche, by how much', async () => {
    renderDialog([{ ...summary('30908400'), maxUsageCount: 5 }, preview({ shortfall: '591700' })]);
    expect(await screen.findByText("The grant's streams may not hold enough cash")).toBeTruthy();
    expect(screen.getByText(/hold \$5,917\.00 less cash than this tranche/)).toBeTruthy();
  });

  it('warns before releasing a tranche planned for a later day', async () => {
    const inAMonth = new Date();
    inAMonth.setDate(inAMonth.getDate() + 30);
    const day = `${inAMonth.getFullYear()}-${String(inAMonth.getMonth() + 1).padStart(2, '0')}-${String(inAMonth.getDate()).padStart(2, '0')}`;
    renderDialog([{ ...summary('30908400'), maxUsageCount: 5 }, preview()], day);
    const early = await screen.findByTestId('release-early');
    expect(early).toHaveTextContent(/30 days from today\. Releasing it now pays the partner early\./);
  });

  it('shows the hold before the click, and keeps the typed reason through a later refusal of another kind', async () => {
    const hold = {
      hold: 'REPORT_LATE' as const,
      periodStart: '2026-07-01',
      periodEnd: '2026-09-30',
      dueOn: '2026-10-30',
    };
    renderDialog([
      { ...summary('30908400'), maxUsageCount: 5 },
      preview({ holds: [hold] }),
      {
        request: { query: ReleaseDisbursementMutation, variables: forTranche },
        result: {
          errors: [
            new GraphQLError('Insufficient funds', {
              extensions: {
                code: 'CONFLICT',
                reason: 'INSUFFICIENT_FUNDS',
                what: 'CASH',
                shortfallCents: '9091600',
                currency: 'USD',
                streams: [],
              },
            }),
          ],
        },
        maxUsageCount: 2,
      },
    ]);
    // Before anyone presses anything: the hold, the reason box and the "anyway" button.
    expect(await screen.findByText('This tranche is on hold')).toBeTruthy();
    // In Braid's words, with the dates as the reader's language writes them.
    expect(
      screen.getByText(
        'the report for Jul 1, 2026 to Sep 30, 2026, due Oct 30, 2026, has not been submitted',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Release $100,000.00' })).toBeNull();
    const person = userEvent.setup();
    await person.type(screen.getByLabelText(/Reason to release it anyway/), 'Report agreed by phone');
    const anyway = screen.getByRole('button', { name: 'Release $100,000.00 anyway' });
    // The hold, and now the refusal beside it.
    await person.click(anyway);
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(2));
    await person.click(anyway);
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(2));
    // Two refusals later, the box and what was typed are still there.
    expect(screen.getByLabelText(/Reason to release it anyway/)).toHaveValue('Report agreed by phone');
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
    renderDialog([{ ...summary('30908400'), maxUsageCount: 5 }, preview(), refusal, refusal]);
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
      preview(),
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
    let summaryAnswered = false;
    const first = summary('30908400');
    renderDialog([
      {
        ...first,
        result: () => {
          summaryAnswered = true;
          return first.result;
        },
      },
      preview(),
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
    await waitFor(() => expect(summaryAnswered).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    await userEvent.click(await screen.findByRole('button', { name: 'Release $100,000.00' }));
    expect(await screen.findByText('The tranche was released.')).toBeTruthy();
    expect(await screen.findByText("The fund's cash on hand is now $209,084.00.")).toBeTruthy();
  });
});
