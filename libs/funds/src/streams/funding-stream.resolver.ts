import { Organization, OrganizationService } from '@braid/collaboratives';
import { Allow, Ctx, Money, RequestContext, UuidArg } from '@braid/kernel';
import { Args, Field, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { BudgetService } from '../budget/budget.service';
import { MoneyTotals } from '../budget/budget.types';
import { Contribution } from '../contributions/contribution.entity';
import { ContributionService } from '../contributions/contribution.service';
import { CreateFundingStreamInput, FundScopedArgs } from './dto/funding-stream.inputs';
import { FundingStream } from './funding-stream.entity';
import { FundingStreamService } from './funding-stream.service';

@ObjectType()
export class MatchRequirement {
  @Field(() => Money)
  amount: Money;

  @Field()
  description: string;
}

@Resolver(() => FundingStream)
export class FundingStreamResolver {
  constructor(
    private readonly streamService: FundingStreamService,
    private readonly contributionService: ContributionService,
    private readonly organizationService: OrganizationService,
    private readonly budgetService: BudgetService,
  ) {}

  @Query(() => [FundingStream], { description: "The Wellness Fund's funding streams." })
  @Allow('read', 'FundingStream')
  fundingStreams(@Ctx() ctx: RequestContext, @Args() args: FundScopedArgs) {
    return this.streamService.list(ctx, args.collaborativeId);
  }

  @Query(() => FundingStream)
  @Allow('read', 'FundingStream')
  fundingStream(@Ctx() ctx: RequestContext, @UuidArg('id') id: string) {
    return this.streamService.get(ctx, id);
  }

  @Mutation(() => FundingStream)
  @Allow('create', 'FundingStream')
  createFundingStream(@Ctx() ctx: RequestContext, @Args('input') input: CreateFundingStreamInput) {
    return this.streamService.create(ctx, input);
  }

  @ResolveField(() => Organization, { nullable: true })
  funder(@Ctx() ctx: RequestContext, @Parent() stream: FundingStream) {
    return this.organizationService.load(ctx, stream.funderOrganizationId);
  }

  @ResolveField(() => [Contribution])
  contributions(@Ctx() ctx: RequestContext, @Parent() stream: FundingStream) {
    return this.contributionService.loadForStream(ctx, stream.id);
  }

  @ResolveField(() => MoneyTotals, {
    description: 'Pledged, received, committed, disbursed, cash on hand, available to commit.',
  })
  totals(@Ctx() ctx: RequestContext, @Parent() stream: FundingStream) {
    return this.budgetService.streamTotals(ctx, stream);
  }

  @ResolveField(() => MatchRequirement, { nullable: true })
  matchRequirement(@Parent() stream: FundingStream): MatchRequirement | null {
    if (stream.matchRequiredCents === null) return null;
    return {
      amount: Money.of({ cents: stream.matchRequiredCents, currency: stream.currency }),
      description: stream.matchDescription ?? '',
    };
  }
}
