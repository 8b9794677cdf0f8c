import { Lifecycle, RequestContext } from '@braid/kernel';
import { DisbursementStatus } from './disbursement-status';
import { DisbursementTransition } from './disbursement-transition.entity';
import { Disbursement } from './disbursement.entity';

// The states are named where their moves are, as they always were; only the entities import them
// from disbursement-status.ts, since this file imports the history entity.
export { DisbursementStatus };

const { SCHEDULED, RELEASED, PAID, CANCELLED } = DisbursementStatus;

/** What the history row says beside the move: why, and the ledger posting it made, if any. */
export interface DisbursementMoveDetails {
  reason: string | null;
  ledgerTransactionId: string | null;
}

/** What may happen to a tranche, and why each move exists; every move leaves a history row. */
export const DISBURSEMENT_LIFECYCLE = new Lifecycle<
  DisbursementStatus,
  'release' | 'cancel' | 'markPaid' | 'reverseRelease',
  Disbursement,
  DisbursementMoveDetails
>({
  subject: 'tranche',
  transitions: [
    // The fund administrator releases the money: the ledger posts and the stream's cash drops.
    { from: SCHEDULED, to: RELEASED, name: 'release' },
    // A tranche the board no longer wants paid goes back to its streams' uncommitted money.
    { from: SCHEDULED, to: CANCELLED, name: 'cancel' },
    // The payment reached the partner.
    { from: RELEASED, to: PAID, name: 'markPaid' },
    // A release made in error is reversed in the ledger; only then may the tranche be cancelled.
    { from: RELEASED, to: SCHEDULED, name: 'reverseRelease' },
  ],
  refusals: [
    {
      from: RELEASED,
      to: CANCELLED,
      rule: 'REVERSE_RELEASE_FIRST',
      advice: 'Reverse its release in the ledger first (reverseLedgerTransaction), then cancel it.',
    },
  ],
  onTransition: ({ ctx, record, from, to, details }) => recordMove(ctx, record, from, to, details),
});

/** The tranche's history (its `history` field): who moved it, when and why. */
async function recordMove(
  ctx: RequestContext,
  disbursement: Disbursement,
  fromStatus: DisbursementStatus,
  toStatus: DisbursementStatus,
  { reason, ledgerTransactionId }: DisbursementMoveDetails,
): Promise<void> {
  await ctx.em.insert(DisbursementTransition, {
    collaborativeId: disbursement.collaborativeId,
    disbursementId: disbursement.id,
    fromStatus,
    toStatus,
    reason,
    ledgerTransactionId,
    byUserId: ctx.actorUserId,
    byName: ctx.principal?.displayName ?? 'Braid (system)',
  });
}
