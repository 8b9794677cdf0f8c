import { ContributionStatus } from './contribution.entity';

/**
 * The contribution lifecycle: PLEDGED → PARTIALLY_RECEIVED → RECEIVED, or WRITTEN_OFF. The status
 * follows from the amounts; reversing a receipt recorded in error may move it back.
 */
export const CONTRIBUTION_TRANSITIONS: Record<ContributionStatus, readonly ContributionStatus[]> = {
  [ContributionStatus.PLEDGED]: [
    ContributionStatus.PARTIALLY_RECEIVED,
    ContributionStatus.RECEIVED,
    ContributionStatus.WRITTEN_OFF,
  ],
  [ContributionStatus.PARTIALLY_RECEIVED]: [
    ContributionStatus.PARTIALLY_RECEIVED,
    ContributionStatus.RECEIVED,
    ContributionStatus.WRITTEN_OFF,
    ContributionStatus.PLEDGED,
  ],
  [ContributionStatus.RECEIVED]: [ContributionStatus.PARTIALLY_RECEIVED, ContributionStatus.PLEDGED],
  [ContributionStatus.WRITTEN_OFF]: [],
};

export function canMoveContribution(from: ContributionStatus, to: ContributionStatus): boolean {
  return CONTRIBUTION_TRANSITIONS[from].includes(to);
}

/** The status the amounts describe (a write-off is recorded explicitly, never inferred). */
export function statusForAmounts(pledgedCents: bigint, receivedCents: bigint): ContributionStatus {
  if (receivedCents === 0n) return ContributionStatus.PLEDGED;
  return receivedCents >= pledgedCents ? ContributionStatus.RECEIVED : ContributionStatus.PARTIALLY_RECEIVED;
}
