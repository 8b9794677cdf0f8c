import { centsToDecimalString, type DisbursementHold, type FailureFigures } from '@braid/contracts';
import { BadInputError, ConflictError } from '@braid/kernel';
import { describeRestriction, type RestrictionBroken } from './streams/stream-restrictions';

/** An amount in messages and the audit log: "USD 1250.00". */
export const centsAsDollars = (cents: bigint, currency: string) =>
  `${currency} ${centsToDecimalString(cents)}`;
const dollars = centsAsDollars;

/** A restricted stream may not fund this grant (purpose, workgroup or dates). */
export class StreamRestricted extends BadInputError<'STREAM_RESTRICTED'> {
  constructor(streamName: string, broken: RestrictionBroken, fundingStreamId: string) {
    const why = describeRestriction(broken);
    super(
      'STREAM_RESTRICTED',
      `The funding stream "${streamName}" cannot fund this grant: ${why}.`,
      [{ field: 'allocations', messages: [`${streamName}: ${why}`] }],
      { fundingStreamId, streamName, ...broken },
    );
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
export class InsufficientFunds extends ConflictError<'INSUFFICIENT_FUNDS'> {
  constructor(what: 'uncommitted' | 'cash', shortfallCents: bigint, streams: Shortfall[], currency: string) {
    const held = streams.map(
      (stream) =>
        `"${stream.streamName}" has ${dollars(stream.availableCents, currency)} ${what === 'cash' ? 'in cash available for this grant' : 'not yet committed'}`,
    );
    super(
      'INSUFFICIENT_FUNDS',
      `Insufficient funds: ${held.join('; ')}; the shortfall is ${dollars(shortfallCents, currency)}.`,
      {
        what: what === 'cash' ? 'CASH' : 'UNCOMMITTED',
        shortfallCents: shortfallCents.toString(),
        currency,
        streams: streams.map((stream) => ({
          fundingStreamId: stream.fundingStreamId,
          name: stream.streamName,
          availableCents: stream.availableCents.toString(),
        })),
      },
    );
  }
}

export class PledgeExceedsAward extends BadInputError<'PLEDGE_EXCEEDS_AWARD'> {
  constructor(streamName: string, openCents: bigint, currency: string) {
    super(
      'PLEDGE_EXCEEDS_AWARD',
      `Pledges to "${streamName}" would exceed its award: only ${dollars(openCents, currency)} of it is not yet pledged.`,
      [{ field: 'amount', messages: ['exceeds the part of the award not yet pledged'] }],
      { streamName, openCents: openCents.toString(), currency },
    );
  }
}

export class OverReceipt extends BadInputError<'OVER_RECEIPT'> {
  constructor(outstandingCents: bigint, currency: string) {
    super(
      'OVER_RECEIPT',
      `That is more than the pledge: only ${dollars(outstandingCents, currency)} is still expected.`,
      [{ field: 'amount', messages: ['exceeds what is still expected on the pledge'] }],
      { outstandingCents: outstandingCents.toString(), currency },
    );
  }
}

export class CurrencyMismatch extends BadInputError<'CURRENCY_MISMATCH'> {
  constructor(field: string, expected: string, given: string) {
    super(
      'CURRENCY_MISMATCH',
      `This stream keeps its books in ${expected}; ${given} cannot be mixed in.`,
      [{ field, messages: [`must be ${expected}`] }],
      { expected, given },
    );
  }
}

export class AmountsDoNotAddUp extends BadInputError<'AMOUNTS_DO_NOT_ADD_UP'> {
  constructor(field: string, what: string) {
    super('AMOUNTS_DO_NOT_ADD_UP', `The ${what} must add up to the grant amount.`, [
      { field, messages: [`must add up to the grant amount`] },
    ]);
  }
}

const DATES_OUT_OF_ORDER: Record<FailureFigures['DATES_OUT_OF_ORDER']['rule'], string> = {
  GRANT_PERIOD: 'The grant period cannot end before it starts.',
  STREAM_PERIOD: 'The stream cannot end before it starts.',
  TRANCHE_OUTSIDE_PERIOD: 'Every tranche must be planned within the grant period.',
};

export class DatesOutOfOrder extends BadInputError<'DATES_OUT_OF_ORDER'> {
  constructor(field: string, rule: FailureFigures['DATES_OUT_OF_ORDER']['rule']) {
    const message = DATES_OUT_OF_ORDER[rule];
    super('DATES_OUT_OF_ORDER', message, [{ field, messages: [message] }], { rule });
  }
}

export class UnrestrictedStreamWithRestrictions extends BadInputError<'UNRESTRICTED_STREAM_WITH_RESTRICTIONS'> {
  constructor() {
    super(
      'UNRESTRICTED_STREAM_WITH_RESTRICTIONS',
      'An unrestricted stream cannot list allowed purposes or workgroups; mark it restricted.',
      [{ field: 'restricted', messages: ['must be true when purposes or workgroups are listed'] }],
    );
  }
}

export class FundingStreamNameTaken extends ConflictError<'FUNDING_STREAM_NAME_TAKEN'> {
  constructor(name: string) {
    super(
      'FUNDING_STREAM_NAME_TAKEN',
      `A funding stream named "${name}" already exists in this collaborative.`,
      {
        name,
      },
    );
    this.extensions['field'] = 'name';
  }
}

export class IdempotencyKeyReused extends ConflictError<'IDEMPOTENCY_KEY_REUSED'> {
  constructor() {
    super(
      'IDEMPOTENCY_KEY_REUSED',
      'That idempotency key was already used to release a different tranche; use a new key for each release.',
    );
  }
}

export class DisbursementOnHold extends ConflictError<'DISBURSEMENT_ON_HOLD'> {
  constructor(holds: DisbursementHold[]) {
    super('DISBURSEMENT_ON_HOLD', `This tranche is on hold: ${holds.map((hold) => hold.text).join('; ')}.`, {
      holds: holds.flatMap((hold) => hold.figures),
    });
  }
}

export class GrantExistsForMotion extends ConflictError<'GRANT_EXISTS_FOR_MOTION'> {
  constructor(motionId: string) {
    super(
      'GRANT_EXISTS_FOR_MOTION',
      'A grant already exists for that motion: a motion approves exactly one grant.',
      {
        approvingMotionId: motionId,
      },
    );
  }
}

const NOT_REVERSIBLE: Record<FailureFigures['NOT_REVERSIBLE']['rule'], string> = {
  IS_A_REVERSAL: 'it is itself a reversal',
  ALREADY_REVERSED: 'it has already been reversed',
  NOT_A_RECEIPT_OR_RELEASE:
    'only contribution receipts and tranche releases are reversed; write off a pledge or cancel a tranche instead',
  PLEDGE_WRITTEN_OFF: 'its pledge was written off since; the receipt stays part of the record',
  TRANCHE_PAID: 'the tranche has been paid to the partner',
  TRANCHE_NOT_RELEASED: 'the tranche is no longer released',
};

export class NotReversible extends ConflictError<'NOT_REVERSIBLE'> {
  constructor(rule: FailureFigures['NOT_REVERSIBLE']['rule']) {
    super('NOT_REVERSIBLE', `This ledger transaction cannot be reversed: ${NOT_REVERSIBLE[rule]}.`, { rule });
  }
}

export class WriteOffUncoversCommitments extends ConflictError<'WRITE_OFF_UNCOVERS_COMMITMENTS'> {
  constructor(streamName: string, uncommittedCents: bigint, writeOffCents: bigint, currency: string) {
    super(
      'WRITE_OFF_UNCOVERS_COMMITMENTS',
      `Writing off ${dollars(writeOffCents, currency)} would leave grants from "${streamName}" without the pledges they were committed against: only ${dollars(uncommittedCents, currency)} is uncommitted.`,
      {
        streamName,
        uncommittedCents: uncommittedCents.toString(),
        writeOffCents: writeOffCents.toString(),
        currency,
      },
    );
  }
}

export class AmountNotPositive extends BadInputError<'AMOUNT_NOT_POSITIVE'> {
  constructor(field: string) {
    super('AMOUNT_NOT_POSITIVE', 'An amount must be more than zero.', [
      { field, messages: ['must be more than zero'] },
    ]);
  }
}

export class StreamListedTwice extends BadInputError<'STREAM_LISTED_TWICE'> {
  constructor() {
    super('STREAM_LISTED_TWICE', 'List each funding stream once, with its whole allocation.', [
      { field: 'allocations', messages: ['lists a stream twice'] },
    ]);
  }
}

const NOT_APPROVING: Record<FailureFigures['NOT_AN_APPROVING_MOTION']['rule'], string> = {
  NO_SUCH_MOTION: 'no such motion',
  NOT_A_PASSED_FUNDING_MOTION: 'the motion is not a passed funding motion',
  OTHER_ORGANIZATION: 'the motion funds another organization',
  MORE_THAN_APPROVED: 'the grant is larger than the amount the motion approved',
};

/** A grant entered by hand must rest on the board's decision: a passed FUNDING motion. */
export class NotAnApprovingMotion extends BadInputError<'NOT_AN_APPROVING_MOTION'> {
  constructor(rule: FailureFigures['NOT_AN_APPROVING_MOTION']['rule']) {
    const reason = NOT_APPROVING[rule];
    super(
      'NOT_AN_APPROVING_MOTION',
      `A grant needs a passed funding motion of this collaborative: ${reason}.`,
      [{ field: 'approvingMotionId', messages: [reason] }],
      { rule },
    );
  }
}
