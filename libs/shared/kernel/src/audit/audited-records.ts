import { SubjectName } from '@braid/contracts';
import { Injectable } from '@nestjs/common';
import { Brackets, EntityTarget, ObjectLiteral } from 'typeorm';
import { accessibleBy } from '../access/accessible-by';
import type { RequestContext } from '../context/request-context';
import { AuditEvent } from './audit-event.entity';

/** How the audit log finds the record an event describes, told by the domain that owns it. */
export interface AuditedRecordType {
  /** The `entityType` the domain's services write events under, e.g. "GrantReport". */
  entityType: string;
  /** The record's table. */
  entity: EntityTarget<ObjectLiteral>;
  /** Whose read rule decides; the entity type itself unless the record is read through another. */
  readAs?: Exclude<SubjectName, 'all'>;
  /** The record's uuid property the event's `entityId` holds; `id` unless keyed otherwise. */
  key?: string;
}

/**
 * What the audit log knows about the records its events describe, registered by each domain at
 * start-up (the kernel imports no domain). An event is shown only to someone who may read the
 * record it describes *as the record is now*: a partner's draft report or a workgroup's draft
 * minutes stay private in the trail exactly as they are everywhere else, and an event whose type
 * nobody registered is shown to no one (refused by default, like every rule).
 */
@Injectable()
export class AuditedRecords {
  private readonly types = new Map<string, Required<AuditedRecordType>>();

  describe(...types: AuditedRecordType[]): void {
    for (const type of types) {
      if (this.types.has(type.entityType))
        throw new Error(`Audited record type ${type.entityType} is described twice`);
      this.types.set(type.entityType, {
        readAs: type.entityType as Exclude<SubjectName, 'all'>,
        key: 'id',
        ...type,
      });
    }
  }

  get entityTypes(): string[] {
    return [...this.types.keys()].sort();
  }

  typeOf(entityType: string): Required<AuditedRecordType> | undefined {
    return this.types.get(entityType);
  }

  /**
   * A condition on the audit events aliased `alias`: the event's record exists and passes the
   * caller's read rule for it. One CASE over the entity type, each branch an EXISTS on the primary
   * key of the record's table, so a page stays one statement whatever it holds. CASE (not OR)
   * because PostgreSQL evaluates only the branch taken, so an entity id is cast to uuid only for
   * the types whose key is one.
   */
  readableBy(ctx: RequestContext, alias: string, onlyEntityType?: string): Brackets {
    const types = [...this.types.values()].filter(
      (type) => !onlyEntityType || type.entityType === onlyEntityType,
    );
    if (!types.length) return new Brackets((qb) => qb.where('1 = 0'));
    const event = ctx.em.connection.getMetadata(AuditEvent);
    const column = (property: string) =>
      `${ctx.em.connection.driver.escape(alias)}.${ctx.em.connection.driver.escape(
        event.findColumnWithPropertyName(property)?.databaseName ?? property,
      )}`;
    const parameters: ObjectLiteral = {};
    const branches = types.map((type, index) => {
      const record = `audited_${index}`;
      const exists = ctx.em
        .createQueryBuilder()
        .subQuery()
        .select('1')
        .from(type.entity, record)
        .where(`${record}.${type.key} = CAST(${column('entityId')} AS uuid)`)
        .andWhere(accessibleBy(ctx.ability, 'read', type.readAs, record));
      Object.assign(parameters, exists.getParameters());
      parameters[`${record}_type`] = type.entityType;
      return `WHEN :${record}_type THEN EXISTS ${exists.getQuery()}`;
    });
    return new Brackets((qb) =>
      qb.where(`CASE ${column('entityType')} ${branches.join(' ')} ELSE false END`, parameters),
    );
  }
}
