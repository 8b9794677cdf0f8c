import { Allow, Connection, Ctx, RequestContext, UuidArg } from '@braid/kernel';
import { Args, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Grant } from '../grants/grant.entity';
import { GrantService } from '../grants/grant.service';
import { DisbursementTransition } from './disbursement-transition.entity';
import { Disbursement } from './disbursement.entity';
import { ReleasePreview } from './release-preview.types';
import { DisbursementService } from './disbursement.service';
import {
  CancelDisbursementInput,
  DisbursementsArgs,
  MarkDisbursementPaidInput,
  ReleaseDisbursementInput,
} from './dto/disbursement.inputs';

@ObjectType()
export class DisbursementConnection extends Connection(Disbursement) {}

@Resolver(() => Disbursement)
export class DisbursementResolver {
  constructor(
    private readonly disbursementService: DisbursementService,
    private readonly grantService: GrantService,
  ) {}

  @Query(() => DisbursementConnection)
  @Allow('read', 'Disbursement')
  disbursements(@Ctx() ctx: RequestContext, @Args() args: DisbursementsArgs) {
    return this.disbursementService.list(ctx, args);
  }

  @Query(() => Disbursement)
  @Allow('read', 'Disbursement')
  disbursement(@Ctx() ctx: RequestContext, @UuidArg('id') id: string) {
    return this.disbursementService.get(ctx, id);
  }

  @Mutation(() => Disbursement, {
    description:
      'Releases a tranche: checks and debits the streams in one transaction. Repeating the idempotency key posts nothing new.',
  })
  @Allow('release', 'Disbursement')
  releaseDisbursement(@Ctx() ctx: RequestContext, @Args('input') input: ReleaseDisbursementInput) {
    return this.disbursementService.release(ctx, input);
  }

  @Mutation(() => Disbursement, { description: 'Records that a released tranche reached the partner.' })
  @Allow('update', 'Disbursement')
  markDisbursementPaid(@Ctx() ctx: RequestContext, @Args('input') input: MarkDisbursementPaidInput) {
    return this.disbursementService.markPaid(ctx, input);
  }

  @Mutation(() => Disbursement, {
    description: 'Cancels a scheduled tranche; its money returns to the streams.',
  })
  @Allow('update', 'Disbursement')
  cancelDisbursement(@Ctx() ctx: RequestContext, @Args('input') input: CancelDisbursementInput) {
    return this.disbursementService.cancel(ctx, input);
  }

  @ResolveField(() => Grant, { nullable: true })
  grant(@Ctx() ctx: RequestContext, @Parent() disbursement: Disbursement) {
    return this.grantService.load(ctx, disbursement.grantId);
  }

  @ResolveField(() => ReleasePreview, {
    nullable: true,
    description:
      'For a planned tranche and a reader who may release it: its holds and the streams it would draw on, as a release would see them now.',
  })
  releasePreview(@Ctx() ctx: RequestContext, @Parent() disbursement: Disbursement) {
    return this.disbursementService.releasePreview(ctx, disbursement);
  }

  @ResolveField(() => [DisbursementTransition], { description: 'Every move of the tranche, oldest first.' })
  history(@Ctx() ctx: RequestContext, @Parent() disbursement: Disbursement) {
    return this.disbursementService.loadHistory(ctx, disbursement.id);
  }
}
