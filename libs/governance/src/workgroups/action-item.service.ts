import {
  accessibleBy,
  assertCan,
  AuditService,
  can,
  ConnectionShape,
  findAccessible,
  paginate,
  RequestContext,
} from '@braid/kernel';
import { Injectable } from '@nestjs/common';
import { loadByColumn } from '../access';
import { NotAWorkgroupMember, OnlyLeadsReassign } from '../governance.errors';
import { GovernanceNotices } from '../notifications/governance-notices';
import { ACTION_ITEM_LIFECYCLE } from './action-item.lifecycle';
import { ActionItem } from './action-item.entity';
import { ActionUpdate } from './action-update.entity';
import {
  ActionItemsArgs,
  CreateActionItemInput,
  PostActionUpdateInput,
  UpdateActionItemInput,
} from './dto/workgroup.inputs';
import { Workgroup } from './workgroup.entity';
import { WorkgroupService } from './workgroup.service';

@Injectable()
export class ActionItemService {
  constructor(
    private readonly audit: AuditService,
    private readonly workgroups: WorkgroupService,
    private readonly notices: GovernanceNotices,
  ) {}

  async list(ctx: RequestContext, args: ActionItemsArgs): Promise<ConnectionShape<ActionItem>> {
    await findAccessible(ctx, Workgroup, 'Workgroup', args.workgroupId);
    const qb = ctx.em
      .getRepository(ActionItem)
      .createQueryBuilder('item')
      .where('item.workgroupId = :workgroupId', { workgroupId: args.workgroupId })
      .andWhere(accessibleBy(ctx.ability, 'read', 'ActionItem', 'item'));
    if (args.status) qb.andWhere('item.status = :status', { status: args.status });
    return paginate(qb, args, [{ property: 'id' }]);
  }

  updates(ctx: RequestContext, actionItemId: string): Promise<ActionUpdate[]> {
    return loadByColumn(ctx, ActionUpdate, 'ActionUpdate', 'actionItemId', actionItemId, ['createdAt', 'id']);
  }

  async create(ctx: RequestContext, input: CreateActionItemInput): Promise<ActionItem> {
    const workgroup = await findAccessible(ctx, Workgroup, 'Workgroup', input.workgroupId);
    assertCan(ctx, 'create', 'ActionItem', {
      collaborativeId: workgroup.collaborativeId,
      workgroupId: workgroup.id,
    });
    await this.requireOwnerInWorkgroup(ctx, workgroup.id, input.ownerUserId);
    const item = await ctx.em.save(
      ctx.em.create(ActionItem, {
        collaborativeId: workgroup.collaborativeId,
        workgroupId: workgroup.id,
        title: input.title.trim(),
        ownerUserId: input.ownerUserId,
        dueOn: input.dueOn ?? null,
        createdByUserId: ctx.userId,
      }),
    );
    await this.audit.record(ctx, {
      action: 'actionItem.created',
      collaborativeId: item.collaborativeId,
      entityType: 'ActionItem',
      entityId: item.id,
      after: item,
    });
    await this.notices.actionItemAssigned(ctx, item);
    return item;
  }

  /** Retitling, reassigning or rescheduling is the lead's; owners report progress with updates. */
  async update(ctx: RequestContext, input: UpdateActionItemInput): Promise<ActionItem> {
    const item = await findAccessible(ctx, ActionItem, 'ActionItem', input.id, { lock: true });
    assertCan(ctx, 'update', 'ActionItem', item);
    if (!can(ctx, 'create', 'ActionItem', item)) throw new OnlyLeadsReassign();
    const before = { ...item };
    if (input.title !== undefined) item.title = input.title.trim();
    if (input.ownerUserId !== undefined) {
      await this.requireOwnerInWorkgroup(ctx, item.workgroupId, input.ownerUserId);
      item.ownerUserId = input.ownerUserId;
    }
    if (input.dueOn !== undefined) item.dueOn = input.dueOn;
    await ctx.em.save(item);
    await this.audit.record(ctx, {
      action: 'actionItem.updated',
      collaborativeId: item.collaborativeId,
      entityType: 'ActionItem',
      entityId: item.id,
      before,
      after: item,
    });
    if (item.ownerUserId !== before.ownerUserId) await this.notices.actionItemAssigned(ctx, item);
    return item;
  }

  async postUpdate(ctx: RequestContext, input: PostActionUpdateInput): Promise<ActionUpdate> {
    const item = await findAccessible(ctx, ActionItem, 'ActionItem', input.actionItemId, { lock: true });
    assertCan(
      ctx,
      'update',
      'ActionItem',
      item,
      'Only the owner of this action item or its workgroup lead can update it.',
    );
    const before = { ...item };
    const statusChanges = input.status !== undefined && input.status !== item.status;
    if (statusChanges)
      item.status = ACTION_ITEM_LIFECYCLE.assert(item.status, input.status as ActionItem['status']);
    const update = await ctx.em.save(
      ctx.em.create(ActionUpdate, {
        collaborativeId: item.collaborativeId,
        workgroupId: item.workgroupId,
        actionItemId: item.id,
        authorUserId: ctx.userId,
        note: input.note.trim(),
        statusFrom: statusChanges ? before.status : null,
        statusTo: statusChanges ? item.status : null,
      }),
    );
    if (statusChanges) await ctx.em.save(item);
    await this.audit.record(ctx, {
      action: 'actionItem.progressPosted',
      collaborativeId: item.collaborativeId,
      entityType: 'ActionItem',
      entityId: item.id,
      before,
      after: { ...item, update },
    });
    return update;
  }

  private async requireOwnerInWorkgroup(
    ctx: RequestContext,
    workgroupId: string,
    userId: string,
  ): Promise<void> {
    if (!(await this.workgroups.isMember(ctx, workgroupId, userId)))
      throw new NotAWorkgroupMember('ownerUserId');
  }
}
