import { SubjectName } from '@braid/contracts';
import { accessibleBy, can, NotFoundError, RequestContext } from '@braid/kernel';
import { EntityTarget, ObjectLiteral } from 'typeorm';

type Subject = Exclude<SubjectName, 'all'>;

/**
 * A collaborative's governance records are listed (and created) only by those who may read them
 * there; anyone else (another collaborative's member, a partner contact) is told the
 * collaborative is not found, as for any record they cannot see, even when its public
 * transparency view makes the collaborative itself readable.
 */
export function requireReadableIn(ctx: RequestContext, subject: Subject, collaborativeId: string): void {
  if (!can(ctx, 'read', subject, { collaborativeId }))
    throw new NotFoundError('Collaborative', collaborativeId);
}

/**
 * Rows whose `column` is one of many keys, read in one query per request (a DataLoader), with the
 * caller's access condition in the SQL: nested fields never query once per parent.
 */
export function loadByColumn<T extends ObjectLiteral>(
  ctx: RequestContext,
  entity: EntityTarget<T> & { name: string },
  subject: Subject,
  column: keyof T & string,
  key: string,
  orderBy: (keyof T & string)[] = [],
): Promise<T[]> {
  return ctx
    .loader<string, T[]>(`governance.${entity.name}.by.${column}`, async (keys) => {
      const qb = ctx.em
        .getRepository(entity)
        .createQueryBuilder('record')
        .where(`record.${column} IN (:...keys)`, { keys })
        .andWhere(accessibleBy(ctx.ability, 'read', subject, 'record'));
      orderBy.forEach((property) => qb.addOrderBy(`record.${property}`));
      const rows = await qb.getMany();
      return keys.map((k) => rows.filter((row) => row[column] === k));
    })
    .load(key);
}

/** One row per key (or null), by a unique column, batched and access-filtered like `loadByColumn`. */
export async function loadOneByColumn<T extends ObjectLiteral>(
  ctx: RequestContext,
  entity: EntityTarget<T> & { name: string },
  subject: Subject,
  column: keyof T & string,
  key: string,
): Promise<T | null> {
  const rows = await loadByColumn(ctx, entity, subject, column, key);
  return rows[0] ?? null;
}
