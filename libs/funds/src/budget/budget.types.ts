import { Organization } from '@braid/collaboratives';
import { Money } from '@braid/kernel';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Disbursement } from '../disbursements/disbursement.entity';
import { Grant } from '../grants/grant.entity';
import { FundingStream } from '../streams/funding-stream.entity';

/**
 * The money of one stream, or of the whole fund (the sum over its streams), derived from the
 * ledger in SQL. Definitions (chart-of-accounts.ts):
 *   pledged            contributions pledged, net of write-offs
 *   received           contributions received
 *   committed          awarded to grants (still to release, plus already disbursed)
 *   disbursed          released to grantees
 *   cashOnHand         received − disbursed: what releases can still draw on
 *   availableToCommit  pledged − committed: what new grants can still be awarded
 */
@ObjectType()
export class MoneyTotals {
  @Field(() => Money)
  pledged: Money;

  @Field(() => Money)
  received: Money;

  @Field(() => Money)
  committed: Money;

  @Field(() => Money)
  disbursed: Money;

  @Field(() => Money)
  cashOnHand: Money;

  @Field(() => Money)
  availableToCommit: Money;
}

@ObjectType()
export class StreamBudget extends MoneyTotals {
  @Field(() => FundingStream)
  fundingStream: FundingStream;
}

@ObjectType({ description: 'The Wellness Fund in one currency: the sum over its streams.' })
export class FundTotals extends MoneyTotals {
  @Field()
  currency: string;

  @Field(() => Int)
  streamCount: number;

  @Field(() => Int)
  grantCount: number;
}

@ObjectType({ description: "A grant's money, from the ledger." })
export class GrantTotals {
  @Field(() => Money, { description: 'Committed to the grant, net of cancelled tranches.' })
  awarded: Money;

  @Field(() => Money)
  disbursed: Money;

  @Field(() => Money, { description: 'Still to be released.' })
  remaining: Money;
}

@ObjectType()
export class GrantBudget extends GrantTotals {
  @Field(() => Grant)
  grant: Grant;
}

@ObjectType()
export class BudgetOverview {
  @Field(() => [FundTotals])
  fund: FundTotals[];

  @Field(() => [StreamBudget])
  streams: StreamBudget[];

  @Field(() => [GrantBudget])
  grants: GrantBudget[];
}

@ObjectType({ description: 'Aggregate totals only, for observers and the public transparency view.' })
export class FundSummary {
  @Field(() => ID)
  collaborativeId: string;

  @Field(() => [FundTotals])
  totals: FundTotals[];
}

@ObjectType({ description: 'What one stream pays towards a grant.' })
export class GrantFundingSource {
  @Field(() => FundingStream, { description: 'With its restrictions and, nested, its contributions.' })
  fundingStream: FundingStream;

  @Field(() => Money)
  awarded: Money;

  @Field(() => Money)
  disbursed: Money;

  @Field(() => Money)
  remaining: Money;
}

@ObjectType()
export class GrantTraceability {
  @Field(() => Grant)
  grant: Grant;

  @Field(() => [GrantFundingSource])
  sources: GrantFundingSource[];
}

@ObjectType({ description: 'What one stream paid of a released tranche.' })
export class DisbursementDraw {
  @Field(() => FundingStream)
  fundingStream: FundingStream;

  @Field(() => Money)
  amount: Money;
}

@ObjectType()
export class DisbursementTraceability {
  @Field(() => Disbursement)
  disbursement: Disbursement;

  @Field(() => [DisbursementDraw], { description: 'Empty until the tranche is released.' })
  draws: DisbursementDraw[];
}

@ObjectType({ description: "A grant that drew on a funder's streams." })
export class FunderGrantFlow {
  @Field(() => Grant)
  grant: Grant;

  @Field(() => FundingStream)
  fundingStream: FundingStream;

  @Field(() => Money)
  awarded: Money;

  @Field(() => Money)
  disbursed: Money;
}

@ObjectType({ description: "Where a funder's money went." })
export class FunderTraceability {
  @Field(() => Organization)
  funder: Organization;

  @Field(() => [StreamBudget])
  streams: StreamBudget[];

  @Field(() => [FunderGrantFlow])
  grants: FunderGrantFlow[];
}
