import { Organization, OrganizationService } from '@braid/collaboratives';
import { Allow, Connection, Ctx, RequestContext, UuidArg } from '@braid/kernel';
import { Args, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GrantTotals } from '../budget/budget.types';
import { BudgetService } from '../budget/budget.service';
import { Disbursement } from '../disbursements/disbursement.entity';
import { DisbursementService } from '../disbursements/disbursement.service';
import { FundingStream } from '../streams/funding-stream.entity';
import { FundingStreamService } from '../streams/funding-stream.service';
import { CreateGrantInput, GrantsArgs } from './dto/grant.inputs';
import { GrantAllocation } from './grant-allocation.entity';
import { Grant } from './grant.entity';
import { GrantService } from './grant.service';

@ObjectType()
export class GrantConnection extends Connection(Grant) {}

@Resolver(() => Grant)
export class GrantResolver {
  constructor(
    private readonly grantService: GrantService,
    private readonly disbursementService: DisbursementService,
    private readonly organizationService: OrganizationService,
    private readonly budgetService: BudgetService,
  ) {}

  @Query(() => GrantConnection, { description: 'Grants the caller may read (a partner: its own).' })
  @Allow('read', 'Grant')
  grants(@Ctx() ctx: RequestContext, @Args() args: GrantsArgs) {
    return this.grantService.list(ctx, args);
  }

  @Query(() => Grant)
  @Allow('read', 'Grant')
  grant(@Ctx() ctx: RequestContext, @UuidArg('id') id: string) {
    return this.grantService.get(ctx, id);
  }

  @Mutation(() => Grant, {
    description: 'Enters the grant a passed motion approved, committing its streams.',
  })
  @Allow('create', 'Grant')
  createGrant(@Ctx() ctx: RequestContext, @Args('input') input: CreateGrantInput) {
    return this.grantService.createByAdministrator(ctx, input);
  }

  @ResolveField(() => Organization, { nullable: true })
  recipient(@Ctx() ctx: RequestContext, @Parent() grant: Grant) {
    return this.organizationService.load(ctx, grant.recipientOrganizationId);
  }

  @ResolveField(() => [GrantAllocation])
  allocations(@Ctx() ctx: RequestContext, @Parent() grant: Grant) {
    return this.grantService.loadAllocations(ctx, grant.id);
  }

  @ResolveField(() => GrantTotals, { description: 'Awarded, disbursed and remaining, from the ledger.' })
  totals(@Ctx() ctx: RequestContext, @Parent() grant: Grant) {
    return this.budgetService.grantTotals(ctx, grant);
  }

  @ResolveField(() => [Disbursement], { description: 'The tranches, in order.' })
  disbursements(@Ctx() ctx: RequestContext, @Parent() grant: Grant) {
    return this.disbursementService.loadForGrant(ctx, grant.id);
  }
}

@Resolver(() => GrantAllocation)
export class GrantAllocationResolver {
  constructor(private readonly streamService: FundingStreamService) {}

  @ResolveField(() => FundingStream, {
    nullable: true,
    description: 'Null for readers who do not see the fund (partners).',
  })
  fundingStream(@Ctx() ctx: RequestContext, @Parent() allocation: GrantAllocation) {
    return this.streamService.load(ctx, allocation.fundingStreamId);
  }
}

/** Organization → grants received, under the caller's access rule (a partner sees only its own). */
@Resolver(() => Organization)
export class OrganizationGrantsResolver {
  constructor(private readonly grantService: GrantService) {}

  @ResolveField(() => [Grant], { description: 'Grants this organization received that the caller may read.' })
  grants(@Ctx() ctx: RequestContext, @Parent() organization: Organization) {
    return this.grantService.loadForRecipient(ctx, organization.id);
  }
}
