import { User, UsersService } from '@braid/identity';
import { Allow, can, Connection, Ctx, RequestContext, UuidArg } from '@braid/kernel';
import { Args, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { MembershipsArgs } from './dto/collaborative.args';
import { UpdateMembershipInput } from './dto/membership.inputs';
import { Membership } from './membership.entity';
import { MembershipService } from './membership.service';
import { Organization } from './organization.entity';
import { OrganizationService } from './organization.service';

@ObjectType()
export class MembershipConnection extends Connection(Membership) {}

@Resolver(() => Membership)
export class MembershipResolver {
  constructor(
    private readonly membershipService: MembershipService,
    private readonly organizationService: OrganizationService,
    private readonly userService: UsersService,
  ) {}

  @Query(() => MembershipConnection, { description: 'Active members of a collaborative.' })
  @Allow('read', 'Membership')
  memberships(@Ctx() ctx: RequestContext, @Args() args: MembershipsArgs) {
    return this.membershipService.list(ctx, args.collaborativeId, args);
  }

  @Mutation(() => Membership, { description: "Changes a member's roles or organization." })
  @Allow('update', 'Membership')
  updateMembership(@Ctx() ctx: RequestContext, @Args('input') input: UpdateMembershipInput) {
    return this.membershipService.update(ctx, input);
  }

  @Mutation(() => Membership, { description: 'Ends a membership; the person leaves any seat they held.' })
  @Allow('update', 'Membership')
  revokeMembership(@Ctx() ctx: RequestContext, @UuidArg('id') id: string) {
    return this.membershipService.revoke(ctx, id);
  }

  @ResolveField(() => User)
  user(@Ctx() ctx: RequestContext, @Parent() membership: Membership) {
    return this.userService.load(ctx, membership.userId);
  }

  @ResolveField(() => Organization, { nullable: true })
  organization(@Ctx() ctx: RequestContext, @Parent() membership: Membership) {
    return membership.organizationId ? this.organizationService.load(ctx, membership.organizationId) : null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: "The member's email, for those who manage memberships (and the member themself).",
  })
  async email(@Ctx() ctx: RequestContext, @Parent() membership: Membership): Promise<string | null> {
    if (ctx.principal?.userId !== membership.userId && !can(ctx, 'update', 'Membership', membership))
      return null;
    return (await this.userService.load(ctx, membership.userId))?.email ?? null;
  }
}
