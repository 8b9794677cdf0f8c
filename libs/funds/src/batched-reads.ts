import { SubjectName } from '@braid/contracts';
import { accessibleBy, RequestContext } from '@braid/kernel';
import { EntityTarget, ObjectLiteral } from 'typeorm';

/** A loader's name per entity: class names, as the entity targets here are classes. */
const nameOf = (entity: EntityTarget<ObjectLiteral>) =>
  typeof entity === 'function' ? entity.name : String(entity);

/** The read rule a batch is filtered by; null when the parent record was already read under its rule. */
type ReadRule = Exclude<SubjectName, 'all'> | null;

/**
 * Records by id for nested fields: every id asked during a request in one query, filtered by the
 * caller's read rule in SQL; an id the caller may not read answers null, like a missing one.
 */
export function loadById<T extends ObjectLiteral & { id: string }>(
  ctx: RequestContext,
  entity: EntityTarget<T>,
  rule: Exclude<ReadRule, null>,
  id: string,
): Promise<T | null> {
  return ctx
    .loader<string, T | null>(`${nameOf(entity)}.byId`, async (ids) => {
      const rows = await ctx.em
        .getRepository(entity)
        .createQueryBuilder('record')
        .where('record.id IN (:...ids)', { ids })
        .andWhere(accessibleBy(ctx.ability, 'read', rule, 'record'))
        .getMany();
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((key) => byId.get(key) ?? null);
    })
    .load(id);
}

/**
 * The children of many parents (a grant's tranches, a stream's contributions) in one query per
 * request, filtered by the caller's read rule in SQL, grouped back per parent in `order`.
 */
export function loadByParent<T extends ObjectLiteral>(
  ctx: RequestContext,
  entity: EntityTarget<T>,
  rule: ReadRule,
  parentKey: keyof T & string,
  parentId: string,
  order: (keyof T & string)[],
): Promise<T[]> {
  return ctx
    .loader<string, T[]>(`${nameOf(entity)}.by.${parentKey}`, async (ids) => {
      const qb = ctx.em
        .getRepository(entity)
        .createQueryBuilder('record')
        .where(`record.${parentKey} IN (:...ids)`, { ids });
      if (rule) qb.andWhere(accessibleBy(ctx.ability, 'read', rule, 'record'));
      order.forEach((key, i) => (i === 0 ? qb.orderBy(`record.${key}`) : qb.addOrderBy(`record.${key}`)));
      const rows = await qb.getMany();
      return ids.map((id) => rows.filter((row) => row[parentKey] === id));
    })
    .load(parentId);
}
