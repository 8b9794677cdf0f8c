import {
  accessibleBy,
  assertCan,
  AuditService,
  findAccessible,
  NotFoundError,
  RequestContext,
} from '@braid/kernel';
import { Injectable } from '@nestjs/common';
import { Not } from 'typeorm';
import { Collaborative } from './collaborative.entity';
import { OrganizationNameTaken } from './collaboratives.errors';
import { CreateOrganizationInput, UpdateOrganizationInput } from './dto/organization.inputs';
import { Organization } from './organization.entity';

@Injectable()
export class OrganizationService {
  constructor(private readonly audit: AuditService) {}

  list(ctx: RequestContext, collaborativeId: string): Promise<Organization[]> {
    return this.listMany(ctx, [collaborativeId]);
  }

  /** The same list as a nested field: one query for all the collaboratives on a page. */
  async loadList(ctx: RequestContext, collaborativeId: string): Promise<Organization[]> {
    return ctx
      .loader<string, Organization[]>('organization.byCollaborative', async (ids) => {
        const rows = await this.listMany(ctx, ids);
        return ids.map((id) => rows.filter((row) => row.collaborativeId === id));
      })
      .load(collaborativeId);
  }

  private listMany(ctx: RequestContext, collaborativeIds: readonly string[]): Promise<Organization[]> {
    return ctx.em
      .getRepository(Organization)
      .createQueryBuilder('organization')
      .where('organization.collaborativeId IN (:...collaborativeIds)', { collaborativeIds })
      .andWhere(accessibleBy(ctx.ability, 'read', 'Organization', 'organization'))
      .orderBy('organization.name')
      .addOrderBy('organization.id')
      .getMany();
  }

  get(ctx: RequestContext, id: string): Promise<Organization> {
    return findAccessible(ctx, Organization, 'Organization', id);
  }

  /** Organizations by id, limited to what the caller may read, batched per request. */
  load(ctx: RequestContext, id: string): Promise<Organization | null> {
    return ctx
      .loader<string, Organization | null>('organization.byId', async (ids) => {
        const rows = await ctx.em
          .getRepository(Organization)
          .createQueryBuilder('organization')
          .where('organization.id IN (:...ids)', { ids })
          .andWhere(accessibleBy(ctx.ability, 'read', 'Organization', 'organization'))
          .getMany();
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((key) => byId.get(key) ?? null);
      })
      .load(id);
  }

  /**
   * An organization referenced by another record must belong to the same collaborative; one from
   * elsewhere is answered as not found, like any record the caller cannot see.
   */
  async requireInCollaborative(
    ctx: RequestContext,
    collaborativeId: string,
    organizationId: string,
  ): Promise<Organization> {
    const organization = await ctx.em.findOneBy(Organization, { id: organizationId, collaborativeId });
    if (!organization) throw new NotFoundError('Organization', organizationId);
    return organization;
  }

  async create(ctx: RequestContext, input: CreateOrganizationInput): Promise<Organization> {
    await findAccessible(ctx, Collaborative, 'Collaborative', input.collaborativeId);
    assertCan(ctx, 'create', 'Organization', { collaborativeId: input.collaborativeId });
    const name = input.name.trim();
    if (await ctx.em.existsBy(Organization, { collaborativeId: input.collaborativeId, name })) {
      throw new OrganizationNameTaken(name);
    }
    const organization = await ctx.em.save(
      ctx.em.create(Organization, {
        collaborativeId: input.collaborativeId,
        name,
        kinds: [...new Set(input.kinds)],
        sector: input.sector ?? null,
        website: input.website ?? null,
      }),
    );
    await this.audit.record(ctx, {
      action: 'organization.created',
      collaborativeId: organization.collaborativeId,
      entityType: 'Organization',
      entityId: organization.id,
      after: organization,
    });
    return organization;
  }

  async update(ctx: RequestContext, input: UpdateOrganizationInput): Promise<Organization> {
    const organization = await findAccessible(ctx, Organization, 'Organization', input.id, { lock: true });
    assertCan(ctx, 'update', 'Organization', organization);
    const before = { ...organization };
    if (input.name !== undefined) {
      const name = input.name.trim();
      const taken = await ctx.em.existsBy(Organization, {
        collaborativeId: organization.collaborativeId,
        name,
        id: Not(organization.id),
      });
      if (taken) throw new OrganizationNameTaken(name);
      organization.name = name;
    }
    if (input.kinds !== undefined) organization.kinds = [...new Set(input.kinds)];
    if (input.sector !== undefined) organization.sector = input.sector;
    if (input.website !== undefined) organization.website = input.website;
    await ctx.em.save(organization);
    await this.audit.record(ctx, {
      action: 'organization.updated',
      collaborativeId: organization.collaborativeId,
      entityType: 'Organization',
      entityId: organization.id,
      before,
      after: organization,
    });
    return organization;
  }
}
