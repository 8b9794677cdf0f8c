import { User, UsersService } from '@braid/identity';
import { Allow, Ctx, RequestContext } from '@braid/kernel';
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CollaborativeScopedArgs } from './dto/collaborative.args';
import { AssignSeatInput, CreateSeatInput, UpdateSeatInput } from './dto/seat.inputs';
import { Organization } from './organization.entity';
import { OrganizationService } from './organization.service';
import { Seat } from './seat.entity';
import { SeatService } from './seat.service';

@Resolver(() => Seat)
export class SeatResolver {
  constructor(
    private readonly seatService: SeatService,
    private readonly organizationService: OrganizationService,
    private readonly userService: UsersService,
  ) {}

  @Query(() => [Seat], { description: 'The leadership team: every seat of a collaborative.' })
  @Allow('read', 'Seat')
  seats(@Ctx() ctx: RequestContext, @Args() args: CollaborativeScopedArgs) {
    return this.seatService.list(ctx, args.collaborativeId);
  }

  @Mutation(() => Seat)
  @Allow('create', 'Seat')
  createSeat(@Ctx() ctx: RequestContext, @Args('input') input: CreateSeatInput) {
    return this.seatService.create(ctx, input);
  }

  @Mutation(() => Seat)
  @Allow('update', 'Seat')
  updateSeat(@Ctx() ctx: RequestContext, @Args('input') input: UpdateSeatInput) {
    return this.seatService.update(ctx, input);
  }

  @Mutation(() => Seat, {
    description: 'Seats a holder and an alternate for a term (or leaves the seat vacant).',
  })
  @Allow('update', 'Seat')
  assignSeat(@Ctx() ctx: RequestContext, @Args('input') input: AssignSeatInput) {
    return this.seatService.assign(ctx, input);
  }

  @ResolveField(() => User, { nullable: true })
  holder(@Ctx() ctx: RequestContext, @Parent() seat: Seat) {
    return seat.holderUserId ? this.userService.load(ctx, seat.holderUserId) : null;
  }

  @ResolveField(() => User, { nullable: true })
  alternate(@Ctx() ctx: RequestContext, @Parent() seat: Seat) {
    return seat.alternateUserId ? this.userService.load(ctx, seat.alternateUserId) : null;
  }

  @ResolveField(() => Organization, { nullable: true })
  organization(@Ctx() ctx: RequestContext, @Parent() seat: Seat) {
    return seat.organizationId ? this.organizationService.load(ctx, seat.organizationId) : null;
  }

  @ResolveField(() => Boolean)
  vacant(@Parent() seat: Seat): boolean {
    return seat.holderUserId === null;
  }
}
