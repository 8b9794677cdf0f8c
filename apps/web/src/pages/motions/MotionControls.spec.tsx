import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPage, type TestPerson } from '../../testing/render';
import { MotionControls } from './MotionControls';
import { CloseMotionMutation, MotionClosingPreviewQuery, WithdrawMotionMutation } from './operations';

const HSS = 'c-hss';
const MOTION = {
  id: 'mo-1',
  collaborativeId: HSS,
  status: 'OPEN' as const,
  movedByUserId: 'u-marcus',
  title: 'Fund the trust builders outreach program',
};

const CHAIR: TestPerson = {
  id: 'u-maria',
  displayName: 'María Sánchez',
  email: 'chair@demo.braid.example',
  preferredLanguage: 'EN',
  rules: [
    { action: 'read', subject: ['Motion', 'Tally'] },
    { action: ['open', 'close', 'update'], subject: 'Motion', conditions: { collaborativeId: HSS } },
  ],
};

/** One ballot of nine seats present: the case a real chair closed without noticing. */
const preview = (figures: Partial<Record<string, unknown>> = {}) => ({
  request: { query: MotionClosingPreviewQuery, variables: { id: MOTION.id } },
  result: {
    data: {
      motion: {
        __typename: 'Motion',
        id: MOTION.id,
        status: 'OPEN',
        closingPreview: {
          __typename: 'ClosingPreview',
          ballotsCast: 1,
          presentSeats: 9,
          presentWithoutBallot: 8,
          filledSeats: 9,
          recusedSeats: 0,
          quorumRequired: 5,
          quorumMet: true,
          threshold: 'SIMPLE_MAJORITY_OF_VOTES_CAST',
          thresholdBase: 1,
          yesRequired: 1,
          ...figures,
        },
      },
    },
  },
});

let closed = false;
const closeMutation = {
  request: { query: CloseMotionMutation, variables: { id: MOTION.id } },
  result: () => {
    closed = true;
    return {
      data: {
        closeMotion: {
          __typename: 'Motion',
          id: MOTION.id,
          status: 'CLOSED',
          outcome: 'PASSED',
          closedAt: '2026-11-23T19:00:00Z',
          tally: null,
        },
      },
    };
  },
};
let withdrawn = false;
const withdrawMutation = {
  request: { query: WithdrawMotionMutation, variables: { id: MOTION.id } },
  result: () => {
    withdrawn = true;
    return { data: { withdrawMotion: { __typename: 'Motion', id: MOTION.id, status: 'WITHDRAWN' } } };
  },
};

beforeEach(() => {
  closed = false;
  withdrawn = false;
});

describe('closing and withdrawing a vote', () => {
  it('shows the ballots against the seats present, quorum and threshold, and warns before closing', async () => {
    const onChanged = vi.fn();
    renderPage(<MotionControls motion={MOTION} onChanged={onChanged} />, {
      person: CHAIR,
      mocks: [preview(), closeMutation],
    });
    const person = userEvent.setup();
    await person.click(
      await screen.findByRole('button', { name: `Close the vote and count: “${MOTION.title}”` }),
    );
    expect(closed).toBe(false);

    const dialog = await screen.findByRole('dialog', { name: 'Close the vote and count?' });
    const figures = await within(dialog).findByTestId('closing-figures');
    expect(figures).toHaveTextContent('1 ballot cast by the 9 seats present.');
    expect(figures).toHaveTextContent('Quorum met: 9 seats present, 5 needed.');
    expect(figures).toHaveTextContent(
      'Threshold: a simple majority of votes cast. 1 yes votes needed out of 1.',
    );
    expect(figures).toHaveTextContent(
      '8 of the 9 seats present have not voted. Closing now decides the motion on 1 ballot',
    );

    await person.click(within(dialog).getByRole('button', { name: 'Close and count' }));
    await waitFor(() => expect(closed).toBe(true));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(onChanged).toHaveBeenCalled();
  });

  it('keeps the vote open when the chair steps back, and says a secret count sets its own base', async () => {
    renderPage(<MotionControls motion={MOTION} />, {
      person: CHAIR,
      mocks: [
        preview({
          presentWithoutBallot: 0,
          ballotsCast: 9,
          thresholdBase: null,
          yesRequired: null,
          quorumMet: false,
        }),
        closeMutation,
      ],
    });
    const person = userEvent.setup();
    await person.click(await screen.findByRole('button', { name: /^Close the vote and count/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Close the vote and count?' });
    const figures = await within(dialog).findByTestId('closing-figures');
    expect(figures).toHaveTextContent('How many yes votes are needed is set by the count itself.');
    expect(figures).not.toHaveTextContent('have not voted');
    expect(figures).toHaveTextContent('There is no quorum');
    await person.click(within(dialog).getByRole('button', { name: 'Keep the vote open' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(closed).toBe(false);
  });

  it('asks before withdrawing, and withdraws only on confirmation', async () => {
    renderPage(<MotionControls motion={MOTION} />, { person: CHAIR, mocks: [withdrawMutation] });
    const person = userEvent.setup();
    await person.click(await screen.findByRole('button', { name: `Withdraw: “${MOTION.title}”` }));
    const dialog = await screen.findByRole('dialog', { name: 'Withdraw this motion?' });
    expect(dialog).toHaveTextContent('Ballots already cast are kept but never counted.');
    expect(withdrawn).toBe(false);
    await person.click(within(dialog).getByRole('button', { name: 'Withdraw the motion' }));
    await waitFor(() => expect(withdrawn).toBe(true));
  });
});
