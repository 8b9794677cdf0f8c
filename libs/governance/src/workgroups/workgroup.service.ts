import { Collaborative, MembershipService } from '@braid/collaboratives';
import { accessibleBy, assertCan, AuditService, findAccessible, RequestContext } from '@braid/kernel';
import { Injectable } from '@nestjs/common';
import { In, Not } from 'typeorm';
import { loadByColumn, requireReadableIn } from '../access';
import { WorkgroupNameTaken } from '../governance.errors';
import { CreateWorkgroupInput, UpdateWorkgroupInput } from './dto/workgroup.inputs';
import { WorkgroupMember } from './workgroup-member.entity';
import { Workgroup } from './workgroup.entity';

@Injectable()
export class WorkgroupService {
  constructor(
    private readonly audit: AuditService,
    private readonly memberships: MembershipService,
  ) {}

  list(ctx: RequestContext, collaborativeId: string): Promise<Workgroup[]> {
    requireReadableIn(ctx, 'Workgroup', collaborativeId);
    return ctx.em
      .getRepository(Workgroup)
      .createQueryBuilder('workgroup')
      .where('workgroup.collaborativeId = :collaborativeId', { collaborativeId })
      .andWhere(accessibleBy(ctx.ability, 'read', 'Workgroup', 'workgroup'))
      .orderBy('workgroup.name')
      .getMany();
  }

  get(ctx: RequestContext, id: string): Promise<Workgroup> {
    return findAccessible(ctx, Workgroup, 'Workgroup', id);
  }

  members(ctx: RequestContext, workgroupId: string): Promise<WorkgroupMember[]> {
    return loadByColumn(ctx, WorkgroupMember, 'Workgroup', 'workgroupId', workgroupId, ['createdAt']);
  }

  async isMember(ctx: RequestContext, workgroupId: string, userId: string): Promise<boolean> {
    return ctx.em.existsBy(WorkgroupMember, { workgroupId, userId });
  }

  async create(ctx: RequestContext, input: CreateWorkgroupInput): Promise<Workgroup> {
    requireReadableIn(ctx, 'Workgroup', input.collaborativeId);
    await findAccessible(ctx, Collaborative, 'Collaborative', input.collaborativeId);
    assertCan(ctx, 'create', 'Workgroup', { collaborativeId: input.collaborativeId });
    const name = input.name.trim();
    if (await ctx.em.existsBy(Workgroup, { collaborativeId: input.collaborativeId, name }))
      throw new WorkgroupNameTaken(name);
    const workgroup = await ctx.em.save(
      ctx.em.create(Workgroup, {
        collaborativeId: input.collaborativeId,
        name,
        purpose: input.purpose.trim(),
      }),
    );
    const members = await this.replaceMembers(ctx, workgroup, input.leadUserIds, input.memberUserIds);
    await this.audit.record(ctx, {
      action: 'workgroup.created',
      collaborativeId: workgroup.collaborativeId,
      entityType: 'Workgroup',
      entityId: workgroup.id,
      after: { ...workgroup, members },
    });
    return workgroup;
  }

  async update(ctx: RequestContext, input: UpdateWorkgroupInput): Promise<Workgroup> {
    const workgroup = await findAccessible(ctx, Workgroup, 'Workgroup', input.id, { lock: true });
    assertCan(ctx, 'update', 'Workgroup', workgroup);
    // Leads are appointed by the administrators and the chair, not by the leads themselves.
    if (input.leadUserIds !== undefined) {
      assertCan(
        ctx,
        'appoint',
        'Workgroup',
        workgroup,
        'Only an administrator or the chair appoints workgroup leads.',
      );
    }
    const current = await ctx.em.findBy(WorkgroupMember, { workgroupId: workgroup.id });
    const before = { ...workgroup, members: current.map(({ userId, lead }) => ({ userId, lead })) };
    if (input.name !== undefined) {
      const name = input.name.trim();
      const taken = await ctx.em.existsBy(Workgroup, {
        collaborativeId: workgroup.collaborativeId,
        name,
        id: Not(workgroup.id),
      });
      if (taken) throw new WorkgroupNameTaken(name);
      workgroup.name = name;
    }
    if (input.purpose !== undefined) workgroup.purpose = input.purpose.trim();
    if (input.status !== undefined) workgroup.status = input.status;
    await ctx.em.save(workgroup);
    let members = before.members;
    if (input.leadUserIds !== undefined || input.memberUserIds !== undefined) {
      members = await this.replaceMembers(
        ctx,
        workgroup,
        input.leadUserIds ?? current.filter((member) => member.lead).map((member) => member.userId),
        input.memberUserIds ?? current.filter((member) => !member.lead).map((member) => member.userId),
      );
    }
    await this.audit.record(ctx, {
      action: 'workgroup.updated',
      collaborativeId: workgroup.collaborativeId,
      entityType: 'Workgroup',
      entityId: workgroup.id,
      before,
      after: { ...workgroup, members },
    });
    return workgroup;
  }

  /** Leads and members, all active members of the collaborative; a lead listed as member stays lead. */
  private async replaceMembers(
    ctx: RequestContext,
    workgroup: Workgroup,
    leadUserIds: string[],
    memberUserIds: string[],
  ): Promise<{ userId: string; lead: boolean }[]> {
    const leads = new Set(leadUserIds);
    const wanted = [...new Set([...leadUserIds, ...memberUserIds])].map((userId) => ({
      userId,
      lead: leads.has(userId),
    }));
    for (const { userId, lead } of wanted) {
      await this.memberships.requireActiveMember(
        ctx,
        workgroup.collaborativeId,
        userId,
        lead ? 'leadUserIds' : 'memberUserIds',
      );
    }
    await ctx.em.delete(WorkgroupMember, {
      workgroupId: workgroup.id,
      ...(wanted.length ? { userId: Not(In(wanted.map((member) => member.userId))) } : {}),
    });
    if (wanted.length) {
      await ctx.em
        .createQueryBuilder()
        .insert()
        .into(WorkgroupMember)
        .values(
          wanted.map((member) => ({
            ...member,
            workgroupId: workgroup.id,
            collaborativeId: workgroup.collaborativeId,
          })),
        )
        .orUpdate(['lead'], ['workgroup_id', 'user_id'])
        .execute();
    }
    return wanted;
  }
}
