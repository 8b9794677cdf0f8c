import { Action, SubjectName } from '@braid/contracts';
import { subject as asSubject } from '@casl/ability';
import { isUUID } from 'class-validator';
import { EntityTarget, ObjectLiteral } from 'typeorm';
import type { RequestContext } from '../context/request-context';
import { NotAllowedError, NotFoundError, UnauthenticatedError } from '../errors/braid-error';
import { accessibleBy } from './accessible-by';

type Subject = Exclude<SubjectName, 'all'>;

export interface FindAccessibleOptions {
  action?: Action;
  /**
   * Lock the row for the rest of the transaction: `true` for SELECT ... FOR UPDATE, `'share'` for
   * FOR SHARE (others may hold it too; an update waits for them all).
   */
  lock?: boolean | 'share';
}

/**
 * Loads one record the caller may see, answering NOT_FOUND both when it does not exist and when
 * it belongs to someone the caller cannot see, so existence never leaks across tenants.
 */
export async function findAccessible<T extends ObjectLiteral>(
  ctx: RequestContext,
  entity: EntityTarget<T>,
  subject: Subject,
  id: string,
  options: FindAccessibleOptions = {},
): Promise<T> {
  if (!isUUID(id)) throw new NotFoundError(subject, id);
  const qb = ctx.em
    .getRepository(entity)
    .createQueryBuilder('record')
    .where('record.id = :id', { id })
    .andWhere(accessibleBy(ctx.ability, options.action ?? 'read', subject, 'record'));
  if (options.lock) qb.setLock(options.lock === 'share' ? 'pessimistic_read' : 'pessimistic_write');
  const record = await qb.getOne();
  if (!record) throw new NotFoundError(subject, id);
  return record;
}

export function can(ctx: RequestContext, action: Action, subject: Subject, record?: object): boolean {
  return record
    ? ctx.ability.can(action, asSubject(subject, { ...record }))
    : ctx.ability.can(action, subject);
}

/** Refuses with FORBIDDEN (or UNAUTHENTICATED for anonymous callers) when the ability says no. */
export function assertCan(
  ctx: RequestContext,
  action: Action,
  subject: Subject,
  record?: object,
  message?: string,
): void {
  if (can(ctx, action, subject, record)) return;
  if (!ctx.isAuthenticated && !ctx.isSystem) throw new UnauthenticatedError();
  throw new NotAllowedError(message ?? `You are not allowed to ${action} this ${subject.toLowerCase()}.`, {
    action,
    subject,
  });
}
