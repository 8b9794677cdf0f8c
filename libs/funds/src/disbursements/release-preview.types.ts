import { Money } from '@braid/kernel';
import { Field, ObjectType } from '@nestjs/graphql';
import { FundingStream } from '../streams/funding-stream.entity';

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
  @Field(() => [String], {
    description:
      'Why the release would be refused unless overridden with a reason (e.g. a late report); empty when none.',
  })
  holds: string[];

  @Field(() => [ReleasePreviewDraw], {
    description: "The grant's streams in the order a release draws on them.",
  })
  draws: ReleasePreviewDraw[];

  @Field(() => Money, { description: 'How much the streams cannot cover together; zero when they can.' })
  shortfall: Money;
}
