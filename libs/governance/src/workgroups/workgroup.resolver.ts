import { User, UsersService } from '@braid/identity';
import { Allow, Ctx, RequestContext, UuidArg } from '@braid/kernel';
import { Args, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Connection } from '@braid/kernel';
import { ActionItemService } from './action-item.service';
import { ActionItem } from './action-item.entity';
import { ActionUpdate } from './action-update.entity';
import {
  ActionItemsArgs,
  CollaborativeGovernanceArgs,
  CreateActionItemInput,
  CreateWorkgroupInput,
  PostActionUpdateInput,
  UpdateActionItemInput,
  UpdateWorkgroupInput,
} from './dto/workgroup.inputs';
import { WorkgroupMember } from './workgroup-member.entity';
import { Workgroup } from './workgroup.entity';
import { WorkgroupService } from './workgroup.service';

@ObjectType()
export class ActionItemConnection extends Connection(ActionItem) {}

@Resolver(() => Workgroup)
export class WorkgroupResolver {
  constructor(private readonly workgroupService: WorkgroupService) {}

  @Query(() => [Workgroup])
  @Allow('read', 'Workgroup')
  workgroups(@Ctx() ctx: RequestContext, @Args() args: CollaborativeGovernanceArgs) {
    return this.workgroupService.list(ctx, args.collaborativeId);
  }

  @Query(() => Workgroup)
  @Allow('read', 'Workgroup')
  workgroup(@Ctx() ctx: RequestContext, @UuidArg('id') id: string) {
    return this.workgroupService.get(ctx, id);
  }

  @Mutation(() => Workgroup)
  @Allow('create', 'Workgroup')
  createWorkgroup(@Ctx() ctx: RequestContext, @Args('input') input: CreateWorkgroupInput) {
    return this.workgroupService.create(ctx, input);
  }

  @Mutation(() => Workgroup, {
    description: 'Leads manage their workgroup; appointing leads is for administrators and the chair.',
  })
  @Allow('update', 'Workgroup')
  updateWorkgroup(@Ctx() ctx: RequestContext, @Args('input') input: UpdateWorkgroupInput) {
    return this.workgroupService.update(ctx, input);
  }

  @ResolveField(() => [WorkgroupMember])
  members(@Ctx() ctx: RequestContext, @Parent() workgroup: Workgroup) {
    return this.workgroupService.members(ctx, workgroup.id);
  }
}

@Resolver(() => WorkgroupMember)
export class WorkgroupMemberResolver {
  constructor(private readonly userService: UsersService) {}

  @ResolveField(() => User, { nullable: true })
  user(@Ctx() ctx: RequestContext, @Parent() member: WorkgroupMember) {
    return this.userService.load(ctx, member.userId);
  }
}

@Resolver(() => ActionItem)
export class ActionItemResolver {
  constructor(
    private readonly actionItemService: ActionItemService,
    private readonly userService: UsersService,
  ) {}

  @Query(() => ActionItemConnection)
  @Allow('read', 'ActionItem')
  actionItems(@Ctx() ctx: RequestContext, @Args() args: ActionItemsArgs) {
    return this.actionItemService.list(ctx, args);
  }

  @Mutation(() => ActionItem, {
    description: 'A workgroup lead posts an action item for their own workgroup.',
  })
  @Allow('create', 'ActionItem')
  createActionItem(@Ctx() ctx: RequestContext, @Args('input') input: CreateActionItemInput) {
    return this.actionItemService.create(ctx, input);
  }

  @Mutation(() => ActionItem, { description: 'The lead retitles, reassigns or reschedules an item.' })
  @Allow('update', 'ActionItem')
  updateActionItem(@Ctx() ctx: RequestContext, @Args('input') input: UpdateActionItemInput) {
    return this.actionItemService.update(ctx, input);
  }

  @Mutation(() => ActionUpdate, {
    description: "The item's owner or lead reports progress, optionally moving its status.",
  })
  @Allow('update', 'ActionItem')
  postActionUpdate(@Ctx() ctx: RequestContext, @Args('input') input: PostActionUpdateInput) {
    return this.actionItemService.postUpdate(ctx, input);
  }

  @ResolveField(() => [ActionUpdate])
  updates(@Ctx() ctx: RequestContext, @Parent() item: ActionItem) {
    return this.actionItemService.updates(ctx, item.id);
  }

  @ResolveField(() => User, { nullable: true })
  owner(@Ctx() ctx: RequestContext, @Parent() item: ActionItem) {
    return this.userService.load(ctx, item.ownerUserId);
  }
}
