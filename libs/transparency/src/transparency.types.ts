import { BallotChoice, MotionKind, MotionOutcome, Sector } from '@braid/contracts';
import { FundingStreamKind } from '@braid/funds';
import { Money } from '@braid/kernel';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

/**
 * The public read model of a collaborative that publishes its transparency view. Every type here is
 * its own (never an entity), so a field added to a member-facing type cannot leak through it: no
 * person, no email, no attendance, no secret choice, no draft, no report narrative.
 */
@ObjectType({ description: 'What a collaborative tells the public about itself.' })
export class PublicCollaborative {
  @Field()
  name: string;

  @Field()
  slug: string;

  @Field()
  region: string;

  @Field()
  description: string;
}

@ObjectType({ description: "A seat's choice on a named (not secret) motion. Seats, never people." })
export class PublicSeatVote {
  @Field({ description: 'e.g. "Resident seat 1", "Health Plan of San Joaquin".' })
  seatName: string;

  @Field(() => Sector)
  sector: Sector;

  @Field(() => BallotChoice)
  choice: BallotChoice;
}

@ObjectType({ description: 'A closed motion: what was decided, when, and the tally.' })
export class PublicDecision {
  @Field(() => ID)
  motionId: string;

  @Field()
  title: string;

  @Field(() => MotionKind)
  kind: MotionKind;

  @Field(() => GraphQLISODateTime)
  decidedAt: Date;

  @Field(() => MotionOutcome)
  outcome: MotionOutcome;

  @Field({ description: 'Secret ballot: only the counts are public.' })
  secret: boolean;

  @Field(() => Int)
  yes: number;

  @Field(() => Int)
  no: number;

  @Field(() => Int)
  abstain: number;

  @Field(() => Int, { description: 'Seats that recused themselves (a conflict of interest).' })
  recused: number;

  @Field(() => [PublicSeatVote], { description: 'Named motions only; empty for secret ones.' })
  votes: PublicSeatVote[];
}

@ObjectType({ description: 'Money pledged and received from one kind of funder, in one currency.' })
export class PublicStreamKindTotal {
  @Field(() => FundingStreamKind)
  kind: FundingStreamKind;

  @Field(() => Int)
  streamCount: number;

  @Field(() => Money)
  pledged: Money;

  @Field(() => Money)
  received: Money;
}

@ObjectType({ description: 'Money awarded to grants and disbursed, for one purpose, in one currency.' })
export class PublicPurposeTotal {
  @Field()
  purpose: string;

  @Field(() => Int)
  grantCount: number;

  @Field(() => Money, { description: 'Committed to grants, net of cancelled tranches.' })
  committed: Money;

  @Field(() => Money)
  disbursed: Money;
}

@ObjectType({ description: 'Money awarded to and disbursed to one funded organization, in one currency.' })
export class PublicRecipientTotal {
  @Field()
  organizationName: string;

  @Field(() => Int)
  grantCount: number;

  @Field(() => Money)
  committed: Money;

  @Field(() => Money)
  disbursed: Money;
}

@ObjectType({ description: 'The fund in one currency: the sum over its streams.' })
export class PublicFundTotals {
  @Field()
  currency: string;

  @Field(() => Money)
  pledged: Money;

  @Field(() => Money)
  received: Money;

  @Field(() => Money)
  committed: Money;

  @Field(() => Money)
  disbursed: Money;

  @Field(() => Money, { description: 'Received and not yet disbursed.' })
  cashOnHand: Money;
}

@ObjectType({
  description: 'The public transparency view: decisions taken and where the money came from and went.',
})
export class Transparency {
  @Field(() => PublicCollaborative)
  collaborative: PublicCollaborative;

  @Field(() => [PublicDecision], { description: 'Closed motions, most recent first.' })
  decisions: PublicDecision[];

  @Field(() => [PublicFundTotals])
  totals: PublicFundTotals[];

  @Field(() => [PublicStreamKindTotal], { description: 'Dollars received, by kind of funding stream.' })
  receivedByStreamKind: PublicStreamKindTotal[];

  @Field(() => [PublicPurposeTotal], { description: 'Dollars committed and disbursed, by grant purpose.' })
  grantsByPurpose: PublicPurposeTotal[];

  @Field(() => [PublicRecipientTotal], {
    description: 'Dollars committed and disbursed, by funded organization.',
  })
  grantsByRecipient: PublicRecipientTotal[];
}
