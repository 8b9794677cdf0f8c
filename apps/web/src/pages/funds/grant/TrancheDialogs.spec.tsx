import { GraphQLError } from 'graphql';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPage, type TestPerson } from '../../../testing/render';
import {
  CancelDisbursementMutation,
  MarkDisbursementPaidMutation,
  ReverseReleaseMutation,
} from './operations';
import { CancelTrancheDialog, MarkPaidDialog, ReverseReleaseDialog } from './TrancheDialogs';

const HSS = 'c-hss';

const fundAdmin = (preferredLanguage: 'EN' | 'ES' = 'EN'): TestPerson => ({
  id: 'u-funds',
  displayName: 'Linh Tran',
  email: 'funds@demo.braid.example',
  preferredLanguage,
  rules: [
    { action: 'update', subject: 'Disbursement', conditions: { collaborativeId: HSS } },
    { action: 'reverse', subject: 'LedgerTransaction', conditions: { collaborativeId: HSS } },
  ],
});

/** A mock's variables matcher that accepts any input and keeps it, to check what was sent. */
const recordInto = (sent: unknown[]) => (variables: { input: unknown }) => {
  sent.push(variables.input);
  return true;
};

const tranche = {
  id: 'd-3',
  sequence: 3,
  plannedOn: '2027-10-12',
  amount: { cents: '10000000', currency: 'USD' },
};

describe('marking a released tranche paid', () => {
  it('sends the payment reference trimmed, and says the tranche is paid', async () => {
    const sent: unknown[] = [];
    const { user } = renderMarkPaid([
      {
        request: {
          query: MarkDisbursementPaidMutation,
          variables: recordInto(sent),
        },
        result: {
          data: {
            markDisbursementPaid: {
              __typename: 'Disbursement' as const,
              id: 'd-3',
              status: 'PAID' as const,
              paidAt: '2027-10-14T16:00:00.000Z',
            },
          },
        },
      },
    ]);
    expect(
      await screen.findByText(/\$100,000\.00 was released to Stockton Trauma Recovery Center/),
    ).toBeTruthy();
    await user.type(screen.getByLabelText('Payment reference'), '  ACH 20271014-7  ');
    await user.click(screen.getByRole('button', { name: 'Mark paid' }));
    expect(await screen.findByText('Tranche 3 is recorded as paid.')).toBeTruthy();
    expect(sent).toEqual([{ disbursementId: 'd-3', paymentReference: 'ACH 20271014-7' }]);
  });

  it('sends no reference when none is given, and shows a refusal in the API’s words', async () => {
    const sent: unknown[] = [];
    const { user } = renderMarkPaid([
      {
        request: {
          query: MarkDisbursementPaidMutation,
          variables: recordInto(sent),
        },
        result: {
          errors: [
            new GraphQLError('A tranche cannot go from SCHEDULED to PAID.', {
              extensions: {
                code: 'CONFLICT',
                reason: 'ILLEGAL_TRANSITION',
                subject: 'tranche',
                from: 'SCHEDULED',
                to: 'PAID',
              },
            }),
          ],
        },
      },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Mark paid' }));
    expect(
      await screen.findByText('This tranche cannot make that change in its current state.'),
    ).toBeTruthy();
    expect(screen.queryByText(/SCHEDULED to PAID/)).toBeNull();
    expect(sent).toEqual([{ disbursementId: 'd-3', paymentReference: null }]);
    expect(screen.queryByText('Tranche 3 is recorded as paid.')).toBeNull();
  });
});

describe('cancelling a scheduled tranche', () => {
  it('asks for a reason before sending anything, then cancels with it', async () => {
    const sent: unknown[] = [];
    const { user } = renderCancel([
      {
        request: {
          query: CancelDisbursementMutation,
          variables: recordInto(sent),
        },
        result: {
          data: {
            cancelDisbursement: {
              __typename: 'Disbursement' as const,
              id: 'd-3',
              status: 'CANCELLED' as const,
            },
          },
        },
      },
    ]);
    expect(
      await screen.findByText(/The \$100,000\.00 planned for Stockton Trauma Recovery Center/),
    ).toBeTruthy();
    const confirm = screen.getByRole('button', { name: 'Cancel $100,000.00' });
    await user.type(screen.getByLabelText(/Why is it cancelled\?/), '   ');
    await user.click(confirm);
    expect(await screen.findByText('Say why the tranche is cancelled.')).toBeTruthy();
    expect(sent).toEqual([]);
    await user.type(screen.getByLabelText(/Why is it cancelled\?/), 'Program closed early');
    await user.click(confirm);
    expect(await screen.findByText('Tranche 3 is cancelled.')).toBeTruthy();
    expect(sent).toEqual([{ disbursementId: 'd-3', reason: 'Program closed early' }]);
  });

  it('speaks Spanish to a Spanish-speaking administrator', async () => {
    renderCancel([], 'ES');
    expect(await screen.findByText('Anular el desembolso 3')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Conservar el desembolso' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: /^Anular/ }));
    expect(await screen.findByText('Indique por qué se anula el desembolso.')).toBeTruthy();
  });
});

describe('reversing a release recorded in error', () => {
  it('needs a reason, then reverses the release’s ledger transaction with it', async () => {
    const sent: unknown[] = [];
    renderPage(
      <ReverseReleaseDialog
        onClose={() => undefined}
        tranche={tranche}
        recipient="Stockton Trauma Recovery Center"
        releaseTransactionId="t-release-3"
      />,
      {
        person: fundAdmin(),
        mocks: [
          {
            request: {
              query: ReverseReleaseMutation,
              variables: recordInto(sent),
            },
            result: {
              data: {
                reverseLedgerTransaction: { __typename: 'LedgerTransaction' as const, id: 't-reversal' },
              },
            },
          },
        ],
      },
    );
    const user = userEvent.setup();
    expect(await screen.findByText(/puts the \$100,000\.00 back in the cash of the streams/)).toBeTruthy();
    const confirm = screen.getByRole('button', { name: 'Reverse $100,000.00' });
    await user.click(confirm);
    expect(await screen.findByText('Say why the release is reversed.')).toBeTruthy();
    expect(sent).toEqual([]);
    await user.type(
      screen.getByLabelText(/What was wrong with the release\?/),
      ' Paid to the wrong account ',
    );
    await user.click(confirm);
    expect(
      await screen.findByText('The release of tranche 3 is reversed; the tranche is scheduled again.'),
    ).toBeTruthy();
    expect(sent).toEqual([{ ledgerTransactionId: 't-release-3', reason: 'Paid to the wrong account' }]);
  });
});

type Mocks = Parameters<typeof renderPage>[1]['mocks'];

function renderMarkPaid(mocks: Mocks) {
  renderPage(
    <MarkPaidDialog
      onClose={() => undefined}
      tranche={tranche}
      recipient="Stockton Trauma Recovery Center"
    />,
    { person: fundAdmin(), mocks },
  );
  return { user: userEvent.setup() };
}

function renderCancel(mocks: Mocks, language: 'EN' | 'ES' = 'EN') {
  renderPage(
    <CancelTrancheDialog
      onClose={() => undefined}
      tranche={tranche}
      recipient="Stockton Trauma Recovery Center"
    />,
    { person: fundAdmin(language), mocks },
  );
  return { user: userEvent.setup() };
}
