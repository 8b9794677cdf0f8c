import { Allow, Ctx, Public, RequestContext, UuidArg } from '@braid/kernel';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { FundScopedArgs } from '../streams/dto/funding-stream.inputs';
import { BudgetService } from './budget.service';
import {
  BudgetOverview,
  DisbursementTraceability,
  FunderTraceability,
  FundSummary,
  GrantTraceability,
} from './budget.types';

@Resolver()
export class BudgetResolver {
  constructor(private readonly budgets: BudgetService) {}

  @Query(() => BudgetOverview, {
    description:
      'Per stream and for the fund: received, committed, disbursed, available; per grant: awarded, disbursed, remaining.',
  })
  @Allow('read', 'FundingStream')
  budgetOverview(@Ctx() ctx: RequestContext, @Args() args: FundScopedArgs) {
    return this.budgets.overview(ctx, args.collaborativeId);
  }

  @Query(() => FundSummary, { description: "The fund's totals, with no stream or grant detail." })
  @Public("aggregate totals of the Wellness Fund belong to the collaborative's transparency view")
  fundSummary(@Ctx() ctx: RequestContext, @Args() args: FundScopedArgs) {
    return this.budgets.summary(ctx, args.collaborativeId);
  }

  @Query(() => GrantTraceability, {
    description: 'Which streams, restrictions and contributions pay for a grant.',
  })
  @Allow('read', 'FundingStream')
  grantTraceability(@Ctx() ctx: RequestContext, @UuidArg('grantId') grantId: string) {
    return this.budgets.grantTraceability(ctx, grantId);
  }

  @Query(() => DisbursementTraceability, { description: 'Which streams paid a released tranche.' })
  @Allow('read', 'FundingStream')
  disbursementTraceability(@Ctx() ctx: RequestContext, @UuidArg('disbursementId') disbursementId: string) {
    return this.budgets.disbursementTraceability(ctx, disbursementId);
  }

  @Query(() => FunderTraceability, { description: "Where a funder's money went." })
  @Allow('read', 'FundingStream')
  funderTraceability(@Ctx() ctx: RequestContext, @UuidArg('organizationId') organizationId: string) {
    return this.budgets.funderTraceability(ctx, organizationId);
  }
}
