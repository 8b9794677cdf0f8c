import { GraphQLError } from 'graphql';
import userEvent from '@testing-library/user-event';
import { screen, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import type { Language, LedgerSource } from '../../../graphql/generated/graphql';
import { renderPage, type TestPerson } from '../../../testing/render';
import { HSS, usd } from '../funders/traceability.fixtures';
import { LEDGER_PAGE_SIZE, LedgerPage } from './LedgerPage';
import { LedgerStreamsQuery, LedgerTransactionsQuery } from './operations';

const GRANT = 'g-trc';

/** The chair, who reads the fund's ledger (as the whole leadership team does). */
const ledgerReader = (preferredLanguage: Language): TestPerson => ({
  id: 'u-chair',
  displayName: 'Daniel Okafor',
  email: 'chair@demo.braid.example',
  preferredLanguage,
  rules: [{ action: 'read', subject: 'LedgerTransaction', conditions: { collaborativeId: HSS } }],
});

const OVC = { __typename: 'FundingStream' as const, id: 's-ovc', name: 'OVC victim services' };
const COUNTY = { __typename: 'FundingStream' as const, id: 's-county', name: 'County ARPA' };
const TRC = { __typename: 'Grant' as const, id: GRANT, title: 'Stockton TRC, year one' };
const PARTNER = { __typename: 'Organization' as const, id: 'o-trc', name: 'Stockton TRC' };

const entry = (
  id: string,
  kind: string,
  cents: string,
  owner: { grant?: typeof TRC; organization?: typeof PARTNER } = {},
) => ({
  __typename: 'LedgerEntry' as const,
  id,
  amount: usd(cents),
  account: {
    __typename: 'LedgerAccount' as const,
    id: `a-${id}`,
    kind,
    fundingStream: OVC,
    grant: owner.grant ?? null,
    organization: owner.organization ?? null,
  },
});

const release = {
  __typename: 'LedgerTransaction' as const,
  id: 't-release',
  source: 'DISBURSEMENT_RELEASE' as const,
  // Braid wrote this memo: the page says it from its names, in the reader's language.
  memo: 'Release of tranche 1 of grant 6f1c…',
  memoParts: {
    __typename: 'LedgerMemo' as const,
    kind: 'TRANCHE_RELEASE' as const,
    grantTitle: 'Stockton Trauma Recovery Center',
    motionTitle: null,
    trancheNumber: 1,
  },
  postedAt: '2026-03-02T17:30:00Z',
  postedByName: 'Marisol Vega',
  entries: [
    entry('e1', 'GRANT_COMMITTED', '5000050', { grant: TRC }),
    entry('e2', 'GRANT_DISBURSED', '-5000050', { grant: TRC }),
    entry('e3', 'STREAM_CASH', '-5000050'),
    entry('e4', 'ORGANIZATION_RECEIVED', '5000050', { organization: PARTNER }),
  ],
};

const receipt = {
  __typename: 'LedgerTransaction' as const,
  id: 't-receipt',
  source: 'CONTRIBUTION_RECEIPT' as const,
  memo: 'County payment, first quarter',
  memoParts: null,
  postedAt: '2026-01-15T15:00:00Z',
  postedByName: 'Marisol Vega',
  entries: [entry('e5', 'STREAM_CASH', '20000000'), entry('e6', 'STREAM_RECEIVABLE', '-20000000')],
};

function ledger(
  nodes: object[],
  {
    source = null,
    grantId = null,
    after,
    hasNextPage = false,
    filters = {},
  }: {
    source?: LedgerSource | null;
    grantId?: string | null;
    after?: string;
    hasNextPage?: boolean;
    filters?: { fundingStreamId?: string; postedFrom?: string; postedBefore?: string };
  } = {},
): MockLink.MockedResponse {
  return {
    request: {
      query: LedgerTransactionsQuery,
      variables: {
        collaborativeId: HSS,
        first: LEDGER_PAGE_SIZE,
        source,
        grantId,
        ...filters,
        ...(after && { after }),
      },
    },
    result: {
      data: {
        ledgerTransactions: {
          __typename: 'LedgerTransactionConnection' as const,
          nodes,
          pageInfo: { __typename: 'PageInfo' as const, endCursor: after ? 'c-2' : 'c-1', hasNextPage },
        },
      },
    },
  };
}

const streams: MockLink.MockedResponse = {
  request: { query: LedgerStreamsQuery, variables: { collaborativeId: HSS } },
  result: { data: { fundingStreams: [OVC, COUNTY] } },
};

function show(person: TestPerson, mocks: MockLink.MockedResponse[], search = '') {
  return renderPage(<LedgerPage />, {
    person,
    mocks: [streams, ...mocks],
    path: '/collaboratives/:collaborativeId/funds/ledger',
    url: `/collaboratives/${HSS}/funds/ledger${search}`,
  });
}

describe('the ledger page', () => {
  it('shows each transaction with its entries split into balanced debits and credits', async () => {
    show(ledgerReader('EN'), [ledger([release])]);
    const card = await screen.findByRole('listitem');
    expect(
      within(card).getByRole('heading', { level: 2, name: /^Tranche released · Mar 2, 2026/ }),
    ).toBeInTheDocument();
    expect(within(card).getByText('Tranche 1 of “Stockton Trauma Recovery Center”')).toBeInTheDocument();
    expect(within(card).queryByText(release.memo)).toBeNull();
    expect(within(card).getByText('Posted by Marisol Vega')).toBeInTheDocument();

    const table = within(card).getByRole('group', { name: /^Entries: Tranche released,/ });
    const cells = (name: string) =>
      within(within(table).getByRole('rowheader', { name }).closest('tr') as HTMLElement)
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    // Debit positive, credit negative, both shown as positive amounts in their own column.
    // Each account says whose it is: the grant or partner, and the stream.
    expect(cells('Grant: committed, not yet released Stockton TRC, year one · OVC victim services')).toEqual([
      '$50,000.50',
      '',
    ]);
    expect(cells('Grant: released Stockton TRC, year one · OVC victim services')).toEqual(['', '$50,000.50']);
    expect(cells('Stream: cash on hand OVC victim services')).toEqual(['', '$50,000.50']);
    expect(cells('Partner organization: received Stockton TRC · OVC victim services')).toEqual([
      '$50,000.50',
      '',
    ]);
    // The totals say which side they are, and why a release adds up to twice the tranche.
    expect(cells('Totals')).toEqual(['Debits $100,001.00', 'Credits $100,001.00']);
    expect(within(card).getByText('Balanced: debits equal credits.')).toBeInTheDocument();
    expect(within(card).getByTestId('release-sides')).toHaveTextContent(/each side totals twice the tranche/);
    expect(screen.getByText('1 movement shown')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load older movements' })).toBeNull();
  });

  it('asks the API for one kind of movement when the filter is chosen', async () => {
    show(ledgerReader('EN'), [
      ledger([release, receipt]),
      ledger([receipt], { source: 'CONTRIBUTION_RECEIPT' }),
    ]);
    expect(await screen.findAllByRole('listitem')).toHaveLength(2);
    await userEvent.selectOptions(screen.getByLabelText('Kind of movement'), 'Money received');
    // Only the mocked answer for source CONTRIBUTION_RECEIPT has a single transaction.
    expect(await screen.findByText('1 movement shown')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: /^Money received/ })).toBeInTheDocument();
    expect(screen.queryByText('Tranche 1 of “Stockton Trauma Recovery Center”')).toBeNull();
  });

  it('asks the API for one stream and a range of days, from the start of the first day to the end of the last', async () => {
    const from = new Date(2026, 2, 1).toISOString();
    const before = new Date(2026, 3, 1).toISOString();
    show(ledgerReader('EN'), [
      ledger([release, receipt]),
      ledger([release], { filters: { fundingStreamId: OVC.id } }),
      ledger([release], { filters: { fundingStreamId: OVC.id, postedFrom: from } }),
      ledger([], { filters: { fundingStreamId: OVC.id, postedFrom: from, postedBefore: before } }),
    ]);
    expect(await screen.findByText('2 movements shown')).toBeInTheDocument();
    const person = userEvent.setup();
    await screen.findByRole('option', { name: 'OVC victim services' });
    await person.selectOptions(screen.getByLabelText('Funding stream'), 'OVC victim services');
    expect(await screen.findByText('1 movement shown')).toBeInTheDocument();
    await person.type(screen.getByLabelText('From'), '2026-03-01');
    await person.type(screen.getByLabelText('To'), '2026-03-31');
    // Only the mocked answer with all three filters is empty.
    expect(await screen.findByText('No movements to show.')).toBeInTheDocument();
  });

  it('narrows to one grant from the grant page, with a way back to it', async () => {
    show(ledgerReader('EN'), [ledger([release], { grantId: GRANT })], `?grantId=${GRANT}`);
    expect(await screen.findByText('Tranche 1 of “Stockton Trauma Recovery Center”')).toBeInTheDocument();
    expect(screen.getByText(/^Only the movements of one grant are shown\./)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the grant' })).toHaveAttribute(
      'href',
      `/collaboratives/${HSS}/funds/grants/${GRANT}`,
    );
  });

  it('loads older movements below the ones shown', async () => {
    show(ledgerReader('EN'), [ledger([release], { hasNextPage: true }), ledger([receipt], { after: 'c-1' })]);
    await userEvent.click(await screen.findByRole('button', { name: 'Load older movements' }));
    expect(await screen.findByText('2 movements shown')).toBeInTheDocument();
    const cards = screen.getAllByRole('listitem');
    expect(within(cards[0]).getByText('Tranche 1 of “Stockton Trauma Recovery Center”')).toBeInTheDocument();
    expect(within(cards[1]).getByText(receipt.memo)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load older movements' })).toBeNull();
  });

  it('says when there is nothing to show', async () => {
    show(ledgerReader('EN'), [ledger([])]);
    expect(await screen.findByText('No movements to show.')).toBeInTheDocument();
    expect(screen.queryByRole('listitem')).toBeNull();
  });

  it('shows the API’s refusal, with a way to try again', async () => {
    show(ledgerReader('EN'), [
      {
        request: {
          query: LedgerTransactionsQuery,
          variables: { collaborativeId: HSS, first: LEDGER_PAGE_SIZE, source: null, grantId: null },
        },
        result: { errors: [new GraphQLError('Forbidden', { extensions: { code: 'FORBIDDEN' } })] },
      },
    ]);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('You are not allowed to do this.')).toBeInTheDocument();
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('reads in Spanish, amounts as in es-US', async () => {
    show(ledgerReader('ES'), [ledger([receipt])]);
    const card = await screen.findByRole('listitem');
    expect(within(card).getByRole('heading', { level: 2, name: /^Dinero recibido · / })).toBeInTheDocument();
    expect(within(card).getByText('Registrado por Marisol Vega')).toBeInTheDocument();
    expect(within(card).getByRole('columnheader', { name: 'Débito' })).toBeInTheDocument();
    expect(
      within(card).getByRole('rowheader', { name: 'Fuente: efectivo disponible OVC victim services' }),
    ).toBeInTheDocument();
    expect(within(card).getAllByText('$200,000.00')).toHaveLength(2);
    expect(within(card).getByText('Débitos $200,000.00')).toBeInTheDocument();
    expect(within(card).getByText('Créditos $200,000.00')).toBeInTheDocument();
    expect(within(card).getByText('Cuadrado: los débitos igualan a los créditos.')).toBeInTheDocument();
    expect(screen.getByLabelText('Tipo de movimiento')).toBeInTheDocument();
  });
});
