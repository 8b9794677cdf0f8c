import type { AuditAction } from '@braid/contracts';
import { Injectable, Logger } from '@nestjs/common';
import { accessibleBy } from '../access/accessible-by';
import type { RequestContext } from '../context/request-context';
import { ConnectionShape, paginate } from '../pagination/connection';
import { AuditEventsArgs } from './audit.args';
import { AuditEvent } from './audit-event.entity';
import { AuditedRecords } from './audited-records';

/** Fields never copied into the audit trail: secrets stay secret even in history. */
const REDACTED = new Set(['passwordHash', 'tokenHash', 'password', 'token']);

export interface AuditRecord {
  /** One of AUDIT_ACTIONS: the audit log page has words for exactly those. */
  action: AuditAction;
  collaborativeId: string | null;
  entityType: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
}

/** A JSON copy of a record as it is now: bigint as strings, dates as ISO, secrets dropped. */
export function auditSnapshot(value: unknown): object | null {
  if (value === undefined || value === null) return null;
  return JSON.parse(
    JSON.stringify(value, (key, item: unknown) => {
      if (REDACTED.has(key)) return undefined;
      return typeof item === 'bigint' ? item.toString() : item;
    }),
  );
}

/** The properties a record is called by, in the order they are tried: a motion's title before anything else. */
const NAMING_PROPERTIES = ['title', 'name', 'displayName'] as const;

/**
 * What the record an event describes was called when the change was made, read from the event's
 * own snapshot (after the change, else before it): no query per row, and the log keeps the name
 * the reader saw at the time even if the record is renamed or removed later.
 */
export function recordNameOf(event: Pick<AuditEvent, 'before' | 'after'>): string | null {
  for (const snapshot of [event.after, event.before]) {
    if (!snapshot) continue;
    for (const property of NAMING_PROPERTIES) {
      const value = (snapshot as Record<string, unknown>)[property];
      if (typeof value === 'string' && value.trim()) return value;
    }
  }
  return null;
}

@Injectable()
export class AuditService {
  private readonly logger = new Logger(AuditService.name);
  private readonly undescribedTypes = new Set<string>();

  constructor(private readonly records: AuditedRecords) {}

  /** Written with the mutation's own EntityManager: the event commits or rolls back with the change. */
  async record(ctx: RequestContext, record: AuditRecord): Promise<void> {
    if (!ctx.inTransaction) throw new Error('Audit events are written inside the transaction of a change');
    if (!this.records.typeOf(record.entityType) && !this.undescribedTypes.has(record.entityType)) {
      this.undescribedTypes.add(record.entityType);
      this.logger.warn(
        `Audit events about ${record.entityType} are shown to no one: describe the type to AuditedRecords`,
      );
    }
    const event = Object.assign(new AuditEvent(), {
      actorUserId: ctx.actorUserId,
      actorName: ctx.principal?.displayName ?? (ctx.isSystem ? 'Braid (system)' : 'Anonymous'),
      collaborativeId: record.collaborativeId,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId,
      before: auditSnapshot(record.before),
      after: auditSnapshot(record.after),
      requestId: ctx.requestId,
      ip: ctx.http?.req.ip ?? null,
    });
    await ctx.em.insert(AuditEvent, event);
    ctx.noteAuditEvent();
  }
}

@Injectable()
export class AuditLog {
  constructor(private readonly records: AuditedRecords) {}

  /**
   * The audit trail of one collaborative, newest first, limited to what the caller may read: the
   * trail itself (AuditEvent rules) and, event by event, the record it describes. Both in the
   * page's one statement.
   */
  async list(ctx: RequestContext, args: AuditEventsArgs): Promise<ConnectionShape<AuditEvent>> {
    const qb = ctx.em
      .getRepository(AuditEvent)
      .createQueryBuilder('event')
      .where('event.collaborativeId = :collaborativeId', { collaborativeId: args.collaborativeId })
      .andWhere(accessibleBy(ctx.ability, 'read', 'AuditEvent', 'event'))
      .andWhere(this.records.readableBy(ctx, 'event', args.entityType));
    if (args.entityType) qb.andWhere('event.entityType = :entityType', { entityType: args.entityType });
    if (args.entityId) qb.andWhere('event.entityId = :entityId', { entityId: args.entityId });
    return paginate(qb, args, [{ property: 'id' }], 'DESC');
  }
}
