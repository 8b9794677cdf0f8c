import { Lifecycle } from '@braid/kernel';
import { ContributionStatus } from './contribution.entity';

const { PLEDGED, PARTIALLY_RECEIVED, RECEIVED, WRITTEN_OFF } = ContributionStatus;

/**
 * The contribution lifecycle: PLEDGED → PARTIALLY_RECEIVED → RECEIVED, or WRITTEN_OFF. The status
 * follows from the amounts; reversing a receipt recorded in error may move it back.
 */
export const CONTRIBUTION_LIFECYCLE = new Lifecycle<
  ContributionStatus,
  'receive' | 'writeOff' | 'reverseReceipt'
>({
  subject: 'contribution',
  transitions: [
    { from: PLEDGED, to: PARTIALLY_RECEIVED, name: 'receive' },
    { from: PLEDGED, to: RECEIVED, name: 'receive' },
    { from: PLEDGED, to: WRITTEN_OFF, name: 'writeOff' },
    // A second receipt that still leaves part of the pledge open.
    { from: PARTIALLY_RECEIVED, to: PARTIALLY_RECEIVED, name: 'receive' },
    { from: PARTIALLY_RECEIVED, to: RECEIVED, name: 'receive' },
    { from: PARTIALLY_RECEIVED, to: WRITTEN_OFF, name: 'writeOff' },
    { from: PARTIALLY_RECEIVED, to: PLEDGED, name: 'reverseReceipt' },
    { from: RECEIVED, to: PARTIALLY_RECEIVED, name: 'reverseReceipt' },
    { from: RECEIVED, to: PLEDGED, name: 'reverseReceipt' },
  ],
  // A write-off is final: money that arrives after all is a new pledge.
  refusals: [
    {
      from: WRITTEN_OFF,
      to: PARTIALLY_RECEIVED,
      rule: 'RECORD_NEW_PLEDGE',
      advice: 'Record a new pledge instead.',
    },
  ],
});

/** The status the amounts describe (a write-off is recorded explicitly, never inferred). */
export function statusForAmounts(pledgedCents: bigint, receivedCents: bigint): ContributionStatus {
  if (receivedCents === 0n) return ContributionStatus.PLEDGED;
  return receivedCents >= pledgedCents ? ContributionStatus.RECEIVED : ContributionStatus.PARTIALLY_RECEIVED;
}
