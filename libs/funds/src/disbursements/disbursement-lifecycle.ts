import { registerEnumType } from '@nestjs/graphql';

export enum DisbursementStatus {
  SCHEDULED = 'SCHEDULED',
  RELEASED = 'RELEASED',
  PAID = 'PAID',
  CANCELLED = 'CANCELLED',
}
registerEnumType(DisbursementStatus, { name: 'DisbursementStatus' });

/** What may happen to a tranche, and why each move exists (docs/CONVENTIONS.md, rule 5). */
export const DISBURSEMENT_TRANSITIONS: readonly {
  from: DisbursementStatus;
  to: DisbursementStatus;
  via: string;
}[] = [
  // The fund administrator releases the money: the ledger posts and the stream's cash drops.
  { from: DisbursementStatus.SCHEDULED, to: DisbursementStatus.RELEASED, via: 'release' },
  // A tranche the board no longer wants paid goes back to its streams' uncommitted money.
  { from: DisbursementStatus.SCHEDULED, to: DisbursementStatus.CANCELLED, via: 'cancel' },
  // The payment reached the partner.
  { from: DisbursementStatus.RELEASED, to: DisbursementStatus.PAID, via: 'markPaid' },
  // A release made in error is reversed in the ledger; only then may the tranche be cancelled.
  { from: DisbursementStatus.RELEASED, to: DisbursementStatus.SCHEDULED, via: 'reverseRelease' },
];

export function canMoveDisbursement(from: DisbursementStatus, to: DisbursementStatus): boolean {
  return DISBURSEMENT_TRANSITIONS.some((transition) => transition.from === from && transition.to === to);
}
