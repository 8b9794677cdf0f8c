import { centsToDecimalString } from '@braid/contracts';
import { BadInputError, ConflictError } from '@braid/kernel';

/** An amount in messages and the audit log: "USD 1250.00". */
export const centsAsDollars = (cents: bigint, currency: string) =>
  `${currency} ${centsToDecimalString(cents)}`;
const dollars = centsAsDollars;

/** A restricted stream may not fund this grant (purpose, workgroup or dates). */
export class StreamRestricted extends BadInputError {
  constructor(streamName: string, why: string, fundingStreamId: string) {
    super(`The funding stream "${streamName}" cannot fund this grant: ${why}.`, [
      { field: 'allocations', messages: [`${streamName}: ${why}`] },
    ]);
    this.extensions['reason'] = 'StreamRestricted';
    this.extensions['fundingStreamId'] = fundingStreamId;
  }
}

export interface Shortfall {
  fundingStreamId: string;
  streamName: string;
  availableCents: bigint;
}

/**
 * Not enough money where it is needed: uncommitted money for a new grant, or cash for a release.
 * Names each stream, what it has, and how much is missing.
 */
export class InsufficientFunds extends ConflictError {
  constructor(what: 'uncommitted' | 'cash', shortfallCents: bigint, streams: Shortfall[], currency: string) {
    const held = streams.map(
      (stream) =>
        `"${stream.streamName}" has ${dollars(stream.availableCents, currency)} ${what === 'cash' ? 'in cash available for this grant' : 'not yet committed'}`,
    );
    super(`Insufficient funds: ${held.join('; ')}; the shortfall is ${dollars(shortfallCents, currency)}.`, {
      reason: 'InsufficientFunds',
      shortfallCents: shortfallCents.toString(),
      streams: streams.map((stream) => ({
        fundingStreamId: stream.fundingStreamId,
        name: stream.streamName,
        availableCents: stream.availableCents.toString(),
      })),
    });
  }
}

export class PledgeExceedsAward extends BadInputError {
  constructor(streamName: string, openCents: bigint, currency: string) {
    super(
      `Pledges to "${streamName}" would exceed its award: only ${dollars(openCents, currency)} of it is not yet pledged.`,
      [{ field: 'amount', messages: ['exceeds the part of the award not yet pledged'] }],
    );
  }
}

export class OverReceipt extends BadInputError {
  constructor(outstandingCents: bigint, currency: string) {
    super(`That is more than the pledge: only ${dollars(outstandingCents, currency)} is still expected.`, [
      { field: 'amount', messages: ['exceeds what is still expected on the pledge'] },
    ]);
  }
}

export class CurrencyMismatch extends BadInputError {
  constructor(field: string, expected: string, given: string) {
    super(`This stream keeps its books in ${expected}; ${given} cannot be mixed in.`, [
      { field, messages: [`must be ${expected}`] },
    ]);
  }
}

export class AmountsDoNotAddUp extends BadInputError {
  constructor(field: string, what: string) {
    super(`The ${what} must add up to the grant amount.`, [
      { field, messages: [`must add up to the grant amount`] },
    ]);
  }
}

export class DatesOutOfOrder extends BadInputError {
  constructor(field: string, message: string) {
    super(message, [{ field, messages: [message] }]);
  }
}

export class UnrestrictedStreamWithRestrictions extends BadInputError {
  constructor() {
    super('An unrestricted stream cannot list allowed purposes or workgroups; mark it restricted.', [
      { field: 'restricted', messages: ['must be true when purposes or workgroups are listed'] },
    ]);
  }
}

export class FundingStreamNameTaken extends ConflictError {
  constructor(name: string) {
    super(`A funding stream named "${name}" already exists in this collaborative.`, { field: 'name' });
  }
}

export class IllegalTransition extends ConflictError {
  constructor(what: string, from: string, to: string, hint?: string) {
    super(
      `A ${what} that is ${from.toLowerCase()} cannot become ${to.toLowerCase()}.${hint ? ` ${hint}` : ''}`,
      { from, to },
    );
  }
}

export class IdempotencyKeyReused extends ConflictError {
  constructor() {
    super(
      'That idempotency key was already used to release a different tranche; use a new key for each release.',
      {
        reason: 'IdempotencyKeyReused',
      },
    );
  }
}

export class DisbursementOnHold extends ConflictError {
  constructor(reasons: string[]) {
    super(`This tranche is on hold: ${reasons.join('; ')}.`, {
      reason: 'DisbursementOnHold',
      holds: reasons,
    });
  }
}

export class GrantExistsForMotion extends ConflictError {
  constructor(motionId: string) {
    super('A grant already exists for that motion: a motion approves exactly one grant.', {
      approvingMotionId: motionId,
    });
  }
}

export class NotReversible extends ConflictError {
  constructor(why: string) {
    super(`This ledger transaction cannot be reversed: ${why}.`, { reason: 'NotReversible' });
  }
}

export class WriteOffUncoversCommitments extends ConflictError {
  constructor(streamName: string, uncommittedCents: bigint, writeOffCents: bigint, currency: string) {
    super(
      `Writing off ${dollars(writeOffCents, currency)} would leave grants from "${streamName}" without the pledges they were committed against: only ${dollars(uncommittedCents, currency)} is uncommitted.`,
      { reason: 'InsufficientFunds' },
    );
  }
}

export class AmountNotPositive extends BadInputError {
  constructor(field: string) {
    super('An amount must be more than zero.', [{ field, messages: ['must be more than zero'] }]);
  }
}

export class StreamListedTwice extends BadInputError {
  constructor() {
    super('List each funding stream once, with its whole allocation.', [
      { field: 'allocations', messages: ['lists a stream twice'] },
    ]);
  }
}

/** A grant entered by hand must rest on the board's decision: a passed FUNDING motion. */
export class NotAnApprovingMotion extends BadInputError {
  constructor(reason: string) {
    super(`A grant needs a passed funding motion of this collaborative: ${reason}.`, [
      { field: 'approvingMotionId', messages: [reason] },
    ]);
  }
}
