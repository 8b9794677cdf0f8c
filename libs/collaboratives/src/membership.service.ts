import { MembershipStatus, Role } from '@braid/contracts';
import {
  accessibleBy,
  assertCan,
  AuditService,
  ConnectionShape,
  findAccessible,
  PageArgs,
  paginate,
  RequestContext,
} from '@braid/kernel';
import { Injectable } from '@nestjs/common';
import { AlreadyMember, LastAdministrator, NotAMember } from './collaboratives.errors';
import { UpdateMembershipInput } from './dto/membership.inputs';
import { Membership } from './membership.entity';
import { OrganizationService } from './organization.service';
import { Seat } from './seat.entity';

export interface NewMembership {
  collaborativeId: string;
  userId: string;
  roles: Role[];
  organizationId: string | null;
}

@Injectable()
export class MembershipService {
  constructor(
    private readonly audit: AuditService,
    private readonly organizations: OrganizationService,
  ) {}

  list(ctx: RequestContext, collaborativeId: string, page: PageArgs): Promise<ConnectionShape<Membership>> {
    const qb = ctx.em
      .getRepository(Membership)
      .createQueryBuilder('membership')
      .where('membership.collaborativeId = :collaborativeId AND membership.status = :active', {
        collaborativeId,
        active: MembershipStatus.ACTIVE,
      })
      .andWhere(accessibleBy(ctx.ability, 'read', 'Membership', 'membership'));
    return paginate(qb, page, [{ property: 'id' }]);
  }

  /** The caller's own membership in a collaborative, if any. */
  mine(ctx: RequestContext, collaborativeId: string): Promise<Membership | null> {
    if (!ctx.principal) return Promise.resolve(null);
    return ctx
      .loader<string, Membership | null>('membership.mine', async (ids) => {
        const rows = await ctx.em
          .getRepository(Membership)
          .createQueryBuilder('membership')
          .where('membership.userId = :userId AND membership.collaborativeId IN (:...ids)', {
            userId: ctx.userId,
            ids,
          })
          .getMany();
        return ids.map((id) => rows.find((row) => row.collaborativeId === id) ?? null);
      })
      .load(collaborativeId);
  }

  /** Throws unless the user is an active member of the collaborative. */
  async requireActiveMember(
    ctx: RequestContext,
    collaborativeId: string,
    userId: string,
    field: string,
  ): Promise<Membership> {
    const membership = await ctx.em.findOneBy(Membership, {
      collaborativeId,
      userId,
      status: MembershipStatus.ACTIVE,
    });
    if (!membership) throw new NotAMember(field);
    return membership;
  }

  /** Adds a person (an accepted invitation, a collaborative's creator); reactivates a past member. */
  async add(ctx: RequestContext, input: NewMembership): Promise<Membership> {
    const existing = await ctx.em.findOne(Membership, {
      where: { collaborativeId: input.collaborativeId, userId: input.userId },
      lock: { mode: 'pessimistic_write' },
    });
    if (existing?.status === MembershipStatus.ACTIVE) throw new AlreadyMember();
    const before = existing ? { ...existing } : null;
    const membership =
      existing ?? ctx.em.create(Membership, { collaborativeId: input.collaborativeId, userId: input.userId });
    membership.roles = [...new Set(input.roles)];
    membership.organizationId = input.organizationId;
    membership.status = MembershipStatus.ACTIVE;
    await ctx.em.save(membership);
    await this.audit.record(ctx, {
      action: existing ? 'membership.reactivated' : 'membership.created',
      collaborativeId: membership.collaborativeId,
      entityType: 'Membership',
      entityId: membership.id,
      before,
      after: membership,
    });
    return membership;
  }

  async update(ctx: RequestContext, input: UpdateMembershipInput): Promise<Membership> {
    const membership = await findAccessible(ctx, Membership, 'Membership', input.id, { lock: true });
    assertCan(ctx, 'update', 'Membership', membership);
    const before = { ...membership };
    if (input.roles !== undefined) {
      const roles = [...new Set(input.roles)];
      if (membership.roles.includes(Role.ADMIN) && !roles.includes(Role.ADMIN)) {
        await this.refuseIfLastAdministrator(ctx, membership);
      }
      membership.roles = roles;
    }
    if (input.organizationId !== undefined) {
      if (input.organizationId) {
        await this.organizations.requireInCollaborative(
          ctx,
          membership.collaborativeId,
          input.organizationId,
        );
      }
      membership.organizationId = input.organizationId;
    }
    await ctx.em.save(membership);
    await this.audit.record(ctx, {
      action: 'membership.updated',
      collaborativeId: membership.collaborativeId,
      entityType: 'Membership',
      entityId: membership.id,
      before,
      after: membership,
    });
    return membership;
  }

  /** Ends a membership; the person also leaves any seat they held or stood in for. */
  async revoke(ctx: RequestContext, id: string): Promise<Membership> {
    const membership = await findAccessible(ctx, Membership, 'Membership', id, { lock: true });
    assertCan(ctx, 'update', 'Membership', membership);
    if (membership.status === MembershipStatus.REVOKED) return membership;
    if (membership.roles.includes(Role.ADMIN)) await this.refuseIfLastAdministrator(ctx, membership);
    const before = { ...membership };
    membership.status = MembershipStatus.REVOKED;
    await ctx.em.save(membership);
    const { collaborativeId, userId } = membership;
    await ctx.em.update(Seat, { collaborativeId, holderUserId: userId }, { holderUserId: null });
    await ctx.em.update(Seat, { collaborativeId, alternateUserId: userId }, { alternateUserId: null });
    await this.audit.record(ctx, {
      action: 'membership.revoked',
      collaborativeId,
      entityType: 'Membership',
      entityId: membership.id,
      before,
      after: membership,
    });
    return membership;
  }

  private async refuseIfLastAdministrator(ctx: RequestContext, membership: Membership): Promise<void> {
    // Lock every administrator row of the collaborative so two concurrent demotions cannot both pass.
    const admins = await ctx.em
      .getRepository(Membership)
      .createQueryBuilder('membership')
      .where('membership.collaborativeId = :collaborativeId AND membership.status = :active', {
        collaborativeId: membership.collaborativeId,
        active: MembershipStatus.ACTIVE,
      })
      .andWhere(':admin = ANY(membership.roles)', { admin: Role.ADMIN })
      .setLock('pessimistic_write')
      .getMany();
    if (admins.every((admin) => admin.id === membership.id)) throw new LastAdministrator();
  }
}
