import { MembershipStatus, Role } from '@braid/contracts';
import {
  accessCondition,
  accessibleBy,
  assertCan,
  AuditService,
  findAccessible,
  isTimeZone,
  NotFoundError,
  RequestContext,
} from '@braid/kernel';
import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { Collaborative } from './collaborative.entity';
import { SlugTaken, UnknownTimeZone } from './collaboratives.errors';
import { CreateCollaborativeInput, UpdateCollaborativeInput } from './dto/collaborative.inputs';
import { MembershipService } from './membership.service';

@Injectable()
export class CollaborativeService {
  constructor(
    private readonly audit: AuditService,
    private readonly memberships: MembershipService,
  ) {}

  /** The collaboratives the caller belongs to. */
  mine(ctx: RequestContext): Promise<Collaborative[]> {
    if (!ctx.principal) return Promise.resolve([]);
    return ctx.em
      .getRepository(Collaborative)
      .createQueryBuilder('collaborative')
      .innerJoin('membership', 'membership', 'membership.collaborative_id = collaborative.id')
      .where('membership.user_id = :userId AND membership.status = :active', {
        userId: ctx.userId,
        active: MembershipStatus.ACTIVE,
      })
      .andWhere(accessibleBy(ctx.ability, 'read', 'Collaborative', 'collaborative'))
      .orderBy('collaborative.name')
      .getMany();
  }

  /**
   * Collaboratives that publish a transparency view: public by the collaborative's own choice,
   * so this read needs no rule (and the members-only `collaborative(id)` stays members-only).
   */
  published(ctx: RequestContext): Promise<Collaborative[]> {
    return ctx.em
      .getRepository(Collaborative)
      .createQueryBuilder('collaborative')
      .where('collaborative.publicTransparency')
      .orderBy('collaborative.name')
      .getMany();
  }

  get(ctx: RequestContext, id: string): Promise<Collaborative> {
    return findAccessible(ctx, Collaborative, 'Collaborative', id);
  }

  /**
   * For public read models (the transparency view, fund totals): a collaborative that publishes
   * them, or one the caller belongs to. Anything else is NOT_FOUND, like a made-up id.
   */
  async getPublishedOrAccessible(ctx: RequestContext, id: string): Promise<Collaborative> {
    const { sql, parameters } = accessCondition(ctx.ability, 'read', 'Collaborative', 'collaborative');
    const collaborative = isUUID(id)
      ? await ctx.em
          .getRepository(Collaborative)
          .createQueryBuilder('collaborative')
          .where('collaborative.id = :id', { id })
          .andWhere(`(collaborative.publicTransparency OR ${sql})`, parameters)
          .getOne()
      : null;
    if (!collaborative) throw new NotFoundError('Collaborative', id);
    return collaborative;
  }

  /** A published collaborative, or one the caller belongs to, by its short name. */
  async bySlug(ctx: RequestContext, slug: string): Promise<Collaborative | null> {
    const { sql, parameters } = accessCondition(ctx.ability, 'read', 'Collaborative', 'collaborative');
    return ctx.em
      .getRepository(Collaborative)
      .createQueryBuilder('collaborative')
      .where('collaborative.slug = :slug', { slug })
      .andWhere(`(collaborative.publicTransparency OR ${sql})`, parameters)
      .getOne();
  }

  /** Whoever starts a collaborative becomes its first administrator. */
  async create(ctx: RequestContext, input: CreateCollaborativeInput): Promise<Collaborative> {
    assertCan(ctx, 'create', 'Collaborative');
    if (await ctx.em.existsBy(Collaborative, { slug: input.slug })) throw new SlugTaken(input.slug);
    const collaborative = await ctx.em.save(
      ctx.em.create(Collaborative, {
        name: input.name.trim(),
        slug: input.slug,
        description: input.description?.trim() ?? '',
        region: input.region?.trim() ?? '',
        publicTransparency: input.publicTransparency ?? false,
      }),
    );
    await this.audit.record(ctx, {
      action: 'collaborative.created',
      collaborativeId: collaborative.id,
      entityType: 'Collaborative',
      entityId: collaborative.id,
      after: collaborative,
    });
    if (!ctx.isSystem) {
      await this.memberships.add(ctx, {
        collaborativeId: collaborative.id,
        userId: ctx.userId,
        roles: [Role.ADMIN],
        organizationId: null,
      });
    }
    return collaborative;
  }

  async update(ctx: RequestContext, input: UpdateCollaborativeInput): Promise<Collaborative> {
    const collaborative = await findAccessible(ctx, Collaborative, 'Collaborative', input.id, { lock: true });
    assertCan(ctx, 'update', 'Collaborative', collaborative);
    const before = { ...collaborative };
    if (input.name !== undefined) collaborative.name = input.name.trim();
    if (input.description !== undefined) collaborative.description = input.description.trim();
    if (input.region !== undefined) collaborative.region = input.region.trim();
    if (input.publicTransparency !== undefined) collaborative.publicTransparency = input.publicTransparency;
    if (input.timeZone !== undefined) {
      // Deadlines and the daily digest are computed in this zone: a name the runtime does not know
      // would make every one of them fail later, so it is refused here.
      if (!isTimeZone(input.timeZone)) throw new UnknownTimeZone(input.timeZone);
      collaborative.timeZone = input.timeZone;
    }
    await ctx.em.save(collaborative);
    await this.audit.record(ctx, {
      action: 'collaborative.updated',
      collaborativeId: collaborative.id,
      entityType: 'Collaborative',
      entityId: collaborative.id,
      before,
      after: collaborative,
    });
    return collaborative;
  }
}
