import { Args, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '../access/allow.decorator';
import { Ctx } from '../context/execution';
import { RequestContext } from '../context/request-context';
import { Connection } from '../pagination/connection';
import { AuditEventsArgs } from './audit.args';
import { AuditLog, recordNameOf } from './audit.service';
import { AuditEvent } from './audit-event.entity';

@ObjectType()
export class AuditEventConnection extends Connection(AuditEvent) {}

@Resolver(() => AuditEvent)
export class AuditResolver {
  constructor(private readonly auditLog: AuditLog) {}

  @Query(() => AuditEventConnection, { description: "A collaborative's audit trail, newest first." })
  @Allow('read', 'AuditEvent')
  auditEvents(@Ctx() ctx: RequestContext, @Args() args: AuditEventsArgs) {
    return this.auditLog.list(ctx, args);
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'The name or title of the record the event concerns, as it was at the change (like actorName); null for records that have none, such as a tranche or a ballot.',
  })
  recordName(@Parent() event: AuditEvent): string | null {
    return recordNameOf(event);
  }
}
