import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

/**
 * Writes the named properties of a row this transaction already holds (read, usually locked):
 * one UPDATE ... RETURNING the update timestamp, which lands on the entity. save() would first
 * read the row again to work out what changed — a round trip for what the caller already knows.
 */
export async function updateLoaded<T extends ObjectLiteral & { id: string }>(
  em: EntityManager,
  target: EntityTarget<T>,
  entity: T,
  properties: readonly (keyof T & string)[],
): Promise<void> {
  const metadata = em.connection.getMetadata(target);
  const updatedAt = metadata.updateDateColumn;
  const values: Partial<T> = {};
  for (const property of properties) values[property] = entity[property];
  const query = em
    .createQueryBuilder()
    .update(target)
    .set(values as QueryDeepPartialEntity<T>)
    .where('id = :id', { id: entity.id });
  if (updatedAt) query.returning([updatedAt.propertyName]);
  const { raw, affected } = await query.execute();
  if (affected === 0) throw new Error(`No ${metadata.name} ${entity.id} to update`);
  if (updatedAt)
    (entity as Record<string, unknown>)[updatedAt.propertyName] = (raw as Record<string, unknown>[])[0][
      updatedAt.databaseName
    ];
}
