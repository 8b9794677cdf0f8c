import { Money } from '@braid/kernel';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description: 'Target and actual of one metric in one scope; actual counts accepted reports only.',
})
export class OutcomeFigures {
  @Field(() => Float, {
    description:
      'Whole people everywhere; a stream or funder is credited its share of each grant by largest remainder, so shares add up to the grant.',
  })
  target: number;

  @Field(() => Float)
  actual: number;

  @Field(() => Float, {
    nullable: true,
    description: 'actual / target × 100, one decimal; null without a target.',
  })
  percentAchieved: number | null;
}

@ObjectType()
export class GrantOutcome extends OutcomeFigures {
  @Field(() => ID)
  grantId: string;

  @Field()
  grantTitle: string;

  @Field()
  organizationName: string;
}

@ObjectType()
export class PeriodOutcome extends OutcomeFigures {
  @Field(() => ID)
  requirementId: string;

  @Field(() => ID)
  grantId: string;

  @Field()
  grantTitle: string;

  @Field()
  covers: string;
}

@ObjectType()
export class StreamOutcome extends OutcomeFigures {
  @Field(() => ID)
  fundingStreamId: string;

  @Field()
  streamName: string;

  @Field()
  funderName: string;
}

@ObjectType()
export class MetricOutcome extends OutcomeFigures {
  @Field(() => ID)
  metricId: string;

  @Field()
  name: string;

  @Field()
  unit: string;

  @Field(() => Int)
  grantCount: number;

  /**
   * Not in the schema: what its grants, periods and streams are loaded by (MetricOutcomeResolver),
   * only when a query asks for them.
   */
  collaborativeId: string;
}

/** A metric with every breakdown, as the CSV export writes it. */
export interface MetricOutcomeDetail extends MetricOutcome {
  grants: GrantOutcome[];
  periods: PeriodOutcome[];
  streams: StreamOutcome[];
}

@ObjectType()
export class FunderMetricOutcome extends OutcomeFigures {
  @Field(() => ID)
  metricId: string;

  @Field()
  name: string;

  @Field()
  unit: string;
}

@ObjectType({
  description: "A funder's return on investment: what its streams paid for and what it achieved.",
})
export class FunderOutcome {
  @Field(() => ID)
  funderOrganizationId: string;

  @Field()
  funderName: string;

  @Field(() => [Money], { description: 'Allocated by its streams to grants, per currency.' })
  committed: Money[];

  @Field(() => [Money], { description: 'Released to grantees from its streams, per currency.' })
  disbursed: Money[];

  @Field(() => Int)
  grantCount: number;

  @Field(() => [FunderMetricOutcome])
  metrics: FunderMetricOutcome[];
}

@ObjectType()
export class OutcomeRollup {
  @Field(() => ID)
  collaborativeId: string;

  @Field(() => [MetricOutcome])
  metrics: MetricOutcome[];
}

@ObjectType({ description: 'Aggregate outcomes, published: no organization, grant or report details.' })
export class PublicMetricOutcome extends OutcomeFigures {
  @Field()
  name: string;

  @Field()
  unit: string;

  @Field(() => Int)
  grantCount: number;
}
