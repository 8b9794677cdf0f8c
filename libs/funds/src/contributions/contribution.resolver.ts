import { Allow, Connection, Ctx, Money, RequestContext } from '@braid/kernel';
import { Args, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { FundingStream } from '../streams/funding-stream.entity';
import { FundingStreamService } from '../streams/funding-stream.service';
import { ContributionReceipt } from './contribution-receipt.entity';
import { Contribution } from './contribution.entity';
import { ContributionService } from './contribution.service';
import {
  ContributionsArgs,
  RecordContributionInput,
  RecordContributionReceiptInput,
  WriteOffContributionInput,
} from './dto/contribution.inputs';

@ObjectType()
export class ContributionConnection extends Connection(Contribution) {}

@Resolver(() => Contribution)
export class ContributionResolver {
  constructor(
    private readonly contributionService: ContributionService,
    private readonly streamService: FundingStreamService,
  ) {}

  @Query(() => ContributionConnection)
  @Allow('read', 'Contribution')
  contributions(@Ctx() ctx: RequestContext, @Args() args: ContributionsArgs) {
    return this.contributionService.list(ctx, args);
  }

  @Mutation(() => Contribution, {
    description: "Records a funder's pledge to a stream; it posts to the ledger.",
  })
  @Allow('create', 'Contribution')
  recordContribution(@Ctx() ctx: RequestContext, @Args('input') input: RecordContributionInput) {
    return this.contributionService.record(ctx, input);
  }

  @Mutation(() => Contribution, {
    description: 'Records money received against a pledge; more than the pledge is refused.',
  })
  @Allow('update', 'Contribution')
  recordContributionReceipt(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RecordContributionReceiptInput,
  ) {
    return this.contributionService.receive(ctx, input);
  }

  @Mutation(() => Contribution, { description: 'Writes off what is still expected on a pledge.' })
  @Allow('update', 'Contribution')
  writeOffContribution(@Ctx() ctx: RequestContext, @Args('input') input: WriteOffContributionInput) {
    return this.contributionService.writeOff(ctx, input);
  }

  @ResolveField(() => Money)
  received(@Parent() contribution: Contribution): Money {
    return Money.of({ cents: contribution.receivedCents, currency: contribution.pledged.currency });
  }

  @ResolveField(() => Money)
  writtenOff(@Parent() contribution: Contribution): Money {
    return Money.of({ cents: contribution.writtenOffCents, currency: contribution.pledged.currency });
  }

  @ResolveField(() => Money, { description: 'Still expected: pledged − received − written off.' })
  outstanding(@Parent() contribution: Contribution): Money {
    const cents = contribution.pledged.cents - contribution.receivedCents - contribution.writtenOffCents;
    return Money.of({ cents, currency: contribution.pledged.currency });
  }

  @ResolveField(() => [ContributionReceipt])
  receipts(@Ctx() ctx: RequestContext, @Parent() contribution: Contribution) {
    return this.contributionService.loadReceipts(ctx, contribution.id);
  }

  @ResolveField(() => FundingStream, { nullable: true })
  fundingStream(@Ctx() ctx: RequestContext, @Parent() contribution: Contribution) {
    return this.streamService.load(ctx, contribution.fundingStreamId);
  }
}
