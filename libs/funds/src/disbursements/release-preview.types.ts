import type { DisbursementHoldFigure } from '@braid/contracts';
import { LocalDateScalar, Money } from '@braid/kernel';
import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { FundingStream } from '../streams/funding-stream.entity';

/** Why a tranche is held back: the same kinds the refusal names in `extensions.holds`. */
export enum DisbursementHoldKind {
  REPORT_LATE = 'REPORT_LATE',
  REPORT_CHANGES_REQUESTED = 'REPORT_CHANGES_REQUESTED',
}
registerEnumType(DisbursementHoldKind, { name: 'DisbursementHoldKind' });

@ObjectType({
  description:
    'One reason a tranche is held, as figures the client words in the reader\'s language (the same as a refused release carries in extensions.holds).',
})
export class ReleaseHold {
  @Field(() => DisbursementHoldKind)
  hold: DisbursementHoldKind;

  @Field(() => LocalDateScalar)
  periodStart: string;

  @Field(() => LocalDateScalar)
  periodEnd: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When the late report was due (REPORT_LATE).' })
  dueOn?: string | null;
}

/** The GraphQL shape of a hold's figures. */
export function releaseHold(figure: DisbursementHoldFigure): ReleaseHold {
  return {
    hold: figure.hold as DisbursementHoldKind,
    periodStart: figure.periodStart,
    periodEnd: figure.periodEnd,
    dueOn: figure.hold === 'REPORT_LATE' ? figure.dueOn : null,
  };
}

@ObjectType({
  description: 'One stream a planned tranche would be paid from, as a release would plan it now.',
})
export class ReleasePreviewDraw {
  @Field(() => FundingStream)
  fundingStream: FundingStream;

  @Field(() => Money, { description: "The stream's cash on hand now (across every grant it pays)." })
  cashNow: Money;

  @Field(() => Money, {
    description: 'What this tranche would take from the stream (zero when it is not needed).',
  })
  draw: Money;

  @Field(() => Money, { description: "The stream's cash on hand after the release." })
  cashAfter: Money;
}

/**
 * What releasing a planned tranche would do, computed by the same code as the release (the holds
 * registered with DisbursementHolds and planDraws over the grant's streams), without locking:
 * another release may still come first, and the release itself has the last word.
 */
@ObjectType()
export class ReleasePreview {
  @Field(() => [ReleaseHold], {
    description:
      'Why the release would be refused unless overridden with a reason (e.g. a late report); empty when none.',
  })
  holds: ReleaseHold[];

  @Field(() => [ReleasePreviewDraw], {
    description: "The grant's streams in the order a release draws on them.",
  })
  draws: ReleasePreviewDraw[];

  @Field(() => Money, { description: 'How much the streams cannot cover together; zero when they can.' })
  shortfall: Money;
}
