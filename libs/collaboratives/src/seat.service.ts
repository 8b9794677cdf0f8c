import { accessibleBy, assertCan, AuditService, findAccessible, RequestContext } from '@braid/kernel';
import { Injectable } from '@nestjs/common';
import { Not } from 'typeorm';
import { Collaborative } from './collaborative.entity';
import {
  AlreadyHoldsVotingSeat,
  HolderCannotBeAlternate,
  SeatNameTaken,
  TermOutOfOrder,
} from './collaboratives.errors';
import { AssignSeatInput, CreateSeatInput, UpdateSeatInput } from './dto/seat.inputs';
import { MembershipService } from './membership.service';
import { OrganizationService } from './organization.service';
import { Seat } from './seat.entity';

@Injectable()
export class SeatService {
  constructor(
    private readonly audit: AuditService,
    private readonly organizations: OrganizationService,
    private readonly memberships: MembershipService,
  ) {}

  list(ctx: RequestContext, collaborativeId: string): Promise<Seat[]> {
    return this.listMany(ctx, [collaborativeId]);
  }

  /** The same list as a nested field: one query for all the collaboratives on a page. */
  async loadList(ctx: RequestContext, collaborativeId: string): Promise<Seat[]> {
    return ctx
      .loader<string, Seat[]>('seat.byCollaborative', async (ids) => {
        const rows = await this.listMany(ctx, ids);
        return ids.map((id) => rows.filter((row) => row.collaborativeId === id));
      })
      .load(collaborativeId);
  }

  private listMany(ctx: RequestContext, collaborativeIds: readonly string[]): Promise<Seat[]> {
    return ctx.em
      .getRepository(Seat)
      .createQueryBuilder('seat')
      .where('seat.collaborativeId IN (:...collaborativeIds)', { collaborativeIds })
      .andWhere(accessibleBy(ctx.ability, 'read', 'Seat', 'seat'))
      .orderBy('seat.name')
      .addOrderBy('seat.id')
      .getMany();
  }

  get(ctx: RequestContext, id: string): Promise<Seat> {
    return findAccessible(ctx, Seat, 'Seat', id);
  }

  async create(ctx: RequestContext, input: CreateSeatInput): Promise<Seat> {
    await findAccessible(ctx, Collaborative, 'Collaborative', input.collaborativeId);
    assertCan(ctx, 'create', 'Seat', { collaborativeId: input.collaborativeId });
    const name = input.name.trim();
    if (await ctx.em.existsBy(Seat, { collaborativeId: input.collaborativeId, name }))
      throw new SeatNameTaken(name);
    if (input.organizationId) {
      await this.organizations.requireInCollaborative(ctx, input.collaborativeId, input.organizationId);
    }
    const seat = await ctx.em.save(
      ctx.em.create(Seat, {
        collaborativeId: input.collaborativeId,
        name,
        sector: input.sector,
        organizationId: input.organizationId ?? null,
        voting: input.voting ?? true,
        holderUserId: null,
        alternateUserId: null,
        termStart: null,
        termEnd: null,
      }),
    );
    await this.audit.record(ctx, {
      action: 'seat.created',
      collaborativeId: seat.collaborativeId,
      entityType: 'Seat',
      entityId: seat.id,
      after: seat,
    });
    return seat;
  }

  async update(ctx: RequestContext, input: UpdateSeatInput): Promise<Seat> {
    const seat = await findAccessible(ctx, Seat, 'Seat', input.id, { lock: true });
    assertCan(ctx, 'update', 'Seat', seat);
    const before = { ...seat };
    if (input.name !== undefined) {
      const name = input.name.trim();
      if (await ctx.em.existsBy(Seat, { collaborativeId: seat.collaborativeId, name, id: Not(seat.id) })) {
        throw new SeatNameTaken(name);
      }
      seat.name = name;
    }
    if (input.sector !== undefined) seat.sector = input.sector;
    if (input.organizationId !== undefined) {
      if (input.organizationId) {
        await this.organizations.requireInCollaborative(ctx, seat.collaborativeId, input.organizationId);
      }
      seat.organizationId = input.organizationId;
    }
    if (input.voting !== undefined && input.voting !== seat.voting) {
      if (input.voting && seat.holderUserId) await this.refuseSecondVotingSeat(ctx, seat, seat.holderUserId);
      seat.voting = input.voting;
    }
    await ctx.em.save(seat);
    await this.audit.record(ctx, {
      action: 'seat.updated',
      collaborativeId: seat.collaborativeId,
      entityType: 'Seat',
      entityId: seat.id,
      before,
      after: seat,
    });
    return seat;
  }

  /** Seats a holder and an alternate for a term; both must be active members. */
  async assign(ctx: RequestContext, input: AssignSeatInput): Promise<Seat> {
    const seat = await findAccessible(ctx, Seat, 'Seat', input.seatId, { lock: true });
    assertCan(ctx, 'update', 'Seat', seat);
    const holder = input.holderUserId ?? null;
    const alternate = input.alternateUserId ?? null;
    if (holder && alternate && holder === alternate) throw new HolderCannotBeAlternate();
    const termStart = input.termStart ?? null;
    const termEnd = input.termEnd ?? null;
    if (termStart && termEnd && termEnd < termStart) throw new TermOutOfOrder();
    if (holder) {
      await this.memberships.requireActiveMember(ctx, seat.collaborativeId, holder, 'holderUserId');
      if (seat.voting) await this.refuseSecondVotingSeat(ctx, seat, holder);
    }
    if (alternate)
      await this.memberships.requireActiveMember(ctx, seat.collaborativeId, alternate, 'alternateUserId');

    const before = { ...seat };
    Object.assign(seat, { holderUserId: holder, alternateUserId: alternate, termStart, termEnd });
    await ctx.em.save(seat);
    await this.audit.record(ctx, {
      action: 'seat.assigned',
      collaborativeId: seat.collaborativeId,
      entityType: 'Seat',
      entityId: seat.id,
      before,
      after: seat,
    });
    return seat;
  }

  /** docs/DOMAIN-GUIDE.md: at most one voting seat per person; the partial unique index backs this under races. */
  private async refuseSecondVotingSeat(ctx: RequestContext, seat: Seat, userId: string): Promise<void> {
    const other = await ctx.em.findOneBy(Seat, {
      collaborativeId: seat.collaborativeId,
      holderUserId: userId,
      voting: true,
      id: Not(seat.id),
    });
    if (other) throw new AlreadyHoldsVotingSeat(other.name);
  }
}
