import { Allow, Ctx, Public, RequestContext, SignedIn, UuidArg } from '@braid/kernel';
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Collaborative } from './collaborative.entity';
import { CollaborativeService } from './collaborative.service';
import { CreateCollaborativeInput, UpdateCollaborativeInput } from './dto/collaborative.inputs';
import { Membership } from './membership.entity';
import { MembershipService } from './membership.service';
import { Organization } from './organization.entity';
import { OrganizationService } from './organization.service';
import { Seat } from './seat.entity';
import { SeatService } from './seat.service';

@Resolver(() => Collaborative)
export class CollaborativeResolver {
  constructor(
    private readonly collaborativeService: CollaborativeService,
    private readonly organizationService: OrganizationService,
    private readonly seatService: SeatService,
    private readonly membershipService: MembershipService,
  ) {}

  @Query(() => [Collaborative], { description: 'The collaboratives the signed-in person belongs to.' })
  @SignedIn()
  myCollaboratives(@Ctx() ctx: RequestContext) {
    return this.collaborativeService.mine(ctx);
  }

  @Query(() => [Collaborative], { description: 'Collaboratives that publish a transparency view.' })
  @Public('the public transparency directory')
  publishedCollaboratives(@Ctx() ctx: RequestContext) {
    return this.collaborativeService.published(ctx);
  }

  @Query(() => Collaborative)
  @Allow('read', 'Collaborative')
  collaborative(@Ctx() ctx: RequestContext, @UuidArg('id') id: string) {
    return this.collaborativeService.get(ctx, id);
  }

  @Query(() => Collaborative, { nullable: true })
  @Public(
    'published collaboratives are public by their own choice; others answer null unless the caller belongs',
  )
  collaborativeBySlug(@Ctx() ctx: RequestContext, @Args('slug') slug: string) {
    return this.collaborativeService.bySlug(ctx, slug);
  }

  @Mutation(() => Collaborative)
  @Allow('create', 'Collaborative')
  createCollaborative(@Ctx() ctx: RequestContext, @Args('input') input: CreateCollaborativeInput) {
    return this.collaborativeService.create(ctx, input);
  }

  @Mutation(() => Collaborative)
  @Allow('update', 'Collaborative')
  updateCollaborative(@Ctx() ctx: RequestContext, @Args('input') input: UpdateCollaborativeInput) {
    return this.collaborativeService.update(ctx, input);
  }

  @ResolveField(() => [Organization])
  organizations(@Ctx() ctx: RequestContext, @Parent() collaborative: Collaborative) {
    return this.organizationService.loadList(ctx, collaborative.id);
  }

  @ResolveField(() => [Seat])
  seats(@Ctx() ctx: RequestContext, @Parent() collaborative: Collaborative) {
    return this.seatService.loadList(ctx, collaborative.id);
  }

  @ResolveField(() => Membership, { nullable: true, description: "The signed-in person's membership here." })
  myMembership(@Ctx() ctx: RequestContext, @Parent() collaborative: Collaborative) {
    return this.membershipService.mine(ctx, collaborative.id);
  }
}
